import type { DataSource, EntityManager } from 'typeorm';
import {
  CandidacyAction,
  CandidacyState,
  needed,
  statesLeavingBy,
  RoundOperation,
  ROUND_OPENING,
  ROUND_TABLE,
} from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { refuse } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import type { TransitionService } from '../candidacy/transition.service';
import { belongsToCouncil } from '../council/council-scope';
import type { NotificationService } from '../notification/notification.service';
import { councilContext, lockRound, noSuchEntries, requireReviewOpen } from './round-access';
import { requireOperation, requireSeat } from './round.policy';
import { ReviewRound } from './round.entity';
import { dropRunningTally, recordTally, tallyRound } from '../tally/tally';
import { attendanceOf } from '../review/attendance';

/** The one state an action leaves from, read off the transition table. */
const transitionSource = (action: CandidacyAction): CandidacyState => {
  const from = statesLeavingBy(action);
  if (from.length !== 1) throw new Error(`${action} must leave from exactly one state`);
  return from[0];
};

/**
 * Candidacies (c, at unit cu) of the council's campaign ($1) inside the council's unit ($2, its
 * path) whose nearest council is this one ($3): a council below takes its own.
 */
const IN_SCOPE = `c.campaign_id = $1 AND ${belongsToCouncil({
  campaignId: '$1',
  councilId: '$3',
  councilPath: '$2',
  candidacyPath: 'cu.path',
})}`;

/**
 * A council's rounds: the secretary opens one, takes endorsed candidacies into it, assigns the
 * members and moves it to scoring and voting; the chair closes it, which tallies every entry and
 * turns the outcomes into transitions, once the members present make the quorum; the secretary
 * records attendance during voting (`review/`) and promotes exemplary ones (`promotion/`).
 */
export class RoundService {
  constructor(
    private readonly db: DataSource,
    private readonly transitions: TransitionService,
    readonly notifications: NotificationService,
  ) {}

