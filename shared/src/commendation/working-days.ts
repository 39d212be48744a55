/**
 * Working days, for the disclosure period: Monday to Friday, less the holidays the
 * administrator keeps as data (Tết moves every year, and the government swaps days off). Dates
 * are YYYY-MM-DD strings in Vietnam's calendar, compared as text.
 */

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (d: Date) => d.toISOString().slice(0, 10);
const next = (iso_: string) => {
  const d = day(iso_);
  d.setUTCDate(d.getUTCDate() + 1);
  return iso(d);
};

export const isWorkingDay = (date: string, holidays: ReadonlySet<string>): boolean => {
  const weekday = day(date).getUTCDay();
  return weekday !== 0 && weekday !== 6 && !holidays.has(date);
};

/**
 * The last day of a period of `days` working days starting on `start` (counted if it is a
 * working day itself). A period of 0 days ends the day before it starts: nothing to wait for.
 */
export const lastWorkingDay = (
  start: string,
  days: number,
  holidays: ReadonlySet<string>,
): string => {
  if (days <= 0) {
    const d = day(start);
    d.setUTCDate(d.getUTCDate() - 1);
    return iso(d);
  }
  let date = start;
  let counted = isWorkingDay(date, holidays) ? 1 : 0;
  while (counted < days) {
    date = next(date);
    if (isWorkingDay(date, holidays)) counted += 1;
  }
  return date;
};

/** Working days still to run from `today` (counted) to `end` (counted); 0 once it has passed. */
export const workingDaysLeft = (
  today: string,
  end: string,
  holidays: ReadonlySet<string>,
): number => {
  let left = 0;
  for (let date = today; date <= end; date = next(date)) {
    if (isWorkingDay(date, holidays)) left += 1;
  }
  return left;
};
