import { REFUSALS, REFUSAL_KEYS } from '../errors/refusals';
import { TRANSITIONS } from '../lifecycle/table';
import {
  CouncilEvent,
  NOTIFICATION_KINDS,
  NOTIFICATION_KIND_KEYS,
  notificationKindOf,
  quoteTitle,
} from '../notifications/kinds';
import { Recognition } from '../scoring/tally';
import { en } from './en';
import { interpolate, placeholdersOf } from './interpolate';
import { vi } from './vi';

const LANGUAGES = { vi, en };
const sample = (names: readonly string[]) =>
  Object.fromEntries(names.map((name, i) => [name, `«${name}-${i}»`]));

describe('refusal messages', () => {
  it.each(REFUSAL_KEYS)('%s is worded in Vietnamese and English with its params', (key) => {
    const { params } = REFUSALS[key];
    for (const [lang, messages] of Object.entries(LANGUAGES)) {
      const text = (messages.errors as Record<string, string | undefined>)[key];
      expect({ lang, key, text: typeof text }).toEqual({ lang, key, text: 'string' });
      // Names only what the refusal sends, and every one of them.
      expect([...new Set(placeholdersOf(text!))].sort()).toEqual([...params].sort());
      const filled = interpolate(text!, sample(params));
      expect(filled).not.toMatch(/\{\{/);
      for (const value of Object.values(sample(params))) expect(filled).toContain(value);
    }
  });

  it('keeps the wrong password apart from a missing session', () => {
    expect(vi.errors.BAD_CREDENTIALS).toBe('Tên đăng nhập hoặc mật khẩu không đúng.');
    expect(vi.errors.UNAUTHENTICATED).not.toMatch(/mật khẩu/);
    expect(REFUSALS.BAD_CREDENTIALS.code).toBe('UNAUTHENTICATED');
  });
});

describe('notification wording', () => {
  const actions = [...new Set(TRANSITIONS.map((t) => t.action))];

  it('has a kind for every action of the transition table and every council event', () => {
    for (const action of actions) expect(NOTIFICATION_KIND_KEYS).toContain(action);
    for (const event of Object.values(CouncilEvent))
      expect(NOTIFICATION_KIND_KEYS).toContain(event);
  });

  it.each(NOTIFICATION_KIND_KEYS)('%s is worded in both languages, with a verb', (kind) => {
    for (const [lang, messages] of Object.entries(LANGUAGES)) {
      const text = (messages.notifications.kinds as Record<string, string | undefined>)[kind];
      expect({ lang, kind, text: typeof text }).toEqual({ lang, kind, text: 'string' });
      expect([...new Set(placeholdersOf(text!))].sort()).toEqual(
        [...NOTIFICATION_KINDS[kind]].sort(),
      );
      // More than its names: "Trần Quốc Bảo: “…”." says nothing.
      const words = text!.replace(/\{\{\s*\w+\s*\}\}/g, '').replace(/[\s.,:;“”]/g, '');
      expect(words.length).toBeGreaterThan(4);
    }
  });

  it('tells a recognition by its level', () => {
    expect(notificationKindOf('RECOGNISE', Recognition.EXEMPLARY)).toBe('RECOGNISED_EXEMPLARY');
    expect(notificationKindOf('RECOGNISE', Recognition.EFFECTIVE)).toBe('RECOGNISED_EFFECTIVE');
    expect(notificationKindOf('NOT_RECOGNISE', null)).toBe('NOT_RECOGNISE');
    expect(
      interpolate(vi.notifications.kinds.RECOGNISED_EXEMPLARY, {
        council: 'Hội đồng xã',
        title: quoteTitle('Đường làng'),
      }),
    ).toBe('Hội đồng xã đã công nhận “Đường làng” là mô hình tiêu biểu.');
  });

  it('does not wrap a title that has its own quotation marks in a second pair', () => {
    expect(quoteTitle('Đường làng')).toBe('“Đường làng”');
    expect(quoteTitle('Mô hình “Dân vận khéo” ở đội 7A')).toBe('Mô hình “Dân vận khéo” ở đội 7A');
    expect(quoteTitle('"Dân vận khéo"')).toBe('"Dân vận khéo"');
  });
});

describe('the printed documents', () => {
  const leaves = (o: object, at = ''): Array<[string, string]> =>
    Object.entries(o).flatMap(([k, v]: [string, unknown]) =>
      typeof v === 'string'
        ? [[`${at}${k}`, v] as [string, string]]
        : leaves(v as object, `${at}${k}.`),
    );

  it.each(['minutes', 'documents'] as const)(
    '%s name the same placeholders in Vietnamese and English, line by line',
    (section) => {
      const english = Object.fromEntries(leaves(en[section]));
      for (const [key, text] of leaves(vi[section]))
        expect({ key, names: [...new Set(placeholdersOf(english[key]))].sort() }).toEqual({
          key,
          names: [...new Set(placeholdersOf(text))].sort(),
        });
    },
  );
});
