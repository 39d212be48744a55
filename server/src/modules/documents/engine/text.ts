import { interpolate, vi } from '@vinh-danh/shared';

/** Decomposed input (some keyboards send it) would stack loose marks; embed composed letters. */
export const nfc = (s: string): string => s.normalize('NFC');
export const upper = (s: string): string => nfc(s).toLocaleUpperCase('vi-VN');
export const lower = (s: string): string => nfc(s).toLocaleLowerCase('vi-VN');

/** "Huyện Điện Biên" → "Điện Biên": the place in "Điện Biên, ngày … tháng … năm …". */
export const placeOf = (unit: string): string =>
  nfc(unit).replace(/^(tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\s+/iu, '');

const clock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/**
 * A moment in Vietnam's time, whatever the server's zone, as two-digit parts. Parts, not a
 * formatted string: ICU's vi-VN date pattern differs between Node builds.
 */
export const vietnamTime = (date: Date) => {
  const parts = clock.formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((x) => x.type === type)!.value;
  const [day, month, year, hour, minute] = (
    ['day', 'month', 'year', 'hour', 'minute'] as const
  ).map(part);
  return { day, month, year, hour, minute };
};

/**
 * "ngày 05 tháng 02 năm 2026" but "ngày 15 tháng 3 năm 2026": Decree 30/2020 puts a zero before
 * days below 10 and before months 1 and 2 only (so "tháng 01" is never read as "tháng 10–12").
 */
export const officialDate = (date: Date, template = vi.documents.date): string => {
  const { day, month, year } = vietnamTime(date);
  return interpolate(template, { day, month: Number(month) > 2 ? Number(month) : month, year });
};

/** "Điện Biên, ngày 05 tháng 12 năm 2026"; a date not yet set leaves blanks to fill by hand. */
export const placeAndDate = (place: string, date: Date | null): string =>
  interpolate(vi.documents.placeAndDate, {
    place: nfc(place),
    date: date ? officialDate(date) : vi.documents.blankDate,
  });

/** "05/12/2026", for the short references a certificate prints. */
export const shortDate = (date: Date): string => {
  const { day, month, year } = vietnamTime(date);
  return `${day}/${month}/${year}`;
};

const money = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
/** "1.404.000": the dot groups thousands in Vietnamese. */
export const amount = (n: number): string => money.format(n);

/** "I", "II", …: sections of a document are numbered in Roman numerals. */
export const roman = (n: number): string =>
  ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'][n - 1] ?? String(n);

/** "02 tập thể", "12 cá nhân": official counts are written with at least two digits. */
export const count = (n: number): string => String(n).padStart(2, '0');

/** "GIẤY KHEN": an award's name as a certificate or a list heading prints it. */
export const awardTitle = (type: keyof typeof vi.awardTypes): string => upper(vi.awardTypes[type]);
