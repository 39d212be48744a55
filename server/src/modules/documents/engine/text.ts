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

const DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
const SCALES = ['', 'nghìn', 'triệu', 'tỷ'];

/** One group of three digits; a leading group drops its empty hundreds ("bốn", not "không trăm linh bốn"). */
const group = (n: number, leading: boolean): string => {
  const [h, t, u] = [Math.floor(n / 100), Math.floor(n / 10) % 10, n % 10];
  const words: string[] = [];
  if (h || !leading) words.push(DIGITS[h], 'trăm');
  if (t === 0 && u && words.length) words.push('linh');
  if (t === 1) words.push('mười');
  if (t > 1) words.push(DIGITS[t], 'mươi');
  if (u === 1 && t > 1) words.push('mốt');
  else if (u === 4 && t > 1) words.push('tư');
  else if (u === 5 && t > 0) words.push('lăm');
  else if (u) words.push(DIGITS[u]);
  return words.join(' ');
};

/**
 * "một triệu bốn trăm linh bốn nghìn đồng": a sum of money in words, as decisions write it beside
 * the figures. Whole đồng below a thousand billion (prizes are far below).
 */
export const amountInWords = (n: number): string => {
  const whole = Math.round(n);
  if (whole === 0) return `${DIGITS[0]} đồng`;
  if (whole < 0 || whole >= 1e12) return `${amount(whole)} đồng`;
  const groups: number[] = [];
  for (let rest = whole; rest > 0; rest = Math.floor(rest / 1000)) groups.push(rest % 1000);
  const top = groups.length - 1;
  const words = groups
    .map((g, i) => (g ? [group(g, i === top), SCALES[i]].filter(Boolean).join(' ') : ''))
    .reverse()
    .filter(Boolean);
  return `${words.join(' ')} đồng`;
};
