import { NumberFormatter, NumberParser } from '@internationalized/number';
import type { TFunction } from 'i18next';

/**
 * Numbers as people write them in each interface language. Vietnamese offices write
 * `150.000.000` and `7,5`; English writes `150,000,000` and `7.5`. Parsing is the library's
 * (`@internationalized/number`); on top of it a grouping check refuses what the two conventions
 * read differently and the library would quietly take one way, e.g. `1.5` in Vietnamese (the
 * library reads 15) or `7,5` in English (75): those are refused, never guessed.
 */

/** The locale whose conventions a language's numbers follow. */
export const numberLocale = (language: string): string => (language === 'en' ? 'en-US' : 'vi-VN');

export type NumberProblem = 'notANumber' | 'ambiguous';

/** Empty text is no value (`null`); otherwise a finite number or the reason it is refused. */
export type ParsedNumber =
  { ok: true; value: number | null } | { ok: false; problem: NumberProblem };

// Enough for any amount an officer types (0,125 ha); display rounds only what is unreadable.
const MAX_FRACTION_DIGITS = 10;

const parsers = new Map<string, NumberParser>();
const parser = (locale: string) => {
  let found = parsers.get(locale);
  if (!found) {
    found = new NumberParser(locale, { maximumFractionDigits: MAX_FRACTION_DIGITS });
    parsers.set(locale, found);
  }
  return found;
};

const separators = new Map<string, { group: string; decimal: string }>();
/** The locale's own group and decimal symbols, from Intl (not written out per language). */
const symbolsOf = (locale: string) => {
  let found = separators.get(locale);
  if (!found) {
    const parts = new Intl.NumberFormat(locale, { useGrouping: true }).formatToParts(12345.6);
    found = {
      group: parts.find((p) => p.type === 'group')?.value ?? ',',
      decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    };
    separators.set(locale, found);
  }
  return found;
};

// Spaces (ordinary, no-break, narrow no-break) also group thousands: "1 500".
const SPACES = /[\s\u00a0\u202f]+/g;

/**
 * Whether every group separator in `text` sits where a thousands separator can: after the first
 * group, groups of exactly three digits, and none in the fraction. `1.500`, `150.000.000` and
 * `1.500,5` pass in Vietnamese; `1.5`, `12.34` and `1,5.3` do not.
 */
const wellGrouped = (text: string, locale: string): boolean => {
  const { group, decimal } = symbolsOf(locale);
  const grouped = text.replace(SPACES, group);
  const [whole, fraction = ''] = grouped.split(decimal);
  if (fraction.includes(group)) return false;
  const groups = whole.split(group);
  if (groups.length === 1) return true;
  return groups[0] !== '' && groups.slice(1).every((g) => g.length === 3);
};

export const parseNumber = (text: string, locale: string): ParsedNumber => {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, value: null };
  const p = parser(locale);
  if (!p.isValidPartialNumber(trimmed)) return { ok: false, problem: 'notANumber' };
  const value = p.parse(trimmed);
  if (!Number.isFinite(value)) return { ok: false, problem: 'notANumber' };
  if (!wellGrouped(trimmed, locale)) return { ok: false, problem: 'ambiguous' };
  return { ok: true, value };
};

export interface NumberFormat {
  /** thousands separators; off for years */
  grouping?: boolean;
  maximumFractionDigits?: number;
}

const formatters = new Map<string, NumberFormatter>();
export const formatNumber = (value: number, locale: string, format: NumberFormat = {}): string => {
  const { grouping = true, maximumFractionDigits = MAX_FRACTION_DIGITS } = format;
  const key = `${locale}|${grouping}|${maximumFractionDigits}`;
  let found = formatters.get(key);
  if (!found) {
    found = new NumberFormatter(locale, { useGrouping: grouping, maximumFractionDigits });
    formatters.set(key, found);
  }
  return found.format(value);
};

/** What a number field holds: the text as typed and the locale it was typed in. */
export interface NumberText {
  text: string;
  locale: string;
}

/** A stored value as a field's text, or an empty field. */
export const numberText = (
  value: number | null | undefined,
  locale: string,
  format?: NumberFormat,
): NumberText => ({
  text: value === null || value === undefined ? '' : formatNumber(value, locale, format),
  locale,
});

/** Read in the locale it was typed in, so switching language never rereads `1.500` as 1,5. */
export const readNumber = (field: NumberText): ParsedNumber =>
  parseNumber(field.text, field.locale);

/** The value, or null when the field is empty or does not read (its problem is shown apart). */
export const numberValue = (field: NumberText): number | null => {
  const parsed = readNumber(field);
  return parsed.ok ? parsed.value : null;
};

/**
 * The text as the field shows it in `locale`: as typed, or, when typed in the other language,
 * the same number rewritten. Text that does not read stays as typed, for the user to fix.
 */
export const shownText = (field: NumberText, locale: string, format?: NumberFormat): string => {
  if (field.locale === locale) return field.text;
  const parsed = readNumber(field);
  return parsed.ok && parsed.value !== null
    ? formatNumber(parsed.value, locale, format)
    : field.text;
};

/** The text rewritten in the locale's own way (`1500` → `1.500`), for when the user leaves it. */
export const tidyText = (field: NumberText, locale: string, format?: NumberFormat): NumberText => {
  const parsed = readNumber(field);
  return parsed.ok && parsed.value !== null
    ? { text: formatNumber(parsed.value, locale, format), locale }
    : { text: shownText(field, locale, format), locale };
};

/**
 * Why a field does not read, in a message that names it (`field` carries the row where there
 * is one), or null when it reads.
 */
export const numberProblem = (t: TFunction, field: NumberText, label: string): string | null => {
  const parsed = readNumber(field);
  return parsed.ok
    ? null
    : t(`numbers.${parsed.problem}`, { field: label, text: field.text.trim() });
};
