import type { DataSource, EntityManager } from 'typeorm';
import {
  actionsFrom,
  CandidacyAction,
  isOpenOn,
  missingParts,
  transitionFor,
  type CandidacyState,
  type Recognition,
  type Seat,
  type Transition,
} from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { refuse, forbidden, notFound, conflict } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { recordAudit } from '../audit/audit';
import type { Viewer } from '../auth/viewer';
import type { CampaignPhase } from '../campaign/campaign-phase.entity';
import type { CampaignService } from '../campaign/campaign.service';
import { todayInVietnam } from '../campaign/today';
import { Model } from '../model/model.entity';
import type { NotificationService } from '../notification/notification.service';
import { Candidacy } from './candidacy.entity';
import { mayTake, maySeeCandidacy, rolesOn } from './candidacy.policy';

export interface TransitionRequest {
  candidacyId: string;
  /** the version the caller saw */
  version: number;
  action: CandidacyAction;
  reason?: string | null;
}

interface Locked {
  candidacy: Candidacy;
  unitPath: string;
  model: Model;
}

/**
 * The one path by which a candidacy changes state. In one transaction: lock the row, compare
 * the version, check the table, the caller's roles on the unit and the guards, write the new
 * state and its audit event and notifications; the domain event goes out on commit.
 */
export class TransitionService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignService,
    private readonly notifications: NotificationService,
  ) {}

  async perform(viewer: Viewer, req: TransitionRequest): Promise<Candidacy> {
    return this.db.transaction((tx) => this.apply(tx, viewer, req));
  }

  /**
   * The same path inside a caller's transaction, for council actions: the round service has
   * checked the council's scope and passes the viewer's seats on it (and the recognition a
   * tally decided).
   */
  async apply(
    tx: EntityManager,
    viewer: Viewer,
    req: TransitionRequest,
    council: { seats: readonly Seat[]; recognition?: Recognition | null; name?: string } = {
      seats: [],
    },
  ): Promise<Candidacy> {
    const { candidacy, unitPath, model } = await this.lock(tx, req.candidacyId);
    if (council.seats.length === 0 && !maySeeCandidacy(viewer, unitPath)) {
      throw forbidden('OUTSIDE_SCOPE');
    }
    if (candidacy.version !== req.version) throw conflict();
    const transition = transitionFor(req.action, candidacy.state);
    if (!transition) {
      throw refuse('ACTION_NOT_IN_STATE', {}, { state: candidacy.state, action: req.action });
    }
    if (
      !mayTake(viewer, transition.roles, unitPath) &&
      !transition.seats.some((x) => council.seats.includes(x))
    ) {
      throw forbidden('ROLE_NOT_ALLOWED');
    }
    const reason = req.reason?.trim() || null;
    if (transition.reasonRequired && !reason) {
      throw refuse('REASON_REQUIRED', {}, { field: 'reason' });
    }
    await this.checkGuards(tx, transition, candidacy, model);

    const from = candidacy.state;
    candidacy.state = transition.to;
    candidacy.version += 1;
    await tx.getRepository(Candidacy).update(
      { id: candidacy.id },
      {
        state: candidacy.state,
        version: candidacy.version,
        updatedAt: new Date(),
        ...(council.recognition !== undefined ? { recognition: council.recognition } : {}),
      },
    );
    await recordAudit(tx, {
      candidacyId: candidacy.id,
      actorId: viewer.user.id,
      action: req.action,
      fromState: from,
      toState: transition.to,
      reason,
    });
    await this.notifications.notifyTransition(tx, {
      action: req.action,
      candidacyId: candidacy.id,
      unitPath,
      modelTitle: model.title,
      modelCreatedBy: model.createdBy,
      actor: { id: viewer.user.id, displayName: viewer.user.displayName },
      reason,
      councilName: council.name ?? null,
      recognition: council.recognition ?? null,
    });
    await EventBus.publish(tx, {
      type: 'candidacy.changed',
      candidacyId: candidacy.id,
      unitPath,
      action: req.action,
      state: transition.to,
    });
    return tx.getRepository(Candidacy).findOneByOrFail({ id: candidacy.id });
  }

  /**
   * What the viewer may do now: the table's actions for their roles on the unit, less those a
   * closed phase forbids. Completeness is left to the attempt, which says what is missing.
   */
  available(
    viewer: Viewer,
    state: CandidacyState,
    unitPath: string,
    phases: CampaignPhase[],
  ): CandidacyAction[] {
    const today = todayInVietnam();
    return actionsFrom(state, rolesOn(viewer, unitPath))
      .filter((t) =>
        t.guards.every(
          (g) =>
            g.kind !== 'phaseOpen' || phases.some((p) => p.phase === g.phase && isOpenOn(p, today)),
        ),
      )
      .map((t) => t.action);
  }

  private async checkGuards(tx: EntityManager, t: Transition, c: Candidacy, model: Model) {
    for (const guard of t.guards) {
      if (guard.kind === 'phaseOpen') {
        await this.campaigns.assertPhaseOpen(tx, c.campaignId, guard.phase);
      } else if (guard.kind === 'dossierComplete') {
        const [{ n }] = await tx.query(
          'SELECT count(*)::int AS n FROM model_indicator WHERE model_id = $1',
          [model.id],
        );
        const missing = missingParts({ ...model, indicatorCount: n });
        if (missing.length) {
          throw refuse('DOSSIER_INCOMPLETE', {}, { missing });
        }
      }
    }
  }

  private async lock(tx: EntityManager, id: string): Promise<Locked> {
    const candidacy = isId(id)
      ? await tx
          .getRepository(Candidacy)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!candidacy) throw notFound();
    const [{ path }] = await tx.query('SELECT path FROM org_unit WHERE id = $1', [
      candidacy.unitId,
    ]);
    const model = await tx.getRepository(Model).findOneByOrFail({ id: candidacy.modelId });
    return { candidacy, unitPath: path, model };
  }
}
