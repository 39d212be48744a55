import type { EntityManager } from 'typeorm';
import {
  Phase,
  PromotionBlock,
  promotionBlock,
  REVIEW_LEVELS,
  ROUND_TABLE,
  seatRefusal,
  type CandidacyState,
  type Recognition,
  type RoundState,
  type Seat,
  type UnitKind,
} from '@vinh-danh/shared';
import { type AppError, refuse } from '../../infra/graphql/errors';
import { phaseDates } from '../campaign/campaign.service';
import { todayInVietnam } from '../campaign/today';
import type { Council } from '../council/council.entity';

/** Where a council's entries go up to, and how much of its quota is left: one per council. */
export interface PromotionTarget {
  council: Council;
  /** the nearest council above for the same campaign, or null: the campaign ends here */
  parent: {
    councilId: string;
    name: string;
    unitId: string;
    unitName: string;
    unitPath: string;
    unitKind: UnitKind;
    /** the last day of the campaign's review at the parent's level; null when it sets none */
    reviewClosesOn: string | null;
  } | null;
  used: number;
  today: string;
}

/**
 * A campaign covers its owner's subtree and has a council per unit: the council above is the
 * campaign's council nearest up the tree. A district's own campaign has none above its
 * district council, so its review ends there; a province's campaign goes on to the province.
 */
export const promotionTarget = async (
  tx: EntityManager,
  council: Council,
  unitPath: string,
): Promise<PromotionTarget> => {
  const parents: Array<{
    id: string;
    name: string;
    unit_id: string;
    unit_name: string;
    path: string;
    kind: UnitKind;
  }> = await tx.query(
    `SELECT k.id, k.name, k.unit_id, ku.name AS unit_name, ku.path, ku.kind FROM council k JOIN org_unit ku ON ku.id = k.unit_id
        WHERE k.campaign_id = $1 AND $2 LIKE ku.path || '_%'
        ORDER BY ku.depth DESC LIMIT 1`,
    [council.campaignId, unitPath],
  );
  const [{ used }]: Array<{ used: number }> = await tx.query(
    `SELECT count(*)::int AS used FROM round_entry e JOIN review_round r ON r.id = e.round_id
      WHERE r.council_id = $1 AND e.promoted_candidacy_id IS NOT NULL`,
    [council.id],
  );
  const p = parents[0];
  let reviewClosesOn: string | null = null;
  if (p && REVIEW_LEVELS.includes(p.kind)) {
    const dates = await phaseDates(tx, council.campaignId, Phase.REVIEW, p.kind);
    reviewClosesOn =
      dates
        .map((d) => d.closesOn)
        .sort()
        .at(-1) ?? null;
  }
  return {
    council,
    parent: p
      ? {
          councilId: p.id,
          name: p.name,
          unitId: p.unit_id,
          unitName: p.unit_name,
          unitPath: p.path,
          unitKind: p.kind,
          reviewClosesOn,
        }
      : null,
    used,
    today: todayInVietnam(),
  };
};

/**
 * The quota is the council's, counted over all its rounds, while each promotion locks only its
 * own round: two rounds could each count the last slot free. Locking the council row first
 * makes promotions of one council take turns; NO KEY UPDATE leaves rounds, members and entries
 * free to reference the council meanwhile. The quota is read again under the lock, so a change
 * of the rules made meanwhile is seen.
 */
export const lockQuota = async (tx: EntityManager, council: Council): Promise<void> => {
  const [{ promotion_quota }]: Array<{ promotion_quota: number }> = await tx.query(
    'SELECT promotion_quota FROM council WHERE id = $1 FOR NO KEY UPDATE',
    [council.id],
  );
  council.promotionQuota = promotion_quota;
};

export interface PromotableEntry {
  state: CandidacyState;
  recognition: Recognition | null;
  promoted: boolean;
}

/** Why this entry cannot go up now, for this seat; null when it can. */
export const blockOf = (
  target: PromotionTarget,
  seat: Seat | null,
  roundState: RoundState,
  entry: PromotableEntry,
): PromotionBlock | null =>
  promotionBlock({
    seat,
    roundState,
    entry,
    parent: target.parent,
    today: target.today,
    quota: target.council.promotionQuota,
    used: target.used,
  });

/** The refusal for a reason, with the reason in `extensions.reason` for the web to word. */
export const promotionRefusal = (block: PromotionBlock, target: PromotionTarget): AppError => {
  const reason = { reason: block };
  const onEntries = { field: 'candidacyIds', ...reason };
  switch (block) {
    case PromotionBlock.NOT_SECRETARY:
      return refuse(seatRefusal(ROUND_TABLE.PROMOTE.seats!), {}, reason);
    case PromotionBlock.ROUND_NOT_CLOSED:
      return refuse('ROUND_NOT_CLOSED', {}, reason);
    case PromotionBlock.ALREADY_PROMOTED:
      return refuse('ALREADY_PROMOTED', {}, onEntries);
    case PromotionBlock.NOT_EXEMPLARY:
      return refuse('NOT_EXEMPLARY', {}, onEntries);
    case PromotionBlock.NO_PARENT_COUNCIL:
      return refuse('NO_COUNCIL_ABOVE', {}, reason);
    case PromotionBlock.PARENT_REVIEW_CLOSED:
      return refuse(
        'PARENT_REVIEW_CLOSED',
        { council: target.parent?.name ?? '', date: target.parent?.reviewClosesOn ?? '' },
        { ...reason, phase: Phase.REVIEW, level: target.parent?.unitKind },
      );
    case PromotionBlock.QUOTA_USED:
      return quotaRefusal(target.council.promotionQuota, target.used);
  }
};

/** The quota refusal, whether it is used up already or the request asks for more than is left. */
export const quotaRefusal = (quota: number, used: number, asked?: number): AppError =>
  refuse(
    'PROMOTION_QUOTA',
    { quota, used },
    { quota, used, reason: PromotionBlock.QUOTA_USED, ...(asked ? { asked } : {}) },
  );
