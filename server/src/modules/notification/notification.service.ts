import type { DataSource, EntityManager } from 'typeorm';
import { CandidacyAction, Role } from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { decodeCursor, toPage, type Page } from '../../infra/graphql/pagination';
import type { Viewer } from '../auth/viewer';
import { Notification } from './notification.entity';

export interface TransitionFacts {
  action: CandidacyAction;
  candidacyId: string;
  unitPath: string;
  modelTitle: string;
  modelCreatedBy: string;
  actor: { id: string; displayName: string };
  reason?: string | null;
}

/**
 * Who is told of a transition: the officer who registered the model when it is returned,
 * endorsed or withdrawn by someone else; the leaders nearest above the unit when a submission
 * awaits them.
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

export class NotificationService {
  constructor(private readonly db: DataSource) {}

  /** Inside the transition's transaction: the rows commit with it, the events go out on commit. */
  async notifyTransition(tx: EntityManager, facts: TransitionFacts): Promise<void> {
    const users = (await recipients(tx, facts)).filter((id) => id !== facts.actor.id);
    for (const userId of users) {
      const { identifiers } = await tx.getRepository(Notification).insert({
        userId,
        kind: facts.action,
        candidacyId: facts.candidacyId,
        message: {
          modelTitle: facts.modelTitle,
          actorName: facts.actor.displayName,
          reason: facts.reason ?? null,
        },
      });
      await EventBus.publish(tx, {
        type: 'notification.created',
        userId,
        notificationId: identifiers[0].id as string,
      });
    }
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
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      q.andWhere('(n.created_at, n.id) < (:at, :id)', { at, id });
    }
    const rows = await q
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(first + 1)
      .getMany();
    return toPage(rows, first, (n) => [n.createdAt.toISOString(), n.id]);
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
