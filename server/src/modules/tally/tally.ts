import type { EntityManager } from 'typeorm';
import { type BallotCounts, tally, type TallyResult } from '@vinh-danh/shared';
import type { Campaign } from '../campaign/campaign.entity';
import type { Council } from '../council/council.entity';
import { rankRound, scoreOf } from './ranking';

/** One entry's decision, as the close records it and turns it into a transition. */
export interface EntryTally {
  entryId: string;
  candidacyId: string;
  /** the candidacy's version, for the transition the outcome becomes */
  version: number;
  rank: number;
  /** the score the council ranks by */
  score: number | null;
  eligible: number;
  counts: BallotCounts;
  result: TallyResult;
}

/**
 * Where a round's votes are tallied, when the chair closes it: each entry's ballot counts (the
 * running `ballot_tally`, never who voted what) and its score from the ranking go through
 * `tally()` in shared on the council's rules, in rank order. Two statements however many entries.
 */
export const tallyRound = async (
  tx: EntityManager,
  roundId: string,
  council: Council,
  campaign: Campaign,
): Promise<EntryTally[]> => {
  const ranking = await rankRound(
    tx,
    roundId,
    campaign.rubric.criteria.length,
    campaign.rubric.total,
    council.rankBy,
  );
  const counts: Array<{
    entry_id: string;
    version: number;
    approve: number;
    reject: number;
    abstain: number;
    eligible: number;
  }> = await tx.query(
    `SELECT e.id AS entry_id, c.version,
              coalesce(t.approve, 0) AS approve, coalesce(t.reject, 0) AS reject,
              coalesce(t.abstain, 0) AS abstain,
              ((SELECT count(*) FROM council_member m WHERE m.council_id = $2)
               - (SELECT count(*) FROM conflict_of_interest x WHERE x.entry_id = e.id))::int AS eligible
         FROM round_entry e JOIN candidacy c ON c.id = e.candidacy_id
         LEFT JOIN ballot_tally t ON t.entry_id = e.id
        WHERE e.round_id = $1 AND e.removed_at IS NULL`,
    [roundId, council.id],
  );
  return ranking.map((row) => {
    const c = counts.find((x) => x.entry_id === row.entryId)!;
    const score = scoreOf(row, council.rankBy);
    const ballots = { approve: c.approve, reject: c.reject, abstain: c.abstain };
    return {
      entryId: row.entryId,
      candidacyId: row.candidacyId,
      version: c.version,
      rank: row.rank,
      score,
      eligible: c.eligible,
      counts: ballots,
      result: tally(council, { eligible: c.eligible, counts: ballots, score }),
    };
  });
};

/** Writes an entry's decision on it: its score, rank, counts (when kept) and quorum. */
export const recordTally = async (tx: EntityManager, t: EntryTally): Promise<void> => {
  // Short of the quorum the counts are few enough to be the voters' own ballots: not kept.
  const kept = t.result.quorumMet ? t.counts : { approve: null, reject: null, abstain: null };
  await tx.query(
    `UPDATE round_entry SET score = $2, rank = $3, approve = $4, reject = $5, abstain = $6, eligible = $7,
            quorum_met = $8
      WHERE id = $1`,
    [
      t.entryId,
      t.score,
      t.rank,
      kept.approve,
      kept.reject,
      kept.abstain,
      t.eligible,
      t.result.quorumMet,
    ],
  );
};

/** The counts now live on the entries: the running tally goes (see the BallotTally migration). */
export const dropRunningTally = async (tx: EntityManager, roundId: string): Promise<void> => {
  await tx.query(
    'DELETE FROM ballot_tally t USING round_entry e WHERE e.id = t.entry_id AND e.round_id = $1',
    [roundId],
  );
};
