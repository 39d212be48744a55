import { ErrorCode, ROLES, Role } from '@vinh-danh/shared';
import { buildAdmin, buildTree, buildUser, signIn, type UnitRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

/**
 * Every administrative mutation, called by every kind of caller who is not an administrator.
 * A diff in this table is a change of permissions: review it as one.
 */
const adminMutations = (
  t: Awaited<ReturnType<typeof buildTree>>,
  victimId: string,
  grantId: string,
) => [
  {
    name: 'createUnit',
    query: `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
    input: { parentId: t.communeA.id, code: 'FORBIDDEN-1', name: 'Thôn Mới', kind: 'AGENCY' },
  },
  {
    name: 'updateUnit',
    query: `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
    input: { id: t.communeA.id, version: t.communeA.version, name: 'Xã Đổi Tên' },
  },
  {
    name: 'moveUnit',
    query: `mutation($input: MoveUnitInput!) { moveUnit(input: $input) { id } }`,
    input: { id: t.communeA.id, version: t.communeA.version, parentId: t.district.id },
  },
  {
    name: 'archiveUnit',
    query: `mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { id } }`,
    input: { id: t.communeA.id, version: t.communeA.version },
  },
  {
    name: 'createUser',
    query: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    input: {
      username: 'new.person',
      displayName: 'Người Mới',
      password: 'long enough pw',
      unitId: t.communeA.id,
      roles: [],
    },
  },
  {
    name: 'grantRole',
    query: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
    input: { userId: victimId, role: 'UNIT_LEADER', unitId: t.communeA.id },
  },
  {
    name: 'revokeRole',
    query: `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }`,
    input: { userId: victimId, grantId },
  },
];

describe('administrative mutations are for administrators only', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let mutations: ReturnType<typeof adminMutations>;
  const callers: Array<[string, () => Promise<GraphQLClient>]> = [];

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    const victim = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    const [{ id: grantId }] = await app.db.query('SELECT id FROM role_grant WHERE user_id = $1', [
      victim.id,
    ]);
    mutations = adminMutations(tree, victim.id, grantId);
    // Every role but ADMIN, granted on the province so that scope is not what refuses them.
    for (const role of ROLES.filter((r) => r !== Role.ADMIN)) {
      const user = await buildUser(app.db, { unit: tree.province, roles: [[role, tree.province]] });
      callers.push([role, () => signIn(app.api, user)]);
    }
    const noRole = await buildUser(app.db, { unit: tree.communeA });
    callers.push(['council member without roles', () => signIn(app.api, noRole)]);
  });
  afterAll(() => app.stop());

  it('refuses an anonymous caller with UNAUTHENTICATED and changes nothing', async () => {
    const before = await snapshot(app.db);
    for (const m of mutations) {
      const code = await app.api.code(m.query, { input: m.input });
      expect({ mutation: m.name, code }).toEqual({
        mutation: m.name,
        code: ErrorCode.UNAUTHENTICATED,
      });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses every other role with FORBIDDEN and changes nothing', async () => {
    const before = await snapshot(app.db);
    for (const [role, signInAs] of callers) {
      const api = await signInAs();
      for (const m of mutations) {
        const code = await api.code(m.query, { input: m.input });
        expect({ role, mutation: m.name, code }).toEqual({
          role,
          mutation: m.name,
          code: ErrorCode.FORBIDDEN,
        });
      }
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses an administrator of another unit with FORBIDDEN and changes nothing', async () => {
    const elsewhere: UnitRow = tree.communeB;
    const api = await signIn(app.api, await buildAdmin(app.db, elsewhere, elsewhere));
    const before = await snapshot(app.db);
    for (const m of mutations) {
      const code = await api.code(m.query, { input: m.input });
      expect({ mutation: m.name, code }).toEqual({ mutation: m.name, code: ErrorCode.FORBIDDEN });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('lets the commune’s own administrator do each of them', async () => {
    const api = await signIn(app.api, await buildAdmin(app.db, tree.communeA, tree.district));
    const versionOf = async (id: string) =>
      (await app.db.query('SELECT version FROM org_unit WHERE id = $1', [id]))[0].version as number;
    let created = '';
    for (const m of mutations) {
      // Each change bumps the commune's version, and the commune has a child once created:
      // archive that child instead.
      const input = { ...m.input } as Record<string, unknown>;
      if (m.name === 'archiveUnit') input.id = created;
      if ('version' in input) input.version = await versionOf(input.id as string);
      const res = await api.request<{ createUnit?: { id: string } }>(m.query, { input });
      expect({ mutation: m.name, errors: res.errors }).toEqual({
        mutation: m.name,
        errors: undefined,
      });
      created ||= res.data?.createUnit?.id ?? '';
    }
  });
});

/**
 * The read queries each kind of caller may call at all, as the capability table says (whether a
 * row is theirs is each feature's policy). The web's menu and guards read the same table.
 * A diff in this table is a change of permissions: review it as one.
 */
const READS: Record<string, string> = {
  campaigns: `{ campaigns { id } }`,
  models: `{ models(first: 1) { nodes { id } } }`,
  councils: `{ councils { id } }`,
  myCouncilWork: `{ myCouncilWork { councilId } }`,
};
const EVERYONE = ['councils', 'myCouncilWork'];
const READERS: Record<string, string[]> = {
  [Role.ADMIN]: ['campaigns', ...EVERYONE],
  [Role.CAMPAIGN_MANAGER]: ['campaigns', 'models', ...EVERYONE],
  [Role.UNIT_OFFICER]: ['campaigns', 'models', ...EVERYONE],
  [Role.UNIT_LEADER]: ['campaigns', 'models', ...EVERYONE],
  [Role.SIGNER]: ['campaigns', 'models', ...EVERYONE],
  [Role.REPORTER]: ['campaigns', 'models', ...EVERYONE],
  'council member without roles': EVERYONE,
};

describe('read queries follow the capability table', () => {
  let app: TestApp;
  const callers: Array<[string, GraphQLClient]> = [];

  beforeAll(async () => {
    app = await startTestApp();
    const tree = await buildTree(app.db);
    for (const role of ROLES) {
      const user = await buildUser(app.db, { unit: tree.province, roles: [[role, tree.province]] });
      callers.push([role, await signIn(app.api, user)]);
    }
    callers.push([
      'council member without roles',
      await signIn(app.api, await buildUser(app.db, { unit: tree.communeA })),
    ]);
  });
  afterAll(() => app.stop());

  it('lets each caller read what its roles allow, refuses the rest with FORBIDDEN, and changes nothing', async () => {
    const before = await snapshot(app.db);
    for (const [caller, api] of callers) {
      for (const [name, query] of Object.entries(READS)) {
        const res = await api.request(query);
        expect({ caller, name, code: res.errors?.[0].extensions?.code ?? 'OK' }).toEqual({
          caller,
          name,
          code: READERS[caller].includes(name) ? 'OK' : ErrorCode.FORBIDDEN,
        });
      }
    }
    expect(await snapshot(app.db)).toEqual(before);
  });
});
