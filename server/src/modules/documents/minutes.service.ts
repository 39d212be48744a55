import type { DataSource } from 'typeorm';
import { MINUTES_SIGNERS, needed, ROUND_FINAL_STATES, inSeatOrder, tally } from '@vinh-danh/shared';
import { refuse, forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import type { MinutesData } from './minutes';
import { attendanceOf } from '../review/attendance';
import { lockRound } from '../round/round-access';
import { maySeeRound } from '../round/round.policy';

/** Gathers a closed round's minutes from the database: members present, counts, outcomes. */
export const gatherMinutes = async (
  db: DataSource,
  viewer: Viewer,
  roundId: string,
): Promise<MinutesData> =>
  db.transaction(async (tx) => {
    const ctx = await lockRound(tx, viewer, roundId);
    if (!maySeeRound(viewer, ctx)) throw forbidden('OUTSIDE_SCOPE');
    if (!ROUND_FINAL_STATES.includes(ctx.round.state)) throw refuse('ROUND_NOT_CLOSED');
    const { council, round } = ctx;
    const campaign = await tx.getRepository(Campaign).findOneByOrFail({ id: council.campaignId });
    const [{ unit_name }] = await tx.query('SELECT name AS unit_name FROM org_unit WHERE id = $1', [
      council.unitId,
    ]);
    // Attendance as the close checked it: recorded by the secretary, or shown by a ballot.
    const members = (await attendanceOf(tx, round.id, council.id)).sort(
      inSeatOrder(
        (m) => m.seat,
        (m) => m.displayName,
      ),
    );
    const entries: Array<{
      rank: number | null;
      title: string;
      unit_name: string;
      score: string | null;
      approve: number | null;
      reject: number | null;
      abstain: number | null;
      eligible: number;
      quorum_met: boolean;
    }> = await tx.query(
      `SELECT e.rank, m.title, u.name AS unit_name, e.score, e.approve, e.reject, e.abstain, e.eligible,
              e.quorum_met
           FROM round_entry e JOIN candidacy c ON c.id = e.candidacy_id JOIN model m ON m.id = c.model_id
           JOIN org_unit u ON u.id = m.unit_id
          WHERE e.round_id = $1 AND e.removed_at IS NULL ORDER BY e.rank NULLS LAST, e.intake_order`,
      [round.id],
    );
    const nameOf = (seat: string) => members.find((m) => m.seat === seat)?.displayName ?? null;
    return {
      councilName: council.name,
      unitName: unit_name,
      campaignName: campaign.name,
      roundName: round.name,
      closedAt: round.closedAt ?? new Date(),
      rules: {
        passScore: council.passScore,
        exemplaryScore: council.exemplaryScore,
        quorum: council.quorum,
        approval: council.approval,
        rankBy: council.rankBy,
        scale: campaign.rubric.total,
        writtenOpinions: council.writtenOpinions,
      },
      members: members.map((m) => ({
        displayName: m.displayName,
        seat: m.seat,
        present: m.present,
        writtenOpinion: m.present ? null : m.writtenOpinion,
      })),
      entries: entries.map((e) => {
        const score = e.score === null ? null : Number(e.score);
        // The same decision the close recorded, recomputed from its stored counts for the record;
        // short of the quorum there are none, and nothing is recognised.
        const counts = { approve: e.approve ?? 0, reject: e.reject ?? 0, abstain: e.abstain ?? 0 };
        const result = e.quorum_met
          ? tally(council, { eligible: e.eligible, counts, score })
          : { quorumMet: false, recognition: null };
        return {
          rank: e.rank,
          title: e.title,
          unitName: e.unit_name,
          score,
          approve: e.approve,
          reject: e.reject,
          abstain: e.abstain,
          eligible: e.eligible,
          approvalsNeeded: needed(council.approval, e.eligible),
          quorumMet: result.quorumMet,
          outcome: result.recognition,
        };
      }),
      chairName: nameOf(MINUTES_SIGNERS.presiding),
      secretaryName: nameOf(MINUTES_SIGNERS.keeping),
    };
  });
