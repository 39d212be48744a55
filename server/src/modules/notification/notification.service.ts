import type { DataSource, EntityManager } from 'typeorm';
import {
  CouncilEvent,
  notificationKindOf,
  type NotificationKind,
  type RoundEvent,
} from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { pageByTime, type Page } from '../../infra/graphql/pagination';
import type { Viewer } from '../auth/viewer';
import type { CandidacyChanged } from '../candidacy/candidacy.events';
import { Notification, type NotificationMessage } from './notification.entity';

/** A round's event for its members: who acted, and which round. */
export interface RoundFacts {
  kind: RoundEvent;
  roundId: string;
  actor: { id: string; displayName: string };
}

/** Who is told of a step, as its rule in the table says (`notify`). */
const audienceOf = async (tx: EntityManager, e: CandidacyChanged): Promise<string[]> => {
  const audience = e.rule.notify;
  if (audience.kind === 'nobody') return [];
  if (audience.kind === 'registrant') return [e.model.createdBy];
  const rows: Array<{ user_id: string }> = await tx.query(
    `WITH holders AS (
       SELECT g.user_id, u.depth FROM role_grant g
         JOIN org_unit u ON u.id = g.unit_id
         JOIN app_user p ON p.id = g.user_id AND p.active
        WHERE g.role = ANY($1::text[]) AND $2 LIKE u.path || '%')
     SELECT DISTINCT user_id FROM holders WHERE depth = (SELECT max(depth) FROM holders)`,
    [audience.roles, e.unit.path],
  );
  return rows.map((r) => r.user_id);
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

  /**
   * A subscriber of the lifecycle's domain event, inside its transaction: the rows commit with
   * the change. A promotion is linked to the candidacy its unit knows, the one it came from.
   */
  async onCandidacyChanged(tx: EntityManager, e: CandidacyChanged): Promise<void> {
    const kind = notificationKindOf(e.rule.action, e.recognition);
    if (!kind) return;
    const users = (await audienceOf(tx, e)).filter((id) => id !== e.actor.id);
    for (const userId of users) {
      await this.insert(tx, userId, kind, e.sourceId ?? e.candidacyId, {
        modelTitle: e.model.title,
        actorName: e.actor.displayName,
        reason: e.reason,
        councilName: e.councilName,
        ...(e.sourceId ? { unitName: e.unit.name } : {}),
      });
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
