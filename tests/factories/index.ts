import { randomBytes, randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { foldText, Role, UnitKind } from '@vinh-danh/shared';
import { hashPassword } from '@vinh-danh/server/testing';
import type { GraphQLClient } from '../support/client';

export const PASSWORD = 'correct horse battery';
let passwordHash: Promise<string> | undefined;

const uniq = () => randomBytes(3).toString('hex').toUpperCase();

export interface UnitRow {
  id: string;
  code: string;
  name: string;
  path: string;
  depth: number;
  version: number;
}

export const buildUnit = async (
  db: DataSource,
  opts: { name?: string; code?: string; kind?: UnitKind; parent?: UnitRow | null } = {},
): Promise<UnitRow> => {
  const name = opts.name ?? `Xã Thử ${uniq()}`;
  const parent = opts.parent ?? null;
  const id = randomUUID();
  const [row] = await db.query(
    `INSERT INTO org_unit (id, code, name, search_name, kind, parent_id, path, depth)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id, code, name, path, depth, version`,
    [
      id,
      opts.code ?? `U-${uniq()}`,
      name,
      foldText(name),
      opts.kind ?? (parent ? UnitKind.COMMUNE : UnitKind.PROVINCE),
      parent?.id ?? null,
      `${parent?.path ?? '/'}${id}/`,
      parent ? parent.depth + 1 : 0,
    ],
  );
  return row as UnitRow;
};

/** A province with a district and two communes: the pre-2025 shape. */
export const buildTree = async (db: DataSource) => {
  const province = await buildUnit(db, { name: 'Tỉnh Điện Biên', kind: UnitKind.PROVINCE });
  const district = await buildUnit(db, {
    name: 'Huyện Điện Biên',
    kind: UnitKind.DISTRICT,
    parent: province,
  });
  const communeA = await buildUnit(db, {
    name: 'Xã Noong Luống',
    kind: UnitKind.COMMUNE,
    parent: district,
  });
  const communeB = await buildUnit(db, {
    name: 'Xã Pom Lót',
    kind: UnitKind.COMMUNE,
    parent: district,
  });
  return { province, district, communeA, communeB };
};

export interface UserRow {
  id: string;
  username: string;
  password: string;
}

export const buildUser = async (
  db: DataSource,
  opts: {
    unit: UnitRow;
    roles?: Array<[Role, UnitRow | null]>;
    username?: string;
    displayName?: string;
  },
): Promise<UserRow> => {
  const username = opts.username ?? `user.${uniq().toLowerCase()}`;
  const displayName = opts.displayName ?? `Người Thử ${uniq()}`;
  const [{ id }] = await db.query(
    `INSERT INTO app_user (username, display_name, search_name, password_hash, unit_id)
     VALUES ($1, $2, $3, $4, $5) RETURNING id`,
    [
      username,
      displayName,
      foldText(displayName),
      await (passwordHash ??= hashPassword(PASSWORD)),
      opts.unit.id,
    ],
  );
  for (const [role, unit] of opts.roles ?? []) {
    await db.query('INSERT INTO role_grant (user_id, role, unit_id) VALUES ($1, $2, $3)', [
      id,
      role,
      unit?.id ?? null,
    ]);
  }
  return { id, username, password: PASSWORD };
};

export const buildAdmin = (db: DataSource, unit: UnitRow, scope: UnitRow | null = null) =>
  buildUser(db, { unit, roles: [[Role.ADMIN, scope]] });

/** A person of `unit` holding `role` on `scope` (their own unit unless said), reaching its subtree. */
export const buildWithRole = (db: DataSource, role: Role, unit: UnitRow, scope: UnitRow = unit) =>
  buildUser(db, { unit, roles: [[role, scope]] });

export const buildOfficer = (db: DataSource, unit: UnitRow) =>
  buildWithRole(db, Role.UNIT_OFFICER, unit);

export const buildLeader = (db: DataSource, unit: UnitRow) =>
  buildWithRole(db, Role.UNIT_LEADER, unit);

export const buildManager = (db: DataSource, unit: UnitRow) =>
  buildWithRole(db, Role.CAMPAIGN_MANAGER, unit);

export const buildSigner = (db: DataSource, unit: UnitRow) => buildWithRole(db, Role.SIGNER, unit);

export const buildReporter = (db: DataSource, unit: UnitRow) =>
  buildWithRole(db, Role.REPORTER, unit);

const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { token expiresAt } }`;

export const signIn = async (api: GraphQLClient, user: Pick<UserRow, 'username' | 'password'>) => {
  const data = await api.ok<{ login: { token: string } }>(LOGIN, {
    input: { username: user.username, password: user.password },
  });
  return api.as(data.login.token);
};