  async open(viewer: Viewer, councilId: string, name: string): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await councilContext(tx, viewer, councilId);
      requireSeat(ctx, ROUND_OPENING.seats, ROUND_OPENING.step);
      return tx
        .getRepository(ReviewRound)
        .save({ councilId, name: name.trim(), state: ROUND_OPENING.to, version: 1 });
    });
  }

  /** Endorsed candidacies waiting for this council, not yet in any round. */
  async intakeQueue(councilId: string, councilPath: string, campaignId: string): Promise<string[]> {
    const rows: Array<{ id: string }> = await this.db.query(
      `SELECT c.id FROM candidacy c JOIN org_unit cu ON cu.id = c.unit_id
        WHERE c.state = $4 AND ${IN_SCOPE}
          AND NOT EXISTS (SELECT 1 FROM round_entry e WHERE e.candidacy_id = c.id AND e.removed_at IS NULL)
        ORDER BY c.updated_at`,
      // the state the intake transition leaves from, as the table says
      [campaignId, councilPath, councilId, transitionSource(CandidacyAction.INTAKE)],
    );
    return rows.map((r) => r.id);
  }

  /**
   * Takes candidacies into the round (in_review) through the transition engine, and marks the
   * members whose own unit sits on the nominating branch as excluded from each.
   */
  async intake(viewer: Viewer, roundId: string, candidacyIds: string[]): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, RoundOperation.ADD_ENTRIES);
      await requireReviewOpen(tx, ctx);
      const rows: Array<{ id: string; version: number; model_path: string }> = await tx.query(
        `SELECT c.id, c.version, mu.path AS model_path
           FROM candidacy c JOIN org_unit cu ON cu.id = c.unit_id
           JOIN model m ON m.id = c.model_id JOIN org_unit mu ON mu.id = m.unit_id
          WHERE c.id = ANY($4::uuid[]) AND ${IN_SCOPE}`,
        [ctx.council.campaignId, ctx.unitPath, ctx.council.id, candidacyIds.filter(isId)],
      );
      const missing = candidacyIds.filter((id) => !rows.some((r) => r.id === id));
      if (missing.length) throw refuse('OUTSIDE_COUNCIL_SCOPE', {}, { missing });
      for (const row of rows) {
        await this.transitions.apply(
          tx,
          viewer,
          { candidacyId: row.id, version: row.version, action: CandidacyAction.INTAKE },
          ctx.council,
        );
        const [{ id: entryId }] = await tx.query(
          'INSERT INTO round_entry (round_id, candidacy_id) VALUES ($1, $2) RETURNING id',
          [ctx.round.id, row.id],
        );
        await tx.query(
          `INSERT INTO conflict_of_interest (entry_id, member_id, kind, reason)
           SELECT $1, cm.id, 'AUTOMATIC', 'own unit on the nominating side: ' || mu.name
             FROM council_member cm JOIN app_user u ON u.id = cm.user_id JOIN org_unit mu ON mu.id = u.unit_id
            WHERE cm.council_id = $2 AND mu.path LIKE $3 || '_%'
              AND ($4 LIKE mu.path || '%' OR mu.path LIKE $4 || '%')`,
          [entryId, ctx.council.id, ctx.unitPath, row.model_path],
        );
      }
      return this.touch(tx, ctx.round);
    });
  }

  /** Sends an entry back to its unit with a reason (in_review → returned). */
  async returnEntry(
    viewer: Viewer,
    roundId: string,
    candidacyId: string,
    reason: string,
  ): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, RoundOperation.RETURN_ENTRY);
      const rows: Array<{ id: string; version: number }> = await tx.query(
        `SELECT e.id, c.version FROM round_entry e JOIN candidacy c ON c.id = e.candidacy_id
          WHERE e.round_id = $1 AND e.candidacy_id = $2 AND e.removed_at IS NULL`,
        [ctx.round.id, isId(candidacyId) ? candidacyId : null],
      );
      if (!rows.length) throw noSuchEntries([candidacyId]);
      await this.transitions.apply(
        tx,
        viewer,
        { candidacyId, version: rows[0].version, action: CandidacyAction.RETURN, reason },
        ctx.council,
      );
      await tx.query('UPDATE round_entry SET removed_at = now() WHERE id = $1', [rows[0].id]);
      return this.touch(tx, ctx.round);
    });
  }

  /** The secretary moves a round on (draft → scoring → voting), as the lifecycle table says. */
  async advance(
    viewer: Viewer,
    roundId: string,
    operation: typeof RoundOperation.START_SCORING | typeof RoundOperation.START_VOTING,
  ): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, operation);
      const { to, notify } = ROUND_TABLE[operation];
      // Scoring needs entries, each with someone to score it.
      if (ROUND_TABLE.SUBMIT_SCORES.from.includes(to!)) {
        const [{ entries, unassigned }] = await tx.query(
          `SELECT count(*)::int AS entries,
                  count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM assignment a WHERE a.entry_id = e.id))::int AS unassigned
             FROM round_entry e WHERE e.round_id = $1 AND e.removed_at IS NULL`,
          [ctx.round.id],
        );
        if (entries === 0) throw refuse('ROUND_EMPTY');
        if (unassigned > 0) throw refuse('ENTRIES_UNASSIGNED', { count: unassigned });
      }
      ctx.round.state = to!;
      const saved = await this.touch(tx, ctx.round);
      await this.notifications.notifyRound(tx, {
        kind: notify!,
        roundId: ctx.round.id,
        actor: viewer.user,
      });
      return saved;
    });
  }

  /**
   * The chair closes voting: every entry is tallied on the council's rules (`tally/tally.ts`)
   * and its outcome becomes a transition (recognised or not) with its audit event, all in one
   * transaction.
   */
  async close(viewer: Viewer, roundId: string): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, RoundOperation.CLOSE);
      const { council } = ctx;
      // The session decides only with its quorum present, as the secretary recorded it.
      const attendance = await attendanceOf(tx, ctx.round.id, council.id);
      const present = attendance.filter((a) => a.present).length;
      const quorum = needed(council.quorum, attendance.length);
      if (present < quorum) {
        const counts = { present, needed: quorum, members: attendance.length };
        throw refuse('QUORUM_NOT_MET', counts, counts);
      }
      const campaign = await tx.getRepository(Campaign).findOneByOrFail({ id: council.campaignId });
      for (const t of await tallyRound(tx, ctx.round.id, council, campaign)) {
        await this.transitions.apply(
          tx,
          viewer,
          {
            candidacyId: t.candidacyId,
            version: t.version,
            action: t.result.recognition
              ? CandidacyAction.RECOGNISE
              : CandidacyAction.NOT_RECOGNISE,
          },
          { ...council, recognition: t.result.recognition },
        );
        await recordTally(tx, t);
      }
      await dropRunningTally(tx, ctx.round.id);
      ctx.round.state = ROUND_TABLE.CLOSE.to!;
      ctx.round.closedAt = new Date();
      return this.touch(tx, ctx.round);
    });
  }

  /** The chair shows the ranking to the members. */
  async publish(viewer: Viewer, roundId: string): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, RoundOperation.PUBLISH);
      const first = !ctx.round.publishedAt;
      ctx.round.publishedAt ??= new Date();
      const saved = await this.touch(tx, ctx.round);
      if (first) {
        await this.notifications.notifyRound(tx, {
          kind: ROUND_TABLE.PUBLISH.notify!,
          roundId: ctx.round.id,
          actor: viewer.user,
        });
      }
      return saved;
    });
  }

  /** Saves the round with a new version and tells the round's watchers. */
  async touch(tx: EntityManager, round: ReviewRound): Promise<ReviewRound> {
    round.version += 1;
    const saved = await tx.getRepository(ReviewRound).save(round);
    await EventBus.publish(tx, { type: 'round.changed', roundId: round.id });
    return saved;
  }
}
