import { ErrorCode, Role, UnitKind } from '@vinh-danh/shared';
import { buildAdmin, buildTree, buildUnit, buildUser, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

const UNIT_FIELDS = 'id code name kind parentId depth version archivedAt ancestors { code }';
const CREATE = `mutation($input: CreateUnitInput!) { createUnit(input: $input) { ${UNIT_FIELDS} } }`;
const UPDATE = `mutation($input: UpdateUnitInput!) { updateUnit(input: $input) { ${UNIT_FIELDS} } }`;
const MOVE = `mutation($input: MoveUnitInput!) { moveUnit(input: $input) { ${UNIT_FIELDS} } }`;
const ARCHIVE = `mutation($input: ArchiveUnitInput!) { archiveUnit(input: $input) { ${UNIT_FIELDS} } }`;
const SEARCH = `query($search: String, $withinId: ID, $after: String, $first: Int! = 50) {
  units(search: $search, withinId: $withinId, after: $after, first: $first) {
    nodes { code name } pageInfo { hasNextPage endCursor }
  }
}`;

interface Unit {
  id: string;
  code: string;
  name: string;
  kind: string;
  parentId: string | null;
  depth: number;
  version: number;
  archivedAt: string | null;
  ancestors: Array<{ code: string }>;
}

describe('organisation units', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let root: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    root = await signIn(app.api, await buildAdmin(app.db, tree.province, null));
  });
  afterAll(() => app.stop());

  const create = async (api: GraphQLClient, input: Record<string, unknown>) =>
    (await api.ok<{ createUnit: Unit }>(CREATE, { input })).createUnit;

  it('builds a pre-2025 tree (province → district → commune) and a post-2025 one (province → commune)', async () => {
    const province = await create(root, { code: 'LC', name: 'Tỉnh Lai Châu', kind: 'PROVINCE' });
    const district = await create(root, {
      parentId: province.id,
      code: 'LC-TD',
      name: 'Huyện Tam Đường',
      kind: 'DISTRICT',
    });
    const commune = await create(root, {
      parentId: district.id,
      code: 'LC-TD-BL',
      name: 'Xã Bình Lư',
      kind: 'COMMUNE',
    });
    expect(commune).toMatchObject({
      depth: 2,
      parentId: district.id,
      ancestors: [{ code: 'LC' }, { code: 'LC-TD' }],
    });

    const province2025 = await create(root, {
      code: 'LC-2025',
      name: 'Tỉnh Lai Châu (2025)',
      kind: 'PROVINCE',
    });
    const direct = await create(root, {
      parentId: province2025.id,
      code: 'LC-2025-BL',
      name: 'Xã Bình Lư',
      kind: 'COMMUNE',
    });
    expect(direct).toMatchObject({ depth: 1, ancestors: [{ code: 'LC-2025' }] });
    const agency = await create(root, {
      parentId: province2025.id,
      code: 'LC-2025-BDV',
      name: 'Ban Dân vận Tỉnh ủy',
      kind: 'AGENCY',
    });
    expect(agency.depth).toBe(1);

    const children = await root.ok<{
      unit: { children: Array<{ code: string }>; childCount: number };
    }>(`query($id: ID!) { unit(id: $id) { childCount children { code } } }`, {
      id: province2025.id,
    });
    expect(children.unit.childCount).toBe(2);
    expect(children.unit.children.map((c) => c.code).sort()).toEqual(['LC-2025-BDV', 'LC-2025-BL']);
  });

  it('finds units without diacritics', async () => {
    const res = await root.ok<{ units: { nodes: Array<{ name: string }> } }>(SEARCH, {
      search: 'noong luong',
    });
    expect(res.units.nodes.map((n) => n.name)).toEqual(['Xã Noong Luống']);
    const upper = await root.ok<{ units: { nodes: Array<{ name: string }> } }>(SEARCH, {
      search: 'ĐIỆN BIÊN',
    });
    expect(upper.units.nodes.map((n) => n.name).sort()).toEqual([
      'Huyện Điện Biên',
      'Tỉnh Điện Biên',
    ]);
  });

  it('pages the unit list with cursors', async () => {
    const parent = await buildUnit(app.db, { name: 'Tỉnh Phân Trang', kind: UnitKind.PROVINCE });
    for (let i = 0; i < 5; i++) await buildUnit(app.db, { name: `Xã Trang ${i}`, parent });
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        units: {
          nodes: Array<{ name: string }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } = await root.ok(SEARCH, { withinId: parent.id, first: 2, after });
      seen.push(...page.units.nodes.map((n) => n.name));
      if (!page.units.pageInfo.hasNextPage) break;
      after = page.units.pageInfo.endCursor;
    }
    expect(seen).toEqual([
      'Tỉnh Phân Trang',
      'Xã Trang 0',
      'Xã Trang 1',
      'Xã Trang 2',
      'Xã Trang 3',
      'Xã Trang 4',
    ]);
  });

  it('renames a unit and changes its code, with the version it saw', async () => {
    const unit = await buildUnit(app.db, { parent: tree.district, name: 'Xã Cũ' });
    const renamed = (
      await root.ok<{ updateUnit: Unit }>(UPDATE, {
        input: { id: unit.id, version: unit.version, name: 'Xã Mới', code: 'NEW-CODE' },
      })
    ).updateUnit;
    expect(renamed).toMatchObject({ name: 'Xã Mới', code: 'NEW-CODE', version: unit.version + 1 });
    expect(
      await root.code(UPDATE, { input: { id: unit.id, version: unit.version, name: 'Xã Khác' } }),
    ).toBe(ErrorCode.CONFLICT);
  });

  it('moves a unit with its whole subtree', async () => {
    const from = await buildUnit(app.db, { parent: tree.province, kind: UnitKind.DISTRICT });
    const to = await buildUnit(app.db, { parent: tree.province, kind: UnitKind.DISTRICT });
    const commune = await buildUnit(app.db, { parent: from });
    const hamlet = await buildUnit(app.db, { parent: commune, kind: UnitKind.AGENCY });
    const moved = (
      await root.ok<{ moveUnit: Unit }>(MOVE, {
        input: { id: commune.id, version: commune.version, parentId: to.id },
      })
    ).moveUnit;
    expect(moved.parentId).toBe(to.id);
    const child = await root.ok<{ unit: Unit }>(
      `query($id: ID!) { unit(id: $id) { ${UNIT_FIELDS} } }`,
      { id: hamlet.id },
    );
    expect(child.unit.ancestors.map((a) => a.code)).toEqual([
      tree.province.code,
      to.code,
      commune.code,
    ]);
    expect(child.unit.depth).toBe(3);

    // To the post-2025 shape: the commune directly under the province.
    const up = (
      await root.ok<{ moveUnit: Unit }>(MOVE, {
        input: { id: commune.id, version: moved.version, parentId: tree.province.id },
      })
    ).moveUnit;
    expect(up.depth).toBe(1);
  });

  it('refuses a move that would make a cycle, and changes nothing', async () => {
    const before = await snapshot(app.db);
    const intoChild = await root.request(MOVE, {
      input: { id: tree.district.id, version: tree.district.version, parentId: tree.communeA.id },
    });
    expect(intoChild.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(intoChild.errors?.[0].message).toMatch(/under itself/);
    const intoSelf = await root.code(MOVE, {
      input: { id: tree.district.id, version: tree.district.version, parentId: tree.district.id },
    });
    expect(intoSelf).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a duplicate code on create and on rename, and changes nothing', async () => {
    const before = await snapshot(app.db);
    const res = await root.request(CREATE, {
      input: {
        parentId: tree.district.id,
        code: tree.communeA.code,
        name: 'Xã Trùng',
        kind: 'COMMUNE',
      },
    });
    expect(res.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      field: 'code',
    });
    expect(
      await root.code(UPDATE, {
        input: { id: tree.communeB.id, version: tree.communeB.version, code: tree.communeA.code },
      }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses bad input: codes, kinds, unknown parents, provinces under something', async () => {
    const before = await snapshot(app.db);
    const bad = [
      { code: 'lower case', name: 'Xã X', kind: 'COMMUNE', parentId: tree.district.id },
      { code: 'OK-CODE', name: '', kind: 'COMMUNE', parentId: tree.district.id },
      { code: 'OK-CODE', name: 'Xã X', kind: 'VILLAGE', parentId: tree.district.id },
      { code: 'OK-CODE', name: 'Tỉnh X', kind: 'PROVINCE', parentId: tree.district.id },
    ];
    for (const input of bad)
      expect(await root.code(CREATE, { input })).toBe(ErrorCode.BAD_USER_INPUT);
    const unknownParent = await root.code(CREATE, {
      input: {
        code: 'OK-CODE',
        name: 'Xã X',
        kind: 'COMMUNE',
        parentId: '00000000-0000-4000-8000-000000000000',
      },
    });
    expect(unknownParent).toBe(ErrorCode.NOT_FOUND);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('archives a unit only once its sub-units are gone', async () => {
    const district = await buildUnit(app.db, { parent: tree.province, kind: UnitKind.DISTRICT });
    const commune = await buildUnit(app.db, { parent: district });
    expect(
      await root.code(ARCHIVE, { input: { id: district.id, version: district.version } }),
    ).toBe(ErrorCode.BAD_USER_INPUT);
    const archived = (
      await root.ok<{ archiveUnit: Unit }>(ARCHIVE, {
        input: { id: commune.id, version: commune.version },
      })
    ).archiveUnit;
    expect(archived.archivedAt).not.toBeNull();
    const children = await root.ok<{ unit: { children: unknown[]; all: unknown[] } }>(
      `query($id: ID!) { unit(id: $id) { children { id } all: children(includeArchived: true) { id } } }`,
      { id: district.id },
    );
    expect(children.unit.children).toHaveLength(0);
    expect(children.unit.all).toHaveLength(1);
  });

  describe('two administrators at once', () => {
    it('20 parallel renames from one version: exactly one wins, the rest get CONFLICT', async () => {
      const unit = await buildUnit(app.db, { parent: tree.district });
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          root.request(UPDATE, {
            input: { id: unit.id, version: unit.version, name: `Xã Tên ${i}` },
          }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === ErrorCode.CONFLICT)).toHaveLength(19);
      const [{ version }] = await app.db.query('SELECT version FROM org_unit WHERE id = $1', [
        unit.id,
      ]);
      expect(version).toBe(unit.version + 1);
    });

    it('parallel creates of one code: exactly one unit, the rest BAD_USER_INPUT', async () => {
      const results = await Promise.all(
        Array.from({ length: 10 }, () =>
          root.request(CREATE, {
            input: {
              parentId: tree.district.id,
              code: 'RACE-CODE',
              name: 'Xã Đua',
              kind: 'COMMUNE',
            },
          }),
        ),
      );
      const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
      expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
      expect(codes.filter((c) => c === ErrorCode.BAD_USER_INPUT)).toHaveLength(9);
      const [{ n }] = await app.db.query(
        `SELECT count(*)::int AS n FROM org_unit WHERE code = 'RACE-CODE'`,
      );
      expect(n).toBe(1);
    });
  });

  it('a district administrator manages only inside the district', async () => {
    const otherDistrict = await buildUnit(app.db, {
      parent: tree.province,
      kind: UnitKind.DISTRICT,
    });
    const districtAdmin = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.district, roles: [[Role.ADMIN, tree.district]] }),
    );
    const inside = await create(districtAdmin, {
      parentId: tree.district.id,
      code: 'IN-SCOPE',
      name: 'Xã Trong',
      kind: 'COMMUNE',
    });
    expect(inside.parentId).toBe(tree.district.id);
    const before = await snapshot(app.db);
    expect(
      await districtAdmin.code(CREATE, {
        input: { parentId: otherDistrict.id, code: 'OUT-SCOPE', name: 'Xã Ngoài', kind: 'COMMUNE' },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      await districtAdmin.code(CREATE, {
        input: { code: 'NEW-ROOT', name: 'Tỉnh Mới', kind: 'PROVINCE' },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      await districtAdmin.code(MOVE, {
        input: { id: tree.communeA.id, version: tree.communeA.version, parentId: otherDistrict.id },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(
      await districtAdmin.code(UPDATE, {
        input: { id: tree.province.id, version: tree.province.version, name: 'Tỉnh Khác' },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    expect(await snapshot(app.db)).toEqual(before);
  });
});
