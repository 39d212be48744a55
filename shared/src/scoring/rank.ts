import type { EntryScore } from './normalise';

export const RankBy = { RAW: 'RAW', NORMALISED: 'NORMALISED' } as const;
export type RankBy = (typeof RankBy)[keyof typeof RankBy];

export interface Ranked extends EntryScore {
  rank: number;
  /** the score the council's rules rank by */
  score: number;
  disagreement: boolean;
}

/** a before b when a's key is larger; a missing key goes last, as SQL's DESC NULLS LAST */
const higherFirst = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : b - a;
/** a before b when a's key is smaller; a missing key goes last, as SQL's ASC NULLS LAST */
const lowerFirst = (a: number | null, b: number | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a - b;

/**
 * The stated tie rule: the score the council ranks by, highest first; then the other score;
 * then the smaller spread between members; then the entry taken into the round first. Ranks are
 * therefore unique. An entry is flagged for disagreement when its members' totals lie further
 * apart than `disagreementSpread` points.
 *
 * Ranked by the normalised score, the other score and the spread are those of the informative
 * sheets (see `scoreEntries`), so that a member whose sheets carry no information cannot decide
 * a tie either; an entry without an informative sheet ties on them last. Ranked by raw score,
 * every sheet counts, as it always has.
 */
export const rankEntries = (
  scores: readonly (EntryScore & { intakeOrder: number })[],
  rankBy: RankBy,
  disagreementSpread: number,
): Ranked[] => {
  const byRaw = rankBy === RankBy.RAW;
  const primary = (s: EntryScore) => (byRaw ? s.raw : s.normalised);
  const secondary = (s: EntryScore) => (byRaw ? s.normalised : s.informativeRaw);
  const spread = (s: EntryScore) => (byRaw ? s.spread : s.informativeSpread);
  return [...scores]
    .sort(
      (a, b) =>
        primary(b) - primary(a) ||
        higherFirst(secondary(a), secondary(b)) ||
        lowerFirst(spread(a), spread(b)) ||
        a.intakeOrder - b.intakeOrder,
    )
    .map((s, i) => ({
      ...s,
      rank: i + 1,
      score: primary(s),
      disagreement: s.spread > disagreementSpread,
    }));
};
