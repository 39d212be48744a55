import type { EntityManager } from 'typeorm';
import { Phase, REVIEW_LEVELS, type Seat, type UnitKind } from '@vinh-danh/shared';
import { refuse, notFound } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import { phaseDates, refuseUnlessOpen } from '../campaign/campaign.service';
import { Council, CouncilMember } from '../council/council.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { ReviewRound } from './round.entity';

export interface LockedRound {
  round: ReviewRound;
  council: Council;
  /** the council unit's path */
  unitPath: string;
  /** the council unit's kind: the level it reviews at */
  unitKind: UnitKind;
  /** the viewer's seat on the council, if any */
  member: CouncilMember | null;
}

/** Locks a round (FOR UPDATE) with its council, and the viewer's seat on it. */
export const lockRound = async (
  tx: EntityManager,
  viewer: Viewer,
  roundId: string,
): Promise<LockedRound> => {
  const round = isId(roundId)
    ? await tx
        .getRepository(ReviewRound)
        .findOne({ where: { id: roundId }, lock: { mode: 'pessimistic_write' } })
    : null;
  if (!round) throw notFound();
  return { round, ...(await councilContext(tx, viewer, round.councilId)) };
};

export const councilContext = async (tx: EntityManager, viewer: Viewer, councilId: string) => {
  const council = await tx.getRepository(Council).findOneByOrFail({ id: councilId });
  // The unit's path and the viewer's seat in one statement: every round request asks both.
  const [row]: Array<{
    path: string;
    kind: UnitKind;
    member_id: string | null;
    seat: Seat | null;
  }> = await tx.query(
    `SELECT u.path, u.kind, m.id AS member_id, m.seat FROM org_unit u
       LEFT JOIN council_member m ON m.council_id = $2 AND m.user_id = $3
      WHERE u.id = $1`,
    [council.unitId, councilId, viewer.user.id],
  );
  const member = row.member_id
    ? Object.assign(new CouncilMember(), {
        id: row.member_id,
        councilId,
        userId: viewer.user.id,
        seat: row.seat,
      })
    : null;
  return { council, unitPath: row.path, unitKind: row.kind, member };
};

export interface RoundAccess extends LockedRound {
  campaign: Campaign;
}

/**
 * A round with everything a read of it needs to decide who may see what, in one statement:
 * its council, the council unit's path, the campaign (for the rubric) and the viewer's seat.
 */
export const loadRoundAccess = async (
  tx: EntityManager,
  userId: string,
  roundId: string,
): Promise<RoundAccess | null> => {
  if (!isId(roundId)) return null;
  const found = await tx
    .getRepository(ReviewRound)
    .createQueryBuilder('r')
    .innerJoinAndMapOne('r.council', Council, 'k', 'k.id = r.council_id')
    .innerJoinAndMapOne('r.campaign', Campaign, 'c', 'c.id = k.campaign_id')
    .innerJoinAndMapOne('r.unit', OrgUnit, 'u', 'u.id = k.unit_id')
    .leftJoinAndMapOne(
      'r.member',
      CouncilMember,
      'm',
      'm.council_id = k.id AND m.user_id = :userId',
      { userId },
    )
    .where('r.id = :roundId', { roundId })
    .getOne();
  if (!found) return null;
  const { council, campaign, unit, member, ...round } = found as ReviewRound & {
    council: Council;
    campaign: Campaign;
    unit: OrgUnit;
    member: CouncilMember | null;
  };
  return {
    round: Object.assign(new ReviewRound(), round),
    council,
    campaign,
    unitPath: unit.path,
    unitKind: unit.kind,
    member: member ?? null,
  };
};

/**
 * Council work (taking entries in, scoring, voting) happens in the campaign's review phase for
 * the council's level: DEADLINE_PASSED outside it, until an administrator extends it. A campaign
 * that sets no review dates for the level leaves its councils' calendar to them.
 */
export const requireReviewOpen = async (
  tx: EntityManager,
  ctx: { council: Pick<Council, 'campaignId'>; unitKind: UnitKind },
): Promise<void> => {
  if (!REVIEW_LEVELS.includes(ctx.unitKind)) return;
  const dates = await phaseDates(tx, ctx.council.campaignId, Phase.REVIEW, ctx.unitKind);
  if (dates.length) refuseUnlessOpen(Phase.REVIEW, dates);
};

export const entryOf = async (tx: EntityManager, entryId: string) => {
  const rows: Array<{ id: string; round_id: string; candidacy_id: string }> = isId(entryId)
    ? await tx.query(
        'SELECT id, round_id, candidacy_id FROM round_entry WHERE id = $1 AND removed_at IS NULL',
        [entryId],
      )
    : [];
  if (!rows.length) throw notFound();
  return rows[0];
};

export const noSuchEntries = (ids: string[]) =>
  refuse('NOT_IN_ROUND', {}, { field: 'candidacyIds', missing: ids });
