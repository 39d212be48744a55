import type { DataSource, EntityManager } from 'typeorm';
import {
  actionsFrom,
  CandidacyAction,
  isOpenOn,
  missingParts,
  openingFor,
  transitionFor,
  type CandidacyState,
  type Guard,
  type OpeningAction,
  type Recognition,
  type Seat,
  type Transition,
} from '@vinh-danh/shared';
import type { Dispatcher } from '../../infra/events/dispatcher';
import { refuse, forbidden, notFound, conflict } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { recordAudit } from '../audit/audit';
import type { Viewer } from '../auth/viewer';
import type { CampaignPhase } from '../campaign/campaign-phase.entity';
import type { CampaignService } from '../campaign/campaign.service';
import { todayInVietnam } from '../campaign/today';
import { seatsOnCouncilOf } from '../council/council-scope';
import { Model } from '../model/model.entity';
import { Candidacy } from './candidacy.entity';
import type { CandidacyChanged } from './candidacy.events';
import { mayTake, maySeeCandidacy, rolesOn } from './candidacy.policy';

export interface TransitionRequest {
  candidacyId: string;
  /** the version the caller saw */
  version: number;
  action: CandidacyAction;
  reason?: string | null;
  /** the larger act taking the step, for those the table takes only `through` one */
  via?: Transition['through'];
}

/** The council a step is taken on: the engine reads the viewer's seats on it itself. */
export interface CouncilActing {
  id: string;
  name: string;
  /** the level a tally gave a recognition */
  recognition?: Recognition | null;
}

export interface OpeningRequest {
  action: OpeningAction;
  modelId: string;
  campaignId: string;
  unitId: string;
  /** the candidacy a promotion comes from */
  sourceId?: string | null;
  council?: CouncilActing | null;
}

interface Unit {
  id: string;
  path: string;
  name: string;
}

/**
 * The one path by which a candidacy opens or changes state. In one transaction: lock the row,
 * compare the version, check the table, the caller's roles on the unit (or seats on the council
 * reviewing it) and the guards, write the state and its audit event, and raise the domain event
 * its subscribers (notifications, live views) handle in the same transaction.
 */
