import { createHash, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { type Role } from '@vinh-danh/shared';
import { EventBus } from '../../infra/events/bus';
import { refuse } from '../../infra/graphql/errors';
import { User } from '../user/user.entity';
import { Session } from './session.entity';
import { decoyHash, verifyPassword } from './password';
import type { LoginThrottle } from './throttle';
import { Viewer, type ScopedGrant } from './viewer';

const scoped = (g: { role: Role; unit_id: string | null; path: string | null }): ScopedGrant => ({
  role: g.role,
  unitId: g.unit_id,
  unitPath: g.path,
});

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export interface SignedIn {
  token: string;
  expiresAt: Date;
  viewer: Viewer;
}

export class AuthService {
  constructor(
    private readonly db: DataSource,
    private readonly throttle: LoginThrottle,
    private readonly sessionTtlHours: number,
  ) {}

  /**
   * Wrong username and wrong password give the same error after the same work, so the answer
   * does not reveal whether an account exists.
   */
  async login(rawUsername: string, password: string, ip: string): Promise<SignedIn> {
    const username = rawUsername.trim().toLowerCase();
    const wait = await this.throttle.attempt(username, ip);
    if (wait > 0) {
      throw refuse(
        'SIGN_IN_THROTTLED',
        { minutes: Math.ceil(wait / 60) },
        { retryAfterSeconds: wait },
      );
    }
    const user = await this.db
      .getRepository(User)
      .createQueryBuilder('u')
      .addSelect('u.passwordHash')
      .where('u.username = :username AND u.active', { username })
      .getOne();
    const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
    if (!user || !ok) throw refuse('BAD_CREDENTIALS'); // already counted, before the check
    await this.throttle.succeed(username, ip);

    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + this.sessionTtlHours * 3_600_000);
    const session = await this.db
      .getRepository(Session)
      .save({ userId: user.id, tokenHash: hashToken(token), expiresAt });
    return { token, expiresAt, viewer: await this.viewerOf(user, session.id, expiresAt) };
  }

  /** Revokes the session; its open subscriptions, on whichever process, end on commit. */
  async logout(token: string): Promise<void> {
    await this.db.transaction(async (tx) => {
      const [ended]: [Array<{ id: string }>, number] = await tx.query(
        `UPDATE session SET revoked_at = now() WHERE token_hash = $1 AND revoked_at IS NULL
         RETURNING id`,
        [hashToken(token)],
      );
      for (const { id } of ended)
        await EventBus.publish(tx, { type: 'session.ended', sessionId: id });
    });
  }

  /**
   * The viewer behind a bearer token, or null when it is unknown, expired or revoked. Every
   * request asks this, so it is one statement: the session, its person and their grants.
   */
  async resolve(token: string): Promise<Viewer | null> {
    const rows: Array<{
      session_id: string;
      expires_at: Date;
      id: string;
      username: string;
      display_name: string;
      unit_id: string;
      active: boolean;
      version: number;
      created_at: Date;
      grants: Array<{ role: Role; unit_id: string | null; path: string | null }>;
    }> = await this.db.query(
      `SELECT s.id AS session_id, s.expires_at, u.id, u.username, u.display_name, u.unit_id, u.active, u.version,
              u.created_at,
              coalesce((SELECT json_agg(json_build_object('role', g.role, 'unit_id', g.unit_id, 'path', gu.path))
                          FROM role_grant g LEFT JOIN org_unit gu ON gu.id = g.unit_id
                         WHERE g.user_id = u.id AND (g.unit_id IS NULL OR gu.archived_at IS NULL)),
                       '[]') AS grants
         FROM session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND u.active`,
      [hashToken(token)],
    );
    if (rows.length === 0) return null;
    const [row] = rows;
    const user = Object.assign(new User(), {
      id: row.id,
      username: row.username,
      displayName: row.display_name,
      unitId: row.unit_id,
      active: row.active,
      version: row.version,
      createdAt: row.created_at,
    });
    return new Viewer(user, row.grants.map(scoped), row.session_id, row.expires_at);
  }

  /**
   * A person as the server itself acts for them, without a session: the demo seed takes the
   * end-of-year steps as its people would, through the same services and checks.
   */
  async actingAs(username: string): Promise<Viewer> {
    const user = await this.db.getRepository(User).findOneByOrFail({ username });
    return this.viewerOf(user, 'server', new Date(Date.now() + 60_000));
  }

  private async viewerOf(user: User, sessionId: string, expiresAt: Date): Promise<Viewer> {
    const grants: Array<{ role: Role; unit_id: string | null; path: string | null }> =
      await this.db.query(
        `SELECT g.role, g.unit_id, u.path FROM role_grant g LEFT JOIN org_unit u ON u.id = g.unit_id
          WHERE g.user_id = $1 AND (g.unit_id IS NULL OR u.archived_at IS NULL)`,
        [user.id],
      );
    return new Viewer(user, grants.map(scoped), sessionId, expiresAt);
  }
}
