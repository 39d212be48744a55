import type { DataSource } from 'typeorm';
import { needed, RoundState, tally, type Threshold } from '@vinh-danh/shared';
import { refuse, forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import { SEAT_ORDER } from '../council/council.service';
import type { MinutesData } from './minutes';
import { lockRound, maySeeRound } from './round-access';

/** "hơn 1/2", "ít nhất 4/5 (80%)": thresholds as a council's minutes write them. */
export const thresholdInVietnamese = (t: Threshold): string => {
  const percent = (100 * t.numerator) / t.denominator;
  const share =
    Number.isInteger(percent) && t.denominator !== 2
      ? `${t.numerator}/${t.denominator} (${percent}%)`
      : `${t.numerator}/${t.denominator}`;
  return `${t.strict ? 'hơn' : 'ít nhất'} ${share} tổng số thành viên không thuộc diện tránh xung đột lợi ích`;
};

/** Gathers a closed round's minutes from the database: members present, counts, outcomes. */
export const gatherMinutes = async (
  db: DataSource,
  viewer: Viewer,
  roundId: string,
): Promise<MinutesData> =>
  db.transaction(async (tx) => {
    const ctx = await lockRound(tx, viewer, roundId);
    if (!maySeeRound(viewer, ctx)) throw forbidden('OUTSIDE_SCOPE');
    if (ctx.round.state !== RoundState.CLOSED) throw refuse('ROUND_NOT_CLOSED');
    const { council, round } = ctx;
    const campaign = await tx.getRepository(Campaign).findOneByOrFail({ id: council.campaignId });
    const [{ unit_name }] = await tx.query('SELECT name AS unit_name FROM org_unit WHERE id = $1', [
      council.unitId,
    ]);
    const members: Array<{
      display_name: string;
      seat: MinutesData['members'][number]['seat'];
      present: boolean;
    }> = await tx.query(
      `SELECT u.display_name, m.seat,
                EXISTS (SELECT 1 FROM ballot_cast b JOIN round_entry e ON e.id = b.entry_id
                         WHERE b.member_id = m.id AND e.round_id = $2) AS present
           FROM council_member m JOIN app_user u ON u.id = m.user_id WHERE m.council_id = $1`,
      [council.id, round.id],
    );
    members.sort(
      (a, b) =>
        SEAT_ORDER[a.seat] - SEAT_ORDER[b.seat] ||
        a.display_name.localeCompare(b.display_name, 'vi'),
    );
    const entries: Array<{
      rank: number | null;
      title: string;
      unit_name: string;
      score: string | null;
      approve: number;
      reject: number;
      abstain: number;
      eligible: number;
    }> = await tx.query(
      `SELECT e.rank, m.title, u.name AS unit_name, e.score, e.approve, e.reject, e.abstain, e.eligible
           FROM round_entry e JOIN candidacy c ON c.id = e.candidacy_id JOIN model m ON m.id = c.model_id
           JOIN org_unit u ON u.id = m.unit_id
          WHERE e.round_id = $1 AND e.removed_at IS NULL ORDER BY e.rank NULLS LAST, e.intake_order`,
      [round.id],
    );
    const nameOf = (seat: string) => members.find((m) => m.seat === seat)?.display_name ?? null;
    return {
      councilName: council.name,
      unitName: unit_name,
      campaignName: campaign.name,
      roundName: round.name,
      closedAt: round.closedAt ?? new Date(),
      rules: {
        passScore: council.passScore,
        exemplaryScore: council.exemplaryScore,
        quorum: thresholdInVietnamese(council.quorum),
        approval: thresholdInVietnamese(council.approval),
        rankBy: council.rankBy,
        scale: campaign.rubric.total,
      },
      members: members.map((m) => ({
        displayName: m.display_name,
        seat: m.seat,
        present: m.present,
      })),
      entries: entries.map((e) => {
        const score = e.score === null ? null : Number(e.score);
        // The same decision the close recorded, recomputed from its stored counts for the record.
        const result = tally(council, { eligible: e.eligible, counts: e, score });
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
          outcome: result.recognition ?? 'NOT_RECOGNISED',
        };
      }),
      chairName: nameOf('CHAIR'),
      secretaryName: nameOf('SECRETARY'),
    };
  });
