import { ErrorCode, Role } from '@vinh-danh/shared';
import { buildAdmin, buildTree, buildUser, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

const USERS = `query($unitId: ID, $search: String) {
  users(unitId: $unitId, search: $search) { nodes { username displayName unit { code } } }
}`;
const USER = `query($id: ID!) { user(id: $id) { username roles { role unit { code } } } }`;
const CREATE_USER = `mutation($input: CreateUserInput!) {
  createUser(input: $input) { id username displayName version unit { code } roles { id role unit { code } } }
}`;
const GRANT = `mutation($input: GrantRoleInput!) { grantRole(input: $input) { version roles { id role unit { code } } } }`;
const REVOKE = `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { version roles { role } } }`;

describe('users and roles', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let admin: GraphQLClient;
  let officerA: GraphQLClient;
  let personB: { id: string; username: string };
  let personA: { id: string; username: string };

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    admin = await signIn(app.api, await buildAdmin(app.db, tree.province, null));
    officerA = await signIn(
      app.api,
      await buildUser(app.db, {
        unit: tree.communeA,
        roles: [[Role.UNIT_OFFICER, tree.communeA]],
        username: 'canbo.a',
      }),
    );
    personA = await buildUser(app.db, {
      unit: tree.communeA,
      username: 'nguoi.a',
      displayName: 'Lò Văn Ánh',
    });
    personB = await buildUser(app.db, {
      unit: tree.communeB,
      username: 'nguoi.b',
      displayName: 'Cà Thị Bình',
    });
  });
  afterAll(() => app.stop());

  it('an administrator creates a user with roles, who can then sign in', async () => {
    const res = await admin.ok<{
      createUser: { username: string; roles: Array<{ role: string; unit: { code: string } }> };
    }>(CREATE_USER, {
      input: {
        username: 'lanhdao.a',
        displayName: 'Quàng Văn Thanh',
        password: 'mật khẩu dài',
        unitId: tree.communeA.id,
        roles: [{ role: 'UNIT_LEADER', unitId: tree.communeA.id }],
      },
    });
    expect(res.createUser).toMatchObject({
      username: 'lanhdao.a',
      unit: { code: tree.communeA.code },
      roles: [{ role: 'UNIT_LEADER', unit: { code: tree.communeA.code } }],
    });
    const leader = await signIn(app.api, { username: 'lanhdao.a', password: 'mật khẩu dài' });
    expect(await leader.ok(`{ me { capabilities } }`)).toEqual({
      me: {
        capabilities: [
          'browseOrg',
          'reviewSubmissions',
          'readCampaigns',
          'browseModels',
          'readDrafts',
        ],
      },
    });
  });

  it('refuses bad user input and changes nothing', async () => {
    const before = await snapshot(app.db);
    const base = {
      username: 'ok.name',
      displayName: 'Tên Hợp Lệ',
      password: 'long enough',
      unitId: tree.communeA.id,
      roles: [],
    };
    const bad = [
      { ...base, username: 'Has Spaces' },
      { ...base, password: 'short' },
      { ...base, username: personA.username },
      { ...base, roles: [{ role: 'UNIT_OFFICER' }] }, // system-wide, not an admin role
      { ...base, roles: [{ role: 'NOT_A_ROLE', unitId: tree.communeA.id }] },
    ];
    for (const input of bad) {
      expect({ input, code: await admin.code(CREATE_USER, { input }) }).toEqual({
        input,
        code: ErrorCode.BAD_USER_INPUT,
      });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('grants and revokes a role, bumping the version', async () => {
    const granted = await admin.ok<{
      grantRole: { version: number; roles: Array<{ id: string; role: string }> };
    }>(GRANT, {
      input: { userId: personA.id, role: 'REPORTER', unitId: tree.district.id },
    });
    expect(granted.grantRole.roles.map((r) => r.role)).toEqual(['REPORTER']);
    expect(
      await admin.code(GRANT, {
        input: { userId: personA.id, role: 'REPORTER', unitId: tree.district.id },
      }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    const revoked = await admin.ok<{ revokeRole: { version: number; roles: unknown[] } }>(REVOKE, {
      input: { userId: personA.id, grantId: granted.grantRole.roles[0].id },
    });
    expect(revoked.revokeRole.roles).toEqual([]);
    expect(revoked.revokeRole.version).toBe(granted.grantRole.version + 1);
  });

  it('parallel creation of one username leaves exactly one account', async () => {
    const input = {
      username: 'trung.ten',
      displayName: 'Trùng Tên',
      password: 'long enough',
      unitId: tree.communeA.id,
      roles: [],
    };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => admin.request(CREATE_USER, { input })),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c === ErrorCode.BAD_USER_INPUT)).toHaveLength(7);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM app_user WHERE username = 'trung.ten'`,
    );
    expect(n).toBe(1);
  });

  describe('a unit officer of one commune', () => {
    it('sees the people of their own commune, found without diacritics', async () => {
      const res = await officerA.ok<{ users: { nodes: Array<{ username: string }> } }>(USERS, {
        search: 'lo van anh',
      });
      expect(res.users.nodes.map((n) => n.username)).toEqual(['nguoi.a']);
      const own = await officerA.ok(USER, { id: personA.id });
      expect(own).toMatchObject({ user: { username: 'nguoi.a' } });
    });

    it('does not see another commune’s people, listed or by id', async () => {
      const all = await officerA.ok<{ users: { nodes: Array<{ username: string }> } }>(USERS, {});
      expect(all.users.nodes.map((n) => n.username)).not.toContain('nguoi.b');
      expect(all.users.nodes.every((n) => n.username !== 'nguoi.b')).toBe(true);
      expect(await officerA.code(USERS, { unitId: tree.communeB.id })).toBe(ErrorCode.FORBIDDEN);
      expect(await officerA.code(USER, { id: personB.id })).toBe(ErrorCode.FORBIDDEN);
    });

    it('cannot change another commune’s people, and nothing changes', async () => {
      const before = await snapshot(app.db);
      expect(
        await officerA.code(GRANT, {
          input: { userId: personB.id, role: 'UNIT_OFFICER', unitId: tree.communeB.id },
        }),
      ).toBe(ErrorCode.FORBIDDEN);
      expect(
        await officerA.code(CREATE_USER, {
          input: {
            username: 'xam.nhap',
            displayName: 'Xâm Nhập',
            password: 'long enough',
            unitId: tree.communeB.id,
            roles: [],
          },
        }),
      ).toBe(ErrorCode.FORBIDDEN);
      expect(await snapshot(app.db)).toEqual(before);
    });
  });

  it('a commune administrator cannot grant roles above the commune', async () => {
    const communeAdmin = await signIn(
      app.api,
      await buildAdmin(app.db, tree.communeA, tree.communeA),
    );
    const before = await snapshot(app.db);
    expect(
      await communeAdmin.code(GRANT, {
        input: { userId: personA.id, role: 'ADMIN', unitId: tree.district.id },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(await communeAdmin.code(GRANT, { input: { userId: personA.id, role: 'ADMIN' } })).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(await snapshot(app.db)).toEqual(before);
  });
});
