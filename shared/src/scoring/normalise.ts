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
  /** mean of the informative sheets' standardised totals, mapped back onto the rubric's scale */
  normalised: number;
  /** highest minus lowest member total */
  spread: number;
  sheets: number;
  /** raw and spread over the informative sheets alone, null without one: the normalised ranking's tie keys */
  informativeRaw: number | null;
  informativeSpread: number | null;
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
/** Population standard deviation, as PostgreSQL's stddev_pop. */
const sd = (xs: number[]) => {
  const m = mean(xs);
  return Math.sqrt(mean(xs.map((x) => (x - m) ** 2)));
};
const spreadOf = (xs: number[]) => Math.max(...xs) - Math.min(...xs);

const groupBy = <T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const x of xs) {
    const group = groups.get(key(x));
    if (group) group.push(x);
    else groups.set(key(x), [x]);
  }
  return groups;
};

/**
 * Raw and normalised scores per entry.
 *
 * Raw is the plain mean of the entry's sheet totals.
 *
 * Normalised takes out each member's leniency or severity: a member's totals become z-scores over
 * the entries that member scored, the z-scores are mapped back with the mean and deviation of the
 * round's totals, clamped to 0..`scale`, and averaged per entry.
 *
 * A member whose totals have no spread (every entry the same total, or a single sheet) has no
 * z-scores: their sheets say how generous they are, not how the entries compare. Such sheets are
 * uninformative and are left out of the normalised score altogether, including the round's mean
 * and deviation used to map back. Counting them as the round's mean instead (z = 0) looks
 * neutral but is not: it pulls each of their entries towards the mean by a weight of 1 / (that
 * entry's sheets), so with unequal reviewers per entry (k per entry, manual changes) a member who
 * says nothing reorders the ranking. Left out, they cannot: adding or removing uninformative
 * sheets leaves every normalised score exactly as it was, and `rankEntries` breaks normalised ties
 * on the informative sheets too.
 *
 * An entry whose sheets are all uninformative has nothing to place it above or below the others,
 * so it is placed at the round's mean (of the informative sheets): neither penalised for being
 * scored by a flat member, as an empty score would (it could then never pass), nor lifted or
 * sunk by that member's generosity, as its raw mean would. Several such entries tie there and go
 * by intake order. A round without a single informative sheet has nothing to standardise: every
 * scored entry gets the mean of all its totals, and the raw ranking is the one to read.
 *
 * The ranking query in the server computes the same in SQL; a test holds the two together.
 */
export const scoreEntries = (totals: readonly MemberTotal[], scale: number): EntryScore[] => {
  if (totals.length === 0) return [];
  const members = new Map(
    [...groupBy(totals, (t) => t.memberId)].map(([id, ts]) => {
      const xs = ts.map((t) => t.total);
      return [id, { mean: mean(xs), sd: sd(xs) }];
    }),
  );
  const informative = (t: MemberTotal) => members.get(t.memberId)!.sd > 0;
  const told = totals.filter(informative).map((t) => t.total);
  const pool =
    told.length > 0
      ? { mean: mean(told), sd: sd(told) }
      : { mean: mean(totals.map((t) => t.total)), sd: 0 };
  const normalise = (t: MemberTotal) => {
    const m = members.get(t.memberId)!;
    return Math.min(scale, Math.max(0, pool.mean + ((t.total - m.mean) / m.sd) * pool.sd));
  };

  return [...groupBy(totals, (t) => t.entryId)].map(([entryId, ts]) => {
    const all = ts.map((t) => t.total);
    const kept = ts.filter(informative);
    return {
      entryId,
      raw: mean(all),
      normalised: kept.length > 0 ? mean(kept.map(normalise)) : pool.mean,
      spread: spreadOf(all),
      sheets: ts.length,
      informativeRaw: kept.length > 0 ? mean(kept.map((t) => t.total)) : null,
      informativeSpread: kept.length > 0 ? spreadOf(kept.map((t) => t.total)) : null,
    };
  });
};
