import type { DataSource, EntityManager } from 'typeorm';
import {
  CandidacyAction,
  CouncilEvent,
  notificationKindOf,
  Role,
  type NotificationKind,
  type Recognition,
} from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { pageByTime, type Page } from '../../infra/graphql/pagination';
import type { Viewer } from '../auth/viewer';
import { Notification, type NotificationMessage } from './notification.entity';

export interface TransitionFacts {
  action: CandidacyAction;
  candidacyId: string;
  unitPath: string;
  modelTitle: string;
  modelCreatedBy: string;
  actor: { id: string; displayName: string };
  reason?: string | null;
  /** the council acting, for its own transitions (intake, recognition) */
  councilName?: string | null;
  /** the level a tally gave a recognition */
  recognition?: Recognition | null;
}

/** A round's event for its members: who acted, and which round. */
export interface RoundFacts {
  kind:
    | typeof CouncilEvent.ASSIGNED
    | typeof CouncilEvent.SCORING_OPEN
    | typeof CouncilEvent.VOTING_OPEN
    | typeof CouncilEvent.RESULTS_PUBLISHED;
  roundId: string;
  actor: { id: string; displayName: string };
}

/**
 * Who is told of a transition: the officer who registered the model when it is returned,
 * endorsed, withdrawn, taken in or decided on by someone else; the leaders nearest above the
 * unit when a submission awaits them.
 */
const recipients = async (tx: EntityManager, f: TransitionFacts): Promise<string[]> => {
  if (f.action === CandidacyAction.SUBMIT) {
    const rows: Array<{ user_id: string }> = await tx.query(
      `WITH leaders AS (
         SELECT g.user_id, u.depth FROM role_grant g
           JOIN org_unit u ON u.id = g.unit_id
           JOIN app_user p ON p.id = g.user_id AND p.active
          WHERE g.role = $1 AND $2 LIKE u.path || '%')
       SELECT DISTINCT user_id FROM leaders WHERE depth = (SELECT max(depth) FROM leaders)`,
      [Role.UNIT_LEADER, f.unitPath],
    );
    return rows.map((r) => r.user_id);
  }
  return [f.modelCreatedBy];
};

/**
 * Members told of a round's event: those given entries to score (ASSIGNED, with how many; and
 * SCORING_OPEN), every member for voting and results.
 */
const EVERY_MEMBER = `SELECT cm.user_id, NULL::int AS count
    FROM review_round r JOIN council_member cm ON cm.council_id = r.council_id WHERE r.id = $1`;

const ROUND_RECIPIENTS: Record<RoundFacts['kind'], string> = {
  [CouncilEvent.ASSIGNED]: `SELECT cm.user_id, count(*)::int AS count
      FROM assignment a JOIN round_entry e ON e.id = a.entry_id AND e.removed_at IS NULL
      JOIN council_member cm ON cm.id = a.member_id
     WHERE e.round_id = $1 GROUP BY cm.user_id`,
  [CouncilEvent.SCORING_OPEN]: `SELECT DISTINCT cm.user_id, NULL::int AS count
      FROM assignment a JOIN round_entry e ON e.id = a.entry_id AND e.removed_at IS NULL
      JOIN council_member cm ON cm.id = a.member_id
     WHERE e.round_id = $1`,
  [CouncilEvent.VOTING_OPEN]: EVERY_MEMBER,
  [CouncilEvent.RESULTS_PUBLISHED]: EVERY_MEMBER,
};

export class NotificationService {
  constructor(private readonly db: DataSource) {}

  /** Inside the transition's transaction: the rows commit with it, the events go out on commit. */
  async notifyTransition(tx: EntityManager, facts: TransitionFacts): Promise<void> {
    const users = (await recipients(tx, facts)).filter((id) => id !== facts.actor.id);
    for (const userId of users) {
      await this.insert(
        tx,
        userId,
        notificationKindOf(facts.action, facts.recognition),
        facts.candidacyId,
        {
          modelTitle: facts.modelTitle,
          actorName: facts.actor.displayName,
          reason: facts.reason ?? null,
          councilName: facts.councilName ?? null,
        },
      );
    }
  }

  /** A round moved on: its members hear of it, inside the same transaction. */
  async notifyRound(tx: EntityManager, facts: RoundFacts): Promise<void> {
    const [round]: Array<{ name: string; council_name: string }> = await tx.query(
      `SELECT r.name, k.name AS council_name FROM review_round r JOIN council k ON k.id = r.council_id
        WHERE r.id = $1`,
      [facts.roundId],
    );
    const rows: Array<{ user_id: string; count: number | null }> = await tx.query(
      ROUND_RECIPIENTS[facts.kind],
      [facts.roundId],
    );
    for (const row of rows.filter((r) => r.user_id !== facts.actor.id)) {
      await this.insert(tx, row.user_id, facts.kind, null, {
        actorName: facts.actor.displayName,
        councilName: round.council_name,
        roundId: facts.roundId,
        roundName: round.name,
        count: row.count,
      });
    }
  }

  /** A model sent up a level: its officer hears where it went. */
  async notifyPromoted(
    tx: EntityManager,
    facts: { candidacyId: string; actor: { id: string; displayName: string }; unitName: string },
  ): Promise<void> {
    const [model]: Array<{ title: string; created_by: string }> = await tx.query(
      'SELECT m.title, m.created_by FROM candidacy c JOIN model m ON m.id = c.model_id WHERE c.id = $1',
      [facts.candidacyId],
    );
    if (!model || model.created_by === facts.actor.id) return;
    await this.insert(tx, model.created_by, CouncilEvent.PROMOTED, facts.candidacyId, {
      modelTitle: model.title,
      actorName: facts.actor.displayName,
      unitName: facts.unitName,
    });
  }

  private async insert(
    tx: EntityManager,
    userId: string,
    kind: NotificationKind,
    candidacyId: string | null,
    message: NotificationMessage,
  ): Promise<void> {
    const { identifiers } = await tx
      .getRepository(Notification)
      .insert({ userId, kind, candidacyId, message });
    await EventBus.publish(tx, {
      type: 'notification.created',
      userId,
      notificationId: identifiers[0].id as string,
    });
  }

  async list(
    viewer: Viewer,
    first: number,
    after?: string | null,
    unreadOnly = false,
  ): Promise<Page<Notification>> {
    const q = this.db
      .getRepository(Notification)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: viewer.user.id });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    return pageByTime(q, 'n', 'created_at', { first, after });
  }

  async unreadCount(viewer: Viewer): Promise<number> {
    const [{ n }] = await this.db.query(
      'SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL',
      [viewer.user.id],
    );
    return n;
  }

  /** Marks the given notifications read, or all of the viewer's when no ids are given. */
  async markRead(viewer: Viewer, ids: string[] | null): Promise<number> {
    const result: [unknown[], number] = await this.db.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND read_at IS NULL AND ($2::uuid[] IS NULL OR id = ANY($2::uuid[]))`,
      [viewer.user.id, ids],
    );
    return result[1];
  }

  async get(id: string): Promise<Notification | null> {
    return this.db.getRepository(Notification).findOneBy({ id });
  }
}
