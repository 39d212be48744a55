import type { EntityManager } from 'typeorm';
import {
  ErrorCode,
  Phase,
  PromotionBlock,
  promotionBlock,
  REVIEW_LEVELS,
  type CandidacyState,
  type Recognition,
  type RoundState,
  type Seat,
  type UnitKind,
} from '@vinh-danh/shared';
import { AppError, badInput, forbidden } from '../../infra/graphql/errors';
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
    path: string;
    kind: UnitKind;
  }> = await tx.query(
    `SELECT k.id, k.name, k.unit_id, ku.path, ku.kind FROM council k JOIN org_unit ku ON ku.id = k.unit_id
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
          unitPath: p.path,
          unitKind: p.kind,
          reviewClosesOn,
        }
      : null,
    used,
    today: todayInVietnam(),
  };
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
  const { promotionQuota: quota } = target.council;
  switch (block) {
    case PromotionBlock.NOT_SECRETARY:
      return forbidden('Only the council’s secretary promotes entries.');
    case PromotionBlock.ROUND_NOT_CLOSED:
      return badInput('Close the round before promoting.', reason);
    case PromotionBlock.ALREADY_PROMOTED:
      return badInput('An entry has already been promoted.', { field: 'candidacyIds', ...reason });
    case PromotionBlock.NOT_EXEMPLARY:
      return badInput('Only entries recognised as exemplary go up a level.', {
        field: 'candidacyIds',
        ...reason,
      });
    case PromotionBlock.NO_PARENT_COUNCIL:
      return badInput(
        'No council above this one for the campaign: there is nowhere to send it.',
        reason,
      );
    case PromotionBlock.PARENT_REVIEW_CLOSED:
      return new AppError(
        ErrorCode.DEADLINE_PASSED,
        `The review at ${target.parent?.unitKind.toLowerCase()} level closed on ${target.parent?.reviewClosesOn}: the council above can take nothing in.`,
        { ...reason, phase: Phase.REVIEW, level: target.parent?.unitKind },
      );
    case PromotionBlock.QUOTA_USED:
      return new AppError(
        ErrorCode.QUOTA_EXCEEDED,
        `The council may send ${quota} up; ${target.used} already gone.`,
        { ...reason, quota, used: target.used },
      );
  }
};
