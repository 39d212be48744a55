import type { DataSource } from 'typeorm';
import {
  type CandidacyState,
  OpeningAction,
  PromotionBlock,
  type Recognition,
  ROUND_TABLE,
} from '@vinh-danh/shared';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import type { TransitionService } from '../candidacy/transition.service';
import { lockRound, noSuchEntries } from '../round/round-access';
import { requireSeat } from '../round/round.policy';
import type { ReviewRound } from '../round/round.entity';
import type { RoundService } from '../round/round.service';
import { blockOf, lockQuota, promotionRefusal, promotionTarget, quotaRefusal } from './promotion';

/** The secretary sends a closed round's exemplary entries to the council above. */
export class PromotionService {
  constructor(
    private readonly db: DataSource,
    private readonly rounds: RoundService,
    private readonly transitions: TransitionService,
  ) {}

  /**
   * Sends exemplary entries up: each gets a new candidacy at the nearest unit above with a
   * council for the campaign, arriving in that council's intake (endorsed), linked to the one
   * below. The council's quota counts every promotion it has made. Each refusal is the reason
   * the round's page showed beforehand (see `promotion.ts`).
   */
  async promote(viewer: Viewer, roundId: string, candidacyIds: string[]): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      // The seat from the table; a round not closed yet is refused with the reason the page shows.
      requireSeat(ctx, ROUND_TABLE.PROMOTE.seats!, ROUND_TABLE.PROMOTE.step);
      await lockQuota(tx, ctx.council);
      const target = await promotionTarget(tx, ctx.council, ctx.unitPath);
      if (!ROUND_TABLE.PROMOTE.from.includes(ctx.round.state))
        throw promotionRefusal(PromotionBlock.ROUND_NOT_CLOSED, target);
      const entries: Array<{
        id: string;
        candidacy_id: string;
        model_id: string;
        state: CandidacyState;
        recognition: Recognition | null;
        promoted: string | null;
      }> = await tx.query(
        `SELECT e.id, e.candidacy_id, c.model_id, c.state, c.recognition, e.promoted_candidacy_id AS promoted
             FROM round_entry e JOIN candidacy c ON c.id = e.candidacy_id
            WHERE e.round_id = $1 AND e.removed_at IS NULL AND e.candidacy_id = ANY($2::uuid[])`,
        [ctx.round.id, candidacyIds.filter(isId)],
      );
      const missing = candidacyIds.filter((id) => !entries.some((e) => e.candidacy_id === id));
      if (missing.length) throw noSuchEntries(missing);
      for (const e of entries) {
        const block = blockOf(target, ctx.member!.seat, ctx.round.state, {
          ...e,
          promoted: e.promoted !== null,
        });
        if (block) throw promotionRefusal(block, target);
      }
      const { used } = target;
      if (used + entries.length > ctx.council.promotionQuota) {
        throw quotaRefusal(ctx.council.promotionQuota, used, entries.length);
      }
      const { parent } = target;
      if (!parent) throw promotionRefusal(PromotionBlock.NO_PARENT_COUNCIL, target);
      for (const e of entries) {
        // The table's promotion: the new candidacy, both audit events, the registrant told.
        const promoted = await this.transitions.open(tx, viewer, {
          action: OpeningAction.PROMOTED,
          modelId: e.model_id,
          campaignId: ctx.council.campaignId,
          unitId: parent.unitId,
          sourceId: e.candidacy_id,
          council: ctx.council,
        });
        await tx.query('UPDATE round_entry SET promoted_candidacy_id = $2 WHERE id = $1', [
          e.id,
          promoted.id,
        ]);
      }
      return this.rounds.touch(tx, ctx.round);
    });
  }
}
