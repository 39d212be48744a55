import { DEFAULT_RUBRIC, ErrorCode, Role, STANDARD_FIELDS } from '@vinh-danh/shared';
import { buildTree, buildUser, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

const CREATE = `mutation($input: CreateCampaignInput!) {
  createCampaign(input: $input) {
    id name startYear endYear awardTypes version
    unit { code } fields { code name } rubric { total criteria { code maxPoints } }
    phases { phase level opensOn closesOn open }
  }
}`;

const phases = [
  { phase: 'REGISTRATION', opensOn: '2026-01-05', closesOn: '2026-03-31' },
  { phase: 'NOMINATION', opensOn: '2026-03-01', closesOn: '2026-04-30' },
  { phase: 'REVIEW', level: 'COMMUNE', opensOn: '2026-05-01', closesOn: '2026-05-31' },
  { phase: 'REVIEW', level: 'DISTRICT', opensOn: '2026-06-01', closesOn: '2026-06-30' },
  { phase: 'DISCLOSURE', opensOn: '2026-07-01', closesOn: '2026-07-15' },
];

describe('campaigns', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let manager: GraphQLClient;
  let officer: GraphQLClient;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    manager = await signIn(
      app.api,
      await buildUser(app.db, {
        unit: tree.district,
        roles: [[Role.CAMPAIGN_MANAGER, tree.district]],
      }),
    );
    officer = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.communeA, roles: [[Role.UNIT_OFFICER, tree.communeA]] }),
    );
  });
  afterAll(() => app.stop());

  const input = (extra: Record<string, unknown> = {}) => ({
    unitId: tree.district.id,
    name: 'Phong trào thi đua "Dân vận khéo" năm 2026',
    startYear: 2026,
    endYear: 2026,
    phases,
    ...extra,
  });

  it('opens a campaign with the standard fields, the default rubric and every award type', async () => {
    const { createCampaign: c } = await manager.ok<{ createCampaign: Record<string, unknown> }>(
      CREATE,
      { input: input() },
    );
    expect(c).toMatchObject({
      unit: { code: tree.district.code },
      fields: STANDARD_FIELDS.map((f) => ({ ...f })),
      rubric: {
        total: 100,
        criteria: DEFAULT_RUBRIC.criteria.map(({ code, maxPoints }) => ({ code, maxPoints })),
      },
      awardTypes: ['GIAY_KHEN', 'BANG_KHEN', 'EXEMPLARY_RECOGNITION'],
    });
    expect(c.phases).toHaveLength(5);
    expect(c.phases).toContainEqual({
      phase: 'REVIEW',
      level: 'DISTRICT',
      opensOn: '2026-06-01',
      closesOn: '2026-06-30',
      open: false,
    });
  });

  it('takes a period of several years, own fields and an own rubric', async () => {
    const { createCampaign: c } = await manager.ok<{
      createCampaign: { startYear: number; endYear: number; fields: unknown[] };
    }>(CREATE, {
      input: input({
        startYear: 2016,
        endYear: 2020,
        phases: [{ phase: 'REGISTRATION', opensOn: '2016-02-01', closesOn: '2020-10-31' }],
        fields: [...STANDARD_FIELDS, { code: 'NEW_RURAL', name: 'Xây dựng nông thôn mới' }],
        rubric: {
          total: 50,
          criteria: [
            { code: 'RESULTS', name: 'Kết quả', maxPoints: 30 },
            { code: 'SPREAD', name: 'Lan tỏa', maxPoints: 20 },
          ],
        },
      }),
    });
    expect(c).toMatchObject({ startYear: 2016, endYear: 2020 });
    expect(c.fields).toHaveLength(5);
  });

  it('refuses dates out of order, a rubric that does not add up and a period that ends first, changing nothing', async () => {
    const before = await snapshot(app.db);
    const bad = [
      input({ phases: [phases[0], { ...phases[1], opensOn: '2025-12-01' }] }),
      input({ phases: [{ ...phases[0], closesOn: '2025-12-31' }] }),
      input({
        rubric: {
          total: 100,
          criteria: [
            { code: 'RESULTS', name: 'Một', maxPoints: 60 },
            { code: 'SPREAD', name: 'Hai', maxPoints: 30 },
          ],
        },
      }),
      input({ startYear: 2026, endYear: 2025 }),
      input({ phases: [{ ...phases[0], opensOn: '2026-13-45' }] }),
    ];
    for (const i of bad) {
      const res = await manager.request(CREATE, { input: i });
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    }
    const rubric = await manager.request(CREATE, { input: bad[2] });
    expect(rubric.errors?.[0].extensions?.refusal).toBe('CAMPAIGN_INVALID');
    expect(String(rubric.errors?.[0].extensions?.problems)).toMatch(
      /add up to 90 points, not the declared total of 100/,
    );
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a campaign outside the manager’s subtree, or from someone who is no manager', async () => {
    const before = await snapshot(app.db);
    expect(await manager.code(CREATE, { input: input({ unitId: tree.province.id }) })).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(await officer.code(CREATE, { input: input({ unitId: tree.communeA.id }) })).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(await app.api.code(CREATE, { input: input() })).toBe(ErrorCode.UNAUTHENTICATED);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('shows a commune officer the campaigns of the units above it', async () => {
    const res = await officer.ok<{ campaigns: Array<{ unit: { code: string } }> }>(
      `{ campaigns { unit { code } } }`,
    );
    expect(res.campaigns.length).toBeGreaterThanOrEqual(2);
    expect(res.campaigns.every((c) => c.unit.code === tree.district.code)).toBe(true);
  });

  it('edits phases with the version it saw', async () => {
    const { createCampaign: c } = await manager.ok<{
      createCampaign: { id: string; version: number };
    }>(CREATE, { input: input() });
    const UPDATE = `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { version phases { phase closesOn } } }`;
    const newPhases = [{ ...phases[0], closesOn: '2026-04-15' }, phases[1]];
    const res = await manager.ok<{ updateCampaign: { version: number; phases: unknown[] } }>(
      UPDATE,
      {
        input: { id: c.id, version: c.version, phases: newPhases },
      },
    );
    expect(res.updateCampaign.version).toBe(c.version + 1);
    expect(res.updateCampaign.phases).toEqual([
      { phase: 'REGISTRATION', closesOn: '2026-04-15' },
      { phase: 'NOMINATION', closesOn: '2026-04-30' },
    ]);
    expect(
      await manager.code(UPDATE, { input: { id: c.id, version: c.version, name: 'Tên cũ' } }),
    ).toBe(ErrorCode.CONFLICT);
  });
});
