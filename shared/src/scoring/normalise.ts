/** One member's total for one entry (the sum of their criterion scores). */
export interface MemberTotal {
  memberId: string;
  entryId: string;
  total: number;
}

export interface EntryScore {
  entryId: string;
  /** mean of the members' totals */
  raw: number;
  /** mean of the members' standardised totals, mapped back onto the rubric's scale */
  normalised: number;
  /** highest minus lowest member total */
  spread: number;
  sheets: number;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Population standard deviation, as PostgreSQL's stddev_pop. */
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};

/**
 * Raw and normalised scores per entry. Each member's totals are standardised (z-scores over the
 * entries that member scored) so that a strict or a lenient member does not decide the ranking
 * alone; the z-scores are mapped back with the mean and deviation of all totals of the round, and
 * clamped to 0..`scale`. A member who gives every entry the same total has no spread to
 * standardise: their z-scores are 0, which puts them at the round's mean. The ranking query in
 * the server computes the same in SQL; a test holds the two together.
 */
export const scoreEntries = (totals: readonly MemberTotal[], scale: number): EntryScore[] => {
  if (totals.length === 0) return [];
  const all = totals.map((t) => t.total);
  const [poolMean, poolSd] = [mean(all), sd(all)];
  const byMember = new Map<string, number[]>();
  for (const t of totals) byMember.set(t.memberId, [...(byMember.get(t.memberId) ?? []), t.total]);
  const memberStats = new Map(
    [...byMember].map(([id, xs]) => [id, { mean: mean(xs), sd: sd(xs) }]),
  );

  const byEntry = new Map<string, Array<{ total: number; normalised: number }>>();
  for (const t of totals) {
    const s = memberStats.get(t.memberId)!;
    const z = s.sd > 0 ? (t.total - s.mean) / s.sd : 0;
    const normalised = Math.min(scale, Math.max(0, poolMean + z * poolSd));
    byEntry.set(t.entryId, [...(byEntry.get(t.entryId) ?? []), { total: t.total, normalised }]);
  }
  return [...byEntry].map(([entryId, xs]) => ({
    entryId,
    raw: mean(xs.map((x) => x.total)),
    normalised: mean(xs.map((x) => x.normalised)),
    spread: Math.max(...xs.map((x) => x.total)) - Math.min(...xs.map((x) => x.total)),
    sheets: xs.length,
  }));
};
