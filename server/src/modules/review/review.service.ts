import type { DataSource, EntityManager } from 'typeorm';
import { CouncilEvent, Vote, RoundOperation, sheetProblems } from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { refuse, forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import { entryOf, lockRound, requireReviewOpen } from '../round/round-access';
import { requireMember, requireOperation } from '../round/round.policy';
import type { RoundService } from '../round/round.service';
import type { ReviewRound, RoundEntry } from '../round/round.entity';
import { reviewAccess } from './review-access';

export interface ScoreInput {
  criterion: string;
  points: number;
  comment?: string | null;
}

/**
 * The members' work in a round: who reviews what (assignment, conflicts of interest), score
 * sheets while scoring is open, secret ballots while voting is open.
 */
export class ReviewService {
  constructor(
    private readonly db: DataSource,
    private readonly rounds: RoundService,
  ) {}

  /**
   * Assigns every eligible member to every entry, or `perEntry` members to each, choosing the
   * least loaded eligible members first (ties by seat order, then id) so the load is balanced.
   * Replaces earlier assignments; members excluded from an entry are never assigned to it.
   */
  async assign(viewer: Viewer, roundId: string, perEntry: number | null): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const ctx = await lockRound(tx, viewer, roundId);
      requireOperation(ctx, RoundOperation.ASSIGN);
      const entries: Array<{ id: string }> = await tx.query(
        'SELECT id FROM round_entry WHERE round_id = $1 AND removed_at IS NULL ORDER BY intake_order',
        [ctx.round.id],
      );
      const members: Array<{ id: string }> = await tx.query(
        `SELECT id FROM council_member WHERE council_id = $1 ORDER BY id`,
        [ctx.council.id],
      );
      const excluded: Array<{ entry_id: string; member_id: string }> = await tx.query(
        `SELECT x.entry_id, x.member_id FROM conflict_of_interest x JOIN round_entry e ON e.id = x.entry_id
          WHERE e.round_id = $1`,
        [ctx.round.id],
      );
      const load = new Map(members.map((m) => [m.id, 0]));
      const pairs: Array<[string, string]> = [];
      for (const entry of entries) {
        const eligible = members
          .filter((m) => !excluded.some((x) => x.entry_id === entry.id && x.member_id === m.id))
          .sort((a, b) => load.get(a.id)! - load.get(b.id)! || a.id.localeCompare(b.id));
        const chosen = perEntry === null ? eligible : eligible.slice(0, perEntry);
        if (perEntry !== null && chosen.length < perEntry) {
          throw refuse('TOO_FEW_REVIEWERS', { count: chosen.length }, { field: 'perEntry' });
        }
        for (const m of chosen) {
          load.set(m.id, load.get(m.id)! + 1);
          pairs.push([entry.id, m.id]);
        }
      }
      await tx.query(
        'DELETE FROM assignment a USING round_entry e WHERE e.id = a.entry_id AND e.round_id = $1',
        [ctx.round.id],
      );
      if (pairs.length) {
        await tx.query(
          `INSERT INTO assignment (entry_id, member_id)
           SELECT * FROM unnest($1::uuid[], $2::uuid[])`,
          [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
        );
      }
      await this.rounds.notifications.notifyRound(tx, {
        kind: CouncilEvent.ASSIGNED,
        roundId: ctx.round.id,
        actor: viewer.user,
      });
      return this.rounds.touch(tx, ctx.round);
    });
  }

  /** The secretary changes who reviews one entry. */
  async setReviewers(viewer: Viewer, entryId: string, memberIds: string[]): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const entry = await entryOf(tx, entryId);
      const ctx = await lockRound(tx, viewer, entry.round_id);
      requireOperation(ctx, RoundOperation.SET_REVIEWERS);
      const ok: Array<{ id: string }> = await tx.query(
        `SELECT m.id FROM council_member m
          WHERE m.council_id = $1 AND m.id = ANY($2::uuid[])
            AND NOT EXISTS (SELECT 1 FROM conflict_of_interest x WHERE x.entry_id = $3 AND x.member_id = m.id)`,
        [ctx.council.id, memberIds, entry.id],
      );
      if (ok.length !== new Set(memberIds).size || ok.length === 0) {
        throw refuse('REVIEWERS_INVALID', {}, { field: 'memberIds' });
      }
      await tx.query(
        'DELETE FROM assignment WHERE entry_id = $1 AND NOT (member_id = ANY($2::uuid[]))',
        [entry.id, memberIds],
      );
      await tx.query(
        `INSERT INTO assignment (entry_id, member_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
        [entry.id, memberIds],
      );
      return this.rounds.touch(tx, ctx.round);
    });
  }

  /** A member declares a conflict of interest: from then on they neither score nor vote on it. */
  async declareConflict(viewer: Viewer, entryId: string, reason: string): Promise<ReviewRound> {
    return this.db.transaction(async (tx) => {
      const entry = await entryOf(tx, entryId);
      const ctx = await lockRound(tx, viewer, entry.round_id);
      const member = requireMember(ctx);
      requireOperation(ctx, RoundOperation.DECLARE_CONFLICT);
      if (!reason.trim()) throw refuse('REASON_REQUIRED', {}, { field: 'reason' });
      await tx.query(
        `INSERT INTO conflict_of_interest (entry_id, member_id, kind, reason) VALUES ($1, $2, 'DECLARED', $3)
         ON CONFLICT (entry_id, member_id) DO NOTHING`,
        [entry.id, member.id, reason.trim()],
      );
      await tx.query('DELETE FROM assignment WHERE entry_id = $1 AND member_id = $2', [
        entry.id,
        member.id,
      ]);
      await tx.query('DELETE FROM score WHERE entry_id = $1 AND member_id = $2', [
        entry.id,
        member.id,
      ]);
      return this.rounds.touch(tx, ctx.round);
    });
  }

  /**
   * Saves the member's score sheet for an entry: one row per criterion, 0 to its maximum in half
   * points, changeable until scoring closes. The primary key makes a second sheet impossible;
   * parallel submissions end as one. A bounded number of statements whatever the round's size
   * (`pnpm bench:score-write`); returns the entry, the one thing that changed.
   */
  async submitScores(viewer: Viewer, entryId: string, scores: ScoreInput[]): Promise<RoundEntry> {
    return this.db.transaction(async (tx) => {
      const ctx = await reviewAccess(tx, viewer, entryId, 'sheet');
      const member = requireMember(ctx);
      requireOperation(ctx, RoundOperation.SUBMIT_SCORES);
      await requireReviewOpen(tx, ctx);
      if (!ctx.assigned || ctx.excluded) throw forbidden('NOT_ASSIGNED');
      const problems = sheetProblems(ctx.rubric, scores);
      if (problems.length) throw refuse('SCORE_SHEET_INVALID', {}, { problems });
      await tx.query(
        `INSERT INTO score (entry_id, member_id, criterion, points, comment)
         SELECT $1, $2, * FROM unnest($3::text[], $4::numeric[], $5::text[])
         ON CONFLICT (entry_id, member_id, criterion)
         DO UPDATE SET points = EXCLUDED.points, comment = EXCLUDED.comment, updated_at = now()`,
        [
          ctx.entry.id,
          member.id,
          scores.map((s) => s.criterion),
          scores.map((s) => s.points),
          scores.map((s) => s.comment?.trim() || null),
        ],
      );
      await publishEntryChange(tx, ctx.entry);
      return ctx.entry;
    });
  }

  /**
   * Casts the member's secret ballot on an entry, once. Only the entry's counts and that the
   * member voted are kept, and nothing in the tables tells which count was theirs: the vote adds
   * one to the entry's tally, and every has-voted mark of the entry is written again in the same
   * transaction, in member order, so they all share the tally's transaction id and none stands
   * out by it or by its place (see the BallotTally migration for what this does not hide). The
   * entry's row lock serialises the ballots of an entry; other entries' ballots go on.
   */
  async castBallot(viewer: Viewer, entryId: string, vote: Vote): Promise<RoundEntry> {
    return this.db.transaction(async (tx) => {
      const ctx = await reviewAccess(tx, viewer, entryId, 'ballot');
      const member = requireMember(ctx);
      requireOperation(ctx, RoundOperation.CAST_BALLOT);
      await requireReviewOpen(tx, ctx);
      if (ctx.excluded) throw forbidden('EXCLUDED_BY_CONFLICT');
      const entry = ctx.entry;
      const marks: Array<{ member_id: string }> = await tx.query(
        'SELECT member_id FROM ballot_cast WHERE entry_id = $1',
        [entry.id],
      );
      if (marks.some((m) => m.member_id === member.id)) throw refuse('ALREADY_VOTED');
      await tx.query('DELETE FROM ballot_cast WHERE entry_id = $1', [entry.id]);
      await tx.query(
        `INSERT INTO ballot_cast (entry_id, member_id)
         SELECT $1, m FROM unnest($2::uuid[]) m ORDER BY m`,
        [entry.id, [...marks.map((m) => m.member_id), member.id]],
      );
      await tx.query(
        `INSERT INTO ballot_tally (entry_id, approve, reject, abstain) VALUES ($1, $2, $3, $4)
         ON CONFLICT (entry_id) DO UPDATE SET approve = ballot_tally.approve + EXCLUDED.approve,
           reject = ballot_tally.reject + EXCLUDED.reject, abstain = ballot_tally.abstain + EXCLUDED.abstain`,
        [entry.id, ...VOTES.map((v) => (v === vote ? 1 : 0))],
      );
      await publishEntryChange(tx, entry);
      return entry;
    });
  }
}

/** Watchers of the round hear which entry changed, and fetch nothing else for it. */
const publishEntryChange = (tx: EntityManager, entry: RoundEntry) =>
  EventBus.publish(tx, { type: 'round.changed', roundId: entry.roundId, entryId: entry.id });

/** The tally's columns, in order. */
const VOTES = [Vote.APPROVE, Vote.REJECT, Vote.ABSTAIN] as const;