export class TransitionService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignService,
    private readonly events: Dispatcher<CandidacyChanged>,
  ) {}

  async perform(viewer: Viewer, req: TransitionRequest): Promise<Candidacy> {
    return this.db.transaction((tx) => this.apply(tx, viewer, req));
  }

  /** The same path inside a caller's transaction, for council actions. */
  async apply(
    tx: EntityManager,
    viewer: Viewer,
    req: TransitionRequest,
    council?: CouncilActing,
  ): Promise<Candidacy> {
    const candidacy = isId(req.candidacyId) ? await this.lockCandidacy(tx, req.candidacyId) : null;
    if (!candidacy) throw notFound();
    const unit = await this.unitOf(tx, candidacy.unitId);
    const seats = await this.seatsOf(tx, viewer, council, unit.path);
    if (seats.length === 0 && !maySeeCandidacy(viewer, unit.path)) {
      throw forbidden('OUTSIDE_SCOPE');
    }
    if (candidacy.version !== req.version) throw conflict();
    const transition = transitionFor(req.action, candidacy.state);
    if (!transition) {
      throw refuse('ACTION_NOT_IN_STATE', {}, { state: candidacy.state, action: req.action });
    }
    if (transition.through !== req.via) throw refuse('TAKEN_ELSEWHERE');
    this.requireTaker(viewer, transition, unit.path, seats);
    const reason = req.reason?.trim() || null;
    if (transition.reasonRequired && !reason) {
      throw refuse('REASON_REQUIRED', {}, { field: 'reason' });
    }
    const model = await tx.getRepository(Model).findOneByOrFail({ id: candidacy.modelId });
    await this.checkGuards(tx, transition.guards, candidacy.campaignId, model);

    const from = candidacy.state;
    await tx.getRepository(Candidacy).update(
      { id: candidacy.id },
      {
        state: transition.to,
        version: candidacy.version + 1,
        updatedAt: new Date(),
        ...(council?.recognition !== undefined ? { recognition: council.recognition } : {}),
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
    await this.raise(tx, viewer, transition, { id: candidacy.id, unit, model, reason, council });
    return tx.getRepository(Candidacy).findOneByOrFail({ id: candidacy.id });
  }

  /**
   * A candidacy comes to be, by an opening of the table: registered at its unit (a draft), or
   * promoted from a council's round to the level above (endorsed), which also marks the
   * candidacy it came from in the audit trail.
   */
  async open(tx: EntityManager, viewer: Viewer, req: OpeningRequest): Promise<Candidacy> {
    const opening = openingFor(req.action);
    const source = req.sourceId ? await this.lockCandidacy(tx, req.sourceId) : null;
    if (req.sourceId && !source) throw notFound();
    const unit = await this.unitOf(tx, req.unitId);
    // A council's seat is held for the candidacy it acts on: the one promoted from.
    const seatPath = source ? (await this.unitOf(tx, source.unitId)).path : unit.path;
    const seats = await this.seatsOf(tx, viewer, req.council, seatPath);
    this.requireTaker(viewer, opening, unit.path, seats);
    const model = await tx.getRepository(Model).findOneByOrFail({ id: req.modelId });
    await this.checkGuards(tx, opening.guards, req.campaignId, model);

    const candidacy = await tx.getRepository(Candidacy).save({
      modelId: model.id,
      campaignId: req.campaignId,
      unitId: unit.id,
      state: opening.to,
      version: 1,
      promotedFrom: source?.id ?? null,
    });
    if (source && opening.onSource) {
      await recordAudit(tx, {
        candidacyId: source.id,
        actorId: viewer.user.id,
        action: opening.onSource,
        fromState: source.state,
        toState: source.state,
      });
    }
    await recordAudit(tx, {
      candidacyId: candidacy.id,
      actorId: viewer.user.id,
      action: opening.action,
      fromState: null,
      toState: opening.to,
    });
    await this.raise(tx, viewer, opening, {
      id: candidacy.id,
      sourceId: source?.id ?? null,
      unit,
      model,
      reason: null,
      council: req.council ?? undefined,
    });
    return candidacy;
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
      .filter((t) => !t.through)
      .filter((t) =>
        t.guards.every(
          (g) =>
            g.kind !== 'phaseOpen' || phases.some((p) => p.phase === g.phase && isOpenOn(p, today)),
        ),
      )
      .map((t) => t.action);
  }

  private async seatsOf(
    tx: EntityManager,
    viewer: Viewer,
    council: CouncilActing | null | undefined,
    candidacyPath: string,
  ): Promise<Seat[]> {
    return council ? seatsOnCouncilOf(tx, viewer.user.id, council.id, candidacyPath) : [];
  }

  private requireTaker(
    viewer: Viewer,
    rule: Pick<Transition, 'roles' | 'seats'>,
    unitPath: string,
    seats: readonly Seat[],
  ): void {
    if (!mayTake(viewer, rule.roles, unitPath) && !rule.seats.some((x) => seats.includes(x))) {
      throw forbidden('ROLE_NOT_ALLOWED');
    }
  }

  private async raise(
    tx: EntityManager,
    viewer: Viewer,
    rule: CandidacyChanged['rule'],
    facts: {
      id: string;
      sourceId?: string | null;
      unit: Unit;
      model: Model;
      reason: string | null;
      council?: CouncilActing;
    },
  ): Promise<void> {
    await this.events.emit(tx, {
      type: 'candidacy.changed',
      rule,
      candidacyId: facts.id,
      sourceId: facts.sourceId ?? null,
      state: rule.to,
      unit: facts.unit,
      model: { title: facts.model.title, createdBy: facts.model.createdBy },
      actor: { id: viewer.user.id, displayName: viewer.user.displayName },
      reason: facts.reason,
      councilName: facts.council?.name ?? null,
      recognition: facts.council?.recognition ?? null,
    });
  }

  private async checkGuards(
    tx: EntityManager,
    guards: readonly Guard[],
    campaignId: string,
    model: Model,
  ) {
    for (const guard of guards) {
      if (guard.kind === 'phaseOpen') {
        await this.campaigns.assertPhaseOpen(tx, campaignId, guard.phase);
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

  private lockCandidacy(tx: EntityManager, id: string): Promise<Candidacy | null> {
    return tx
      .getRepository(Candidacy)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  }

  private async unitOf(tx: EntityManager, id: string): Promise<Unit> {
    const [unit] = await tx.query('SELECT id, path, name FROM org_unit WHERE id = $1', [id]);
    if (!unit) throw notFound();
    return unit;
  }
}
