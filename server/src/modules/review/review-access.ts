import type { EntityManager } from 'typeorm';
import type { Rubric, Seat, UnitKind } from '@vinh-danh/shared';
import { notFound } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { CouncilMember } from '../council/council.entity';
import { ReviewRound, RoundEntry } from '../round/round.entity';

/** What a score sheet or a ballot needs to know before it is written, read in one statement. */
export interface ReviewAccess {
  entry: RoundEntry;
  round: ReviewRound;
  council: { id: string; campaignId: string };
  unitKind: UnitKind;
  member: CouncilMember | null;
  assigned: boolean;
  excluded: boolean;
  rubric: Rubric;
}

interface Row {
  entry_id: string;
  candidacy_id: string;
  intake_order: number;
  round_id: string;
  round_name: string;
  round_state: ReviewRound['state'];
  round_version: number;
  council_id: string;
  campaign_id: string;
  unit_kind: UnitKind;
  rubric: Rubric;
  member_id: string | null;
  seat: Seat | null;
  assigned: boolean;
  excluded: boolean;
}

/**
 * How a member's write locks: the round row `FOR SHARE`, so that its state cannot move on under
 * the write while members' writes never wait on one another (a step change takes it `FOR
 * UPDATE` and waits for them); and for a ballot the entry row too, which serialises the ballots
 * of one entry (its tally and its has-voted marks are rewritten together), not of the round.
 */
const LOCKS = {
  sheet: 'FOR SHARE OF r',
  ballot: 'FOR NO KEY UPDATE OF e FOR SHARE OF r',
} as const;

export const reviewAccess = async (
  tx: EntityManager,
  viewer: Viewer,
  entryId: string,
  lock: keyof typeof LOCKS,
): Promise<ReviewAccess> => {
  const [row]: Row[] = isId(entryId)
    ? await tx.query(
        `SELECT e.id AS entry_id, e.candidacy_id, e.intake_order,
                r.id AS round_id, r.name AS round_name, r.state AS round_state, r.version AS round_version,
                k.id AS council_id, k.campaign_id, u.kind AS unit_kind, c.rubric,
                m.id AS member_id, m.seat,
                EXISTS (SELECT 1 FROM assignment a WHERE a.entry_id = e.id AND a.member_id = m.id) AS assigned,
                EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.entry_id = e.id AND x.member_id = m.id) AS excluded
           FROM round_entry e
           JOIN review_round r ON r.id = e.round_id
           JOIN council k ON k.id = r.council_id
           JOIN campaign c ON c.id = k.campaign_id
           JOIN org_unit u ON u.id = k.unit_id
           LEFT JOIN council_member m ON m.council_id = k.id AND m.user_id = $2
          WHERE e.id = $1 AND e.removed_at IS NULL
          ${LOCKS[lock]}`,
        [entryId, viewer.user.id],
      )
    : [];
  if (!row) throw notFound();
  return {
    entry: Object.assign(new RoundEntry(), {
      id: row.entry_id,
      roundId: row.round_id,
      candidacyId: row.candidacy_id,
      intakeOrder: row.intake_order,
      // Sheets and ballots are written only while a round is open: the close's results and a
      // promotion come after, so these are empty by construction.
      removedAt: null,
      score: null,
      rank: null,
      quorumMet: null,
      approve: null,
      reject: null,
      abstain: null,
      eligible: null,
      promotedCandidacyId: null,
    }),
    round: Object.assign(new ReviewRound(), {
      id: row.round_id,
      councilId: row.council_id,
      name: row.round_name,
      state: row.round_state,
      version: row.round_version,
    }),
    council: { id: row.council_id, campaignId: row.campaign_id },
    unitKind: row.unit_kind,
    member: row.member_id
      ? Object.assign(new CouncilMember(), {
          id: row.member_id,
          councilId: row.council_id,
          userId: viewer.user.id,
          seat: row.seat,
        })
      : null,
    assigned: row.assigned,
    excluded: row.excluded,
    rubric: row.rubric,
  };
};
