import type { DataSource, EntityManager } from 'typeorm';
import { CAPABILITIES, foldText } from '@vinh-danh/shared';
import { escapeLike, whereAllWords } from '../../infra/db/search';
import { EventBus } from '../../infra/events/bus';
import { refuse, forbidden, notFound } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { decodeCursor, toPage, type Page } from '../../infra/graphql/pagination';
import { hashPassword } from '../auth/password';
import type { Viewer } from '../auth/viewer';
import { OrgUnit } from '../org/org-unit.entity';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';
import type {
  CreateUserInput,
  GrantRoleInput,
  RevokeRoleInput,
  RoleGrantInput,
  UsersArgs,
} from './user.inputs';
import {
  isOwnAdminGrant,
  mayGrantOn,
  mayGrantSystemWide,
  mayManageUsersOf,
  maySeeUsersOf,
} from './user.policy';
import { violates } from '../../infra/db/constraints';

export class UserService {
  constructor(private readonly db: DataSource) {}

  async get(viewer: Viewer, id: string): Promise<User> {
    const user = isId(id) ? await this.db.getRepository(User).findOneBy({ id }) : null;
    if (!user) throw notFound();
    const unit = await this.db.getRepository(OrgUnit).findOneByOrFail({ id: user.unitId });
    if (!maySeeUsersOf(viewer, unit.path)) throw forbidden('OUTSIDE_SCOPE');
    return user;
  }

  /** People of the given unit's subtree, or of every unit the viewer's roles reach. */
  async list(viewer: Viewer, args: UsersArgs): Promise<Page<User>> {
    const q = this.db
      .getRepository(User)
      .createQueryBuilder('p')
      .innerJoin(OrgUnit, 'u', 'u.id = p.unit_id');
    if (args.unitId) {
      const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: args.unitId });
      if (!unit) throw notFound();
      if (!maySeeUsersOf(viewer, unit.path)) throw forbidden('OUTSIDE_SCOPE');
      q.andWhere('u.path LIKE :within', { within: `${escapeLike(unit.path)}%` });
    }
    const scopes = viewer.scopes(CAPABILITIES.browseOrg);
    if (!scopes.includes(null)) {
      const prefixes = (scopes as string[]).map((p) => `${escapeLike(p)}%`);
      q.andWhere('u.path LIKE ANY(:prefixes)', { prefixes });
    }
    whereAllWords(q, `p.search_name || ' ' || p.username`, args.search);
    if (args.after) {
      const [name, id] = decodeCursor(args.after, 2);
      q.andWhere('(p.search_name, p.id) > (:name, :id)', { name, id });
    }
    const rows = await q
      .orderBy('p.search_name')
      .addOrderBy('p.id')
      .take(args.first + 1)
      .getMany();
    return toPage(rows, args.first, (p) => [p.searchName, p.id]);
  }

  async create(viewer: Viewer, input: CreateUserInput): Promise<User> {
    const passwordHash = await hashPassword(input.password);
    return this.db
      .transaction(async (tx) => {
        const unit = await this.unit(tx, input.unitId);
        if (!mayManageUsersOf(viewer, unit.path)) {
          throw forbidden('ROLE_NOT_ALLOWED');
        }
        if (unit.archivedAt) throw refuse('UNIT_ARCHIVED', {}, { field: 'unitId' });
        if (await tx.getRepository(User).existsBy({ username: input.username })) {
          throw refuse('USERNAME_TAKEN', { username: input.username }, { field: 'username' });
        }
        const repo = tx.getRepository(User);
        const user = await repo.save(
          repo.create({
            username: input.username,
            displayName: input.displayName.trim(),
            searchName: foldText(input.displayName),
            passwordHash,
            unitId: unit.id,
          }),
        );
        for (const grant of dedupe(input.roles)) await this.grant(tx, viewer, user.id, grant);
        return repo.findOneByOrFail({ id: user.id });
      })
      .catch(mapUsernameTaken(input.username));
  }

  async grantRole(viewer: Viewer, input: GrantRoleInput): Promise<User> {
    return this.db
      .transaction(async (tx) => {
        const user = await this.lockManageable(tx, viewer, input.userId);
        await this.grant(tx, viewer, user.id, input);
        return this.touch(tx, user.id);
      })
      .catch((e: unknown) => {
        if (violates(e, 'role_grant_unique')) {
          throw refuse('ROLE_ALREADY_HELD');
        }
        throw e;
      });
  }

  async revokeRole(viewer: Viewer, input: RevokeRoleInput): Promise<User> {
    return this.db.transaction(async (tx) => {
      const user = await this.lockManageable(tx, viewer, input.userId);
      const grant = await tx
        .getRepository(RoleGrant)
        .findOneBy({ id: input.grantId, userId: user.id });
      if (!grant) throw notFound();
      const unit = grant.unitId ? await this.unit(tx, grant.unitId) : null;
      if (!mayGrantOn(viewer, unit?.path ?? null)) {
        throw forbidden('ROLE_NOT_ALLOWED');
      }
      if (isOwnAdminGrant(viewer, grant)) {
        throw refuse('CANNOT_REVOKE_OWN_ADMIN');
      }
      await tx.getRepository(RoleGrant).delete({ id: grant.id });
      // Subscriptions the role gave access to end now, not at the person's next event.
      await EventBus.publish(tx, { type: 'access.changed', userId: user.id });
      return this.touch(tx, user.id);
    });
  }

  private async grant(tx: EntityManager, viewer: Viewer, userId: string, g: RoleGrantInput) {
    const unit = g.unitId ? await this.unit(tx, g.unitId) : null;
    if (!unit && !mayGrantSystemWide(g.role)) {
      throw refuse('SYSTEM_WIDE_ADMIN_ONLY', {}, { field: 'unitId' });
    }
    if (unit?.archivedAt) throw refuse('UNIT_ARCHIVED', {}, { field: 'unitId' });
    if (!mayGrantOn(viewer, unit?.path ?? null)) {
      throw forbidden('ROLE_NOT_ALLOWED');
    }
    await tx.getRepository(RoleGrant).insert({ userId, role: g.role, unitId: unit?.id ?? null });
  }

  private async lockManageable(tx: EntityManager, viewer: Viewer, userId: string): Promise<User> {
    const user = await tx
      .getRepository(User)
      .findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw notFound();
    const unit = await this.unit(tx, user.unitId);
    if (!mayManageUsersOf(viewer, unit.path)) throw forbidden('OUTSIDE_SCOPE');
    return user;
  }

  /** A change of grants is a change of the person: bump the version clients compare. */
  private async touch(tx: EntityManager, userId: string): Promise<User> {
    await tx.query('UPDATE app_user SET version = version + 1 WHERE id = $1', [userId]);
    return tx.getRepository(User).findOneByOrFail({ id: userId });
  }

  private async unit(tx: EntityManager, id: string): Promise<OrgUnit> {
    const unit = await tx.getRepository(OrgUnit).findOneBy({ id });
    if (!unit) throw notFound();
    return unit;
  }
}

const dedupe = (grants: RoleGrantInput[]) => [
  ...new Map(grants.map((g) => [`${g.role}|${g.unitId ?? ''}`, g])).values(),
];

const mapUsernameTaken =
  (username: string) =>
  (e: unknown): never => {
    if (violates(e, 'app_user_username_unique')) {
      throw refuse('USERNAME_TAKEN', { username }, { field: 'username' });
    }
    throw e;
  };
