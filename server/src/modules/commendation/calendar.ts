import type { EntityManager } from 'typeorm';
import { lastWorkingDay, workingDaysLeft } from '@vinh-danh/shared';

/** The holidays kept as data from a day on: enough for any disclosure period. */
export const holidaysFrom = async (tx: Pick<EntityManager, 'query'>, from: string) => {
  const rows: Array<{ day: string }> = await tx.query(
    `SELECT day::text AS day FROM holiday WHERE day BETWEEN $1::date AND $1::date + 120`,
    [from],
  );
  return new Set(rows.map((r) => r.day));
};

export const disclosureEnd = async (tx: EntityManager, start: string, days: number) =>
  lastWorkingDay(start, days, await holidaysFrom(tx, start));

/** Working days left of a disclosure; `holidays` is the request's loader, read once a day asked. */
export const daysLeft = async (
  holidays: { load(from: string): Promise<ReadonlySet<string>> },
  today: string,
  end: string,
) => (end < today ? 0 : workingDaysLeft(today, end, await holidays.load(today)));

/** "2026-12-05" → "05/12/2026", as messages print dates. */
export const dmy = (iso: string): string => iso.split('-').reverse().join('/');
