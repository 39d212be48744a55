/// <reference types="jest" />
import type { TFunction } from 'i18next';
import {
  formatNumber,
  numberLocale,
  numberProblem,
  numberValue,
  parseNumber,
  shownText,
  tidyText,
} from './numbers';

const vi = numberLocale('vi');
const en = numberLocale('en');
const value = (text: string, locale: string) => {
  const parsed = parseNumber(text, locale);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('parseNumber', () => {
  it('reads numbers as Vietnamese offices write them', () => {
    expect(value('1.500', vi)).toBe(1500);
    expect(value('150.000.000', vi)).toBe(150_000_000);
    expect(value('7,5', vi)).toBe(7.5);
    expect(value('1.500,25', vi)).toBe(1500.25);
    expect(value('1500', vi)).toBe(1500);
    expect(value('1 500', vi)).toBe(1500);
    expect(value('0,125', vi)).toBe(0.125);
    expect(value('-3', vi)).toBe(-3);
  });

  it('reads numbers as English writes them', () => {
    expect(value('1,500', en)).toBe(1500);
    expect(value('150,000,000', en)).toBe(150_000_000);
    expect(value('7.5', en)).toBe(7.5);
    expect(value('1.500', en)).toBe(1.5);
    expect(value('1,500.25', en)).toBe(1500.25);
  });

  it('refuses what the other convention would read differently instead of guessing', () => {
    // The library alone reads these as 15, 75, 1234 and 1,5005: silent corruption.
    expect(value('1.5', vi)).toBe('ambiguous');
    expect(value('7.5', vi)).toBe('ambiguous');
    expect(value('12.34', vi)).toBe('ambiguous');
    expect(value('1,500.5', vi)).toBe('ambiguous');
    expect(value('7,5', en)).toBe('ambiguous');
    expect(value('1.500,5', en)).toBe('ambiguous');
    expect(value('1 5', vi)).toBe('ambiguous');
  });

  it('refuses what is not a number and takes empty text as no value', () => {
    expect(value('abc', vi)).toBe('notANumber');
    expect(value('3e5', vi)).toBe('notANumber');
    expect(value('1.500m²', vi)).toBe('notANumber');
    expect(value('', vi)).toBeNull();
    expect(value('   ', en)).toBeNull();
  });
});

describe('formatNumber', () => {
  it('writes numbers in each language', () => {
    expect(formatNumber(1500, vi)).toBe('1.500');
    expect(formatNumber(150_000_000, vi)).toBe('150.000.000');
    expect(formatNumber(7.5, vi)).toBe('7,5');
    expect(formatNumber(1500, en)).toBe('1,500');
    expect(formatNumber(27.5, en)).toBe('27.5');
    expect(formatNumber(0.125, vi)).toBe('0,125');
  });

  it('leaves years ungrouped and rounds where asked', () => {
    expect(formatNumber(2026, vi, { grouping: false })).toBe('2026');
    expect(formatNumber(2 / 3, vi, { maximumFractionDigits: 2 })).toBe('0,67');
  });

  it('reads back what it writes', () => {
    for (const n of [0, 7.5, 1500, 1500.25, 150_000_000, 0.125])
      for (const locale of [vi, en]) expect(value(formatNumber(n, locale), locale)).toBe(n);
  });
});

describe('a number field', () => {
  it('keeps the locale it was typed in, so switching language never rereads it', () => {
    const typed = { text: '1.500', locale: vi };
    expect(numberValue(typed)).toBe(1500);
    expect(shownText(typed, en)).toBe('1,500');
    expect(shownText(typed, vi)).toBe('1.500');
    // What does not read stays as typed, for the user to fix.
    expect(shownText({ text: '1.5', locale: vi }, en)).toBe('1.5');
  });

  it('is written the locale’s way only when tidied, never while typed', () => {
    expect(tidyText({ text: '150000000', locale: vi }, vi)).toEqual({
      text: '150.000.000',
      locale: vi,
    });
    expect(tidyText({ text: '2026', locale: vi }, vi, { grouping: false }).text).toBe('2026');
    expect(tidyText({ text: '7.', locale: vi }, vi)).toEqual({ text: '7.', locale: vi });
  });

  it('names the field in its problem, and has none when it reads', () => {
    const t = ((key: string, values: Record<string, string>) =>
      `${key} ${values.field} ${values.text}`) as unknown as TFunction;
    expect(numberProblem(t, { text: '1.5', locale: vi }, 'Chỉ tiêu 2')).toBe(
      'numbers.ambiguous Chỉ tiêu 2 1.5',
    );
    expect(numberProblem(t, { text: ' abc ', locale: vi }, 'Điểm')).toBe(
      'numbers.notANumber Điểm abc',
    );
    expect(numberProblem(t, { text: '7,5', locale: vi }, 'Điểm')).toBeNull();
    expect(numberProblem(t, { text: '', locale: vi }, 'Điểm')).toBeNull();
  });
});
