import type { DataSource, EntityManager } from 'typeorm';
import {
  CandidacyAction,
  CandidacyState,
  Recognition,
  ROUND_FINAL_STATES,
  type AwardType,
} from '@vinh-danh/shared';
import { forbidden, notFound, refuse } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import type { TransitionService } from '../candidacy/transition.service';
import { lockRound } from '../round/round-access';
import { issuerServes } from './commendation.policy';
import { Issuer } from './issuer.entity';
import { Proposal, ProposalEntry } from './proposal.entity';

export interface ProposalRequest {
  roundId: string;
  issuerId: string;
  awardType: AwardType;
  entries: Array<{ candidacyId: string; achievement: string }>;
}

/** Nothing longer goes on a certificate's line. */
const ACHIEVEMENT_MAX = 500;

/**
 * A closed round's exemplary entries go to the signing authority on one proposal, each with the
 * award it asks for and the achievement line the certificate will print. Every candidacy moves
 * to PROPOSED through the one transition path, in the same transaction as the proposal.
 */
export class ProposalService {
  constructor(
    private readonly db: DataSource,
    private readonly transitions: TransitionService,
  ) {}

  async propose(viewer: Viewer, req: ProposalRequest): Promise<Proposal> {
    const entries = req.entries.map((e) => ({
      candidacyId: e.candidacyId,
      achievement: e.achievement.normalize('NFC').trim(),
    }));
    if (entries.length === 0) throw refuse('PROPOSAL_EMPTY');
    if (entries.some((e) => !e.achievement || e.achievement.length > ACHIEVEMENT_MAX))
      throw refuse('ACHIEVEMENT_REQUIRED', {}, { field: 'achievement' });
    if (
      new Set(entries.map((e) => e.candidacyId)).size !== entries.length ||
      !entries.every((e) => isId(e.candidacyId))
    )
      throw refuse('BAD_USER_INPUT', {}, { field: 'entries' });

    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, req.roundId);
      if (!ROUND_FINAL_STATES.includes(ctx.round.state)) throw refuse('ROUND_NOT_CLOSED');
      const issuer = isId(req.issuerId)
        ? await tx.getRepository(Issuer).findOneBy({ id: req.issuerId })
        : null;
      if (!issuer) throw notFound();
      const [{ path: issuerPath }] = await tx.query('SELECT path FROM org_unit WHERE id = $1', [
        issuer.unitId,
      ]);
      if (!issuerServes(issuerPath, ctx.unitPath)) throw forbidden('OUTSIDE_SCOPE');
      if (!issuer.awardTypes.includes(req.awardType))
        throw refuse('ISSUER_CANNOT_GIVE', { award: req.awardType }, { field: 'awardType' });

      const rows = await this.lockEntries(
        tx,
        ctx.round.id,
        entries.map((e) => e.candidacyId),
      );
      for (const e of entries) {
        const row = rows.get(e.candidacyId);
        if (!row) throw refuse('NOT_IN_ROUND');
        if (row.proposed) throw refuse('ALREADY_PROPOSED', { title: row.title });
        if (row.state !== CandidacyState.RECOGNISED || row.recognition !== Recognition.EXEMPLARY)
          throw refuse('NOT_PROPOSABLE', { title: row.title });
      }

      const proposal = await tx.getRepository(Proposal).save({
        roundId: ctx.round.id,
        campaignId: ctx.council.campaignId,
        unitId: ctx.council.unitId,
        issuerId: issuer.id,
        awardType: req.awardType,
        createdBy: viewer.user.id,
      });
      await tx
        .getRepository(ProposalEntry)
        .insert(entries.map((e, i) => ({ proposalId: proposal.id, position: i + 1, ...e })));
      const council = { id: ctx.council.id, name: ctx.council.name };
      for (const e of entries) {
        await this.transitions.apply(
          tx,
          viewer,
          {
            candidacyId: e.candidacyId,
            version: rows.get(e.candidacyId)!.version,
            action: CandidacyAction.PROPOSE,
            via: 'proposal',
          },
          council,
        );
      }
      return proposal;
    });
  }

  /**
   * The round's entries asked for, locked in one order (so two proposals of the same entries
   * queue instead of deadlocking), with what decides whether each may be proposed.
   */
  private async lockEntries(tx: EntityManager, roundId: string, candidacyIds: string[]) {
    const rows: Array<{
      id: string;
      version: number;
      state: CandidacyState;
      recognition: Recognition | null;
      title: string;
      proposed: boolean;
    }> = await tx.query(
      `SELECT c.id, c.version, c.state, c.recognition, m.title,
              EXISTS (SELECT 1 FROM proposal_entry p WHERE p.candidacy_id = c.id) AS proposed
         FROM candidacy c
         JOIN round_entry e ON e.candidacy_id = c.id AND e.round_id = $1 AND e.removed_at IS NULL
         JOIN model m ON m.id = c.model_id
        WHERE c.id = ANY($2::uuid[])
        ORDER BY c.id
          FOR UPDATE OF c`,
      [roundId, candidacyIds],
    );
    return new Map(rows.map((r) => [r.id, r]));
  }
}
