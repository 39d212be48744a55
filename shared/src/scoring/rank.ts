import type { EntryScore } from './normalise';

export const RankBy = { RAW: 'RAW', NORMALISED: 'NORMALISED' } as const;
export type RankBy = (typeof RankBy)[keyof typeof RankBy];

export interface Ranked extends EntryScore {
  rank: number;
  /** the score the council's rules rank by */
  score: number;
  disagreement: boolean;
}

/**
 * The stated tie rule: the score the council ranks by, highest first; then the other score;
 * then the smaller spread between members; then the entry taken into the round first. Ranks are
 * therefore unique. An entry is flagged for disagreement when its members' totals lie further
 * apart than `disagreementSpread` points.
 */
export const rankEntries = (
  scores: readonly (EntryScore & { intakeOrder: number })[],
  rankBy: RankBy,
  disagreementSpread: number,
): Ranked[] => {
  const primary = (s: EntryScore) => (rankBy === RankBy.RAW ? s.raw : s.normalised);
  const secondary = (s: EntryScore) => (rankBy === RankBy.RAW ? s.normalised : s.raw);
  return [...scores]
    .sort(
      (a, b) =>
        primary(b) - primary(a) ||
        secondary(b) - secondary(a) ||
        a.spread - b.spread ||
        a.intakeOrder - b.intakeOrder,
    )
    .map((s, i) => ({
      ...s,
      rank: i + 1,
      score: primary(s),
      disagreement: s.spread > disagreementSpread,
    }));
};
