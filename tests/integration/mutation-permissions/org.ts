import { Role, UnitKind } from '@vinh-danh/shared';
import { buildUser, PASSWORD } from '../../factories';
import { elsewhere, SIGNED_IN } from './callers';
import type { Table, World } from './types';

/** Signing in and out, and one's own notifications: anyone's. */
export const ACCOUNT: Table = {
  login: [
    {
      document: `mutation($input: LoginInput!) { login(input: $input) { token } }`,
      prepare: async (w) => {
        const user = await buildUser(w.app.db, { unit: w.tree.communeA });
        return { input: { username: user.username, password: PASSWORD } };
      },
      allowed: SIGNED_IN,
      public: true,
      refused: 'FORBIDDEN',
    },
  ],
  logout: [
    {
      document: `mutation { logout }`,
      prepare: async () => ({}),
      allowed: SIGNED_IN,
      public: true,
      ownSession: true,
      refused: 'FORBIDDEN',
    },
  ],
  markNotificationsRead: [
    {
      name: 'all of one’s own',
      document: `mutation { markNotificationsRead { unread } }`,
      prepare: async () => ({}),
      allowed: SIGNED_IN,
      refused: 'FORBIDDEN',
    },
    {
      name: 'someone else’s, by id',
      document: `mutation($ids: [ID!]) { markNotificationsRead(ids: $ids) { unread } }`,
      prepare: async (w) => ({ ids: [await w.someoneElsesNotification()] }),
      allowed: SIGNED_IN,
      changesNothing: true,
      refused: 'FORBIDDEN',
    },
  ],
};

const version = async (w: World, id: string) =>
  (await w.app.db.query('SELECT version FROM org_unit WHERE id = $1', [id]))[0].version as number;

/** The unit tree and the accounts: administrators whose grant reaches the unit. */
export const ORG: Table = {
  createUnit: [
    {
      document: `mutation($input: CreateUnitInput!) { createUnit(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          parentId: w.tree.communeA.id,
          code: `PERM-${w.uniq()}`,
          name: 'Thôn Mới',
          kind: UnitKind.AGENCY,
        },
      }),
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ROLE_NOT_ALLOWED'),
    },
  ],
  updateUnit: [
    {
      document: `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { id } }`,
      prepare: async (w) => {
        const unit = await w.freshUnit();
        return { input: { id: unit.id, version: unit.version, name: 'Thôn Đổi Tên' } };
      },
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ROLE_NOT_ALLOWED'),
    },
  ],
  moveUnit: [
    {
      document: `mutation($input: MoveUnitInput!) { moveUnit(input: $input) { id } }`,
      prepare: async (w) => {
        const unit = await w.freshUnit();
        return { input: { id: unit.id, version: unit.version, parentId: w.tree.district.id } };
      },
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ROLE_NOT_ALLOWED'),
    },
  ],
  archiveUnit: [
    {
      document: `mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { id } }`,
      prepare: async (w) => {
        const unit = await w.freshUnit();
        return { input: { id: unit.id, version: await version(w, unit.id) } };
      },
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ROLE_NOT_ALLOWED'),
    },
  ],
  createUser: [
    {
      document: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          username: `perm.${w.uniq().toLowerCase()}`,
          displayName: 'Người Mới',
          password: 'long enough pw',
          unitId: w.tree.communeA.id,
          roles: [],
        },
      }),
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ROLE_NOT_ALLOWED'),
    },
  ],
  grantRole: [
    {
      document: `mutation($input: GrantRoleInput!) { grantRole(input: $input) { id } }`,
      prepare: async (w) => {
        const user = await buildUser(w.app.db, { unit: w.tree.communeA });
        return { input: { userId: user.id, role: Role.UNIT_LEADER, unitId: w.tree.communeA.id } };
      },
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'OUTSIDE_SCOPE'),
    },
  ],
  revokeRole: [
    {
      document: `mutation($input: RevokeRoleInput!) { revokeRole(input: $input) { id } }`,
      prepare: async (w) => {
        const user = await buildUser(w.app.db, {
          unit: w.tree.communeA,
          roles: [[Role.UNIT_OFFICER, w.tree.communeA]],
        });
        const [{ id }] = await w.app.db.query('SELECT id FROM role_grant WHERE user_id = $1', [
          user.id,
        ]);
        return { input: { userId: user.id, grantId: id } };
      },
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'OUTSIDE_SCOPE'),
    },
  ],
};
