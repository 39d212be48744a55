import type { EntityManager } from 'typeorm';
import { RankBy } from '@vinh-danh/shared';
import type { RankingRow } from './ranking-row';
import { completeSheets } from './sheets';

/** What the ranking statement returns of each line: its scores, rank and tie-break. */
export type RankingScore = Pick<
  RankingRow,
  'entryId' | 'candidacyId' | 'intakeOrder' | 'raw' | 'normalised' | 'spread' | 'sheets' | 'rank'
>;

/**
 * The round's ranking in one statement, as `scoreEntries` and `rankEntries` in shared/ define
 * it: a sheet is a member's complete set of criterion scores for an entry (`completeSheets`);
 * raw is the mean of sheet totals. A member with no spread (one total for all, or a single sheet) is uninformative
 * and left out of everything normalised: the others' totals become z-scores, are mapped back with
 * the mean and deviation of the informative sheets, clamped to the scale and averaged; an entry
 * with only uninformative sheets gets that mean (the mean of all totals when the round has no
 * informative sheet). Ties go by the other score, then the smaller spread (ranked by normalised
 * score, both of the informative sheets), then intake order. Entries without a sheet rank last.
 *
 * The informative sheets' mean and deviation come from the members' own (the law of total
 * variance: N·sd² = Σ n·(sd_m² + (mean_m − mean)²)) rather than from a second pass over the
 * sheets; with the extra aggregates of the informative sheets, that keeps the statement as fast
 * as before the uninformative sheets were left out (a second pass cost about 1.5 ms at 500
 * entries × 15 members).
 */
export const RANKING_SQL = `
WITH sheets AS (${completeSheets('se.round_id = $1 AND se.removed_at IS NULL', '$2')}
),
members AS (
  SELECT member_id, count(*)::float8 AS n, avg(total) AS mean, stddev_pop(total) AS sd
    FROM sheets GROUP BY member_id
),
pool AS (
  SELECT coalesce(t.mean, t.every) AS mean,
         coalesce(sqrt(sum(m.n * (m.sd * m.sd + (m.mean - t.mean) ^ 2)) / t.n), 0) AS sd
    FROM (SELECT sum(n * mean) FILTER (WHERE sd > 0) / sum(n) FILTER (WHERE sd > 0) AS mean,
                 sum(n) FILTER (WHERE sd > 0) AS n, sum(n * mean) / sum(n) AS every
            FROM members) t
    LEFT JOIN members m ON m.sd > 0
   GROUP BY t.mean, t.n, t.every
),
entries AS (
  SELECT t.entry_id,
         avg(t.total) AS raw,
         coalesce(avg(least($3::float8, greatest(0, p.mean
             + CASE WHEN m.sd > 0 THEN (t.total - m.mean) / m.sd END * p.sd))) FILTER (WHERE m.sd > 0),
             p.mean) AS normalised,
         max(t.total) - min(t.total) AS spread,
         count(*)::int AS sheets,
         avg(t.total) FILTER (WHERE m.sd > 0) AS told_raw,
         max(t.total) FILTER (WHERE m.sd > 0) - min(t.total) FILTER (WHERE m.sd > 0) AS told_spread
    FROM sheets t JOIN members m USING (member_id) CROSS JOIN pool p
   GROUP BY t.entry_id, p.mean
)
SELECT e.id AS "entryId", e.candidacy_id AS "candidacyId", e.intake_order AS "intakeOrder",
       x.raw, x.normalised, x.spread, coalesce(x.sheets, 0) AS sheets,
       row_number() OVER (ORDER BY
         CASE WHEN $4 = 'RAW' THEN x.raw ELSE x.normalised END DESC NULLS LAST,
         CASE WHEN $4 = 'RAW' THEN x.normalised ELSE x.told_raw END DESC NULLS LAST,
         CASE WHEN $4 = 'RAW' THEN x.spread ELSE x.told_spread END ASC NULLS LAST,
         e.intake_order ASC)::int AS rank
  FROM round_entry e LEFT JOIN entries x ON x.entry_id = e.id
 WHERE e.round_id = $1 AND e.removed_at IS NULL
 ORDER BY rank`;

export const rankRound = (
  tx: EntityManager,
  roundId: string,
  criteria: number,
  scale: number,
  rankBy: RankBy,
): Promise<RankingScore[]> => tx.query(RANKING_SQL, [roundId, criteria, scale, rankBy]);

export const scoreOf = (row: RankingScore, rankBy: RankBy): number | null =>
  rankBy === RankBy.RAW ? row.raw : row.normalised;
