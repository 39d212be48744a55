import { CandidacyState as S, ErrorCode, Role } from '@vinh-danh/shared';
import { buildCampaign, completeForm, forceState, registerModel } from '../factories/campaign';
import { buildTree, buildUser, signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';
import { ONE_PAGE_PDF as PDF } from '../factories/files';

const REGISTER = `mutation($input: RegisterModelInput!) {
  registerModel(input: $input) {
    id kind title personName fieldCode missingParts
    indicators { name unitOfMeasure target achieved }
    candidacy { state version timeline { action fromState toState } }
  }
}`;
const UPDATE = `mutation($input: UpdateModelInput!) { updateModel(input: $input) { version title form { goals } indicators { name } missingParts } }`;
const MODELS = `query($filter: ModelFilter, $first: Int! = 50, $after: String) {
  models(filter: $filter, first: $first, after: $after) { nodes { title } pageInfo { hasNextPage endCursor } }
}`;

describe('models and their registration', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let officer: GraphQLClient;
  let otherOfficer: GraphQLClient;
  let leader: GraphQLClient;
  let campaignId: string;
  let token: string;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    const officerRow = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    officer = await signIn(app.api, officerRow);
    token = (
      await app.api.ok<{ login: { token: string } }>(
        `mutation($input: LoginInput!) { login(input: $input) { token } }`,
        { input: { username: officerRow.username, password: officerRow.password } },
      )
    ).login.token;
    otherOfficer = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.communeB, roles: [[Role.UNIT_OFFICER, tree.communeB]] }),
    );
    leader = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.district, roles: [[Role.UNIT_LEADER, tree.district]] }),
    );
    campaignId = (await buildCampaign(app.db, { unit: tree.district, createdBy: officerRow.id }))
      .id;
  });
  afterAll(() => app.stop());

  const base = () => ({
    campaignId,
    unitId: tree.communeA.id,
    kind: 'COLLECTIVE',
    title: 'Mô hình "Dân vận khéo" trong xây dựng nông thôn mới ở xã Pom Lót',
    fieldCode: 'ECONOMY',
  });

  it('registers a collective model with indicators; its candidacy starts as a draft', async () => {
    const res = await officer.ok<{ registerModel: Record<string, unknown> }>(REGISTER, {
      input: {
        ...base(),
        form: completeForm(),
        indicators: [
          { name: 'Đất hiến làm đường', unitOfMeasure: 'm²', target: 2000, achieved: 2650.5 },
          { name: 'Ngày công', unitOfMeasure: 'ngày công', achieved: 1200 },
        ],
      },
    });
    expect(res.registerModel).toMatchObject({
      kind: 'COLLECTIVE',
      missingParts: [],
      indicators: [
        { name: 'Đất hiến làm đường', unitOfMeasure: 'm²', target: 2000, achieved: 2650.5 },
        { name: 'Ngày công', unitOfMeasure: 'ngày công', target: null, achieved: 1200 },
      ],
      candidacy: {
        state: S.DRAFT,
        version: 1,
        timeline: [{ action: 'REGISTER', fromState: null, toState: S.DRAFT }],
      },
    });
  });

  it('registers an individual model with the person', async () => {
    const res = await officer.ok<{ registerModel: { personName: string } }>(REGISTER, {
      input: {
        ...base(),
        kind: 'INDIVIDUAL',
        title: 'Gương bí thư chi bộ bản Hưng Bình',
        personName: 'Lò Văn Pâng',
        personEthnicity: 'Thái',
      },
    });
    expect(res.registerModel.personName).toBe('Lò Văn Pâng');
  });

  it('refuses bad registrations and writes nothing', async () => {
    const before = await snapshot(app.db);
    const refusals: Array<[Record<string, unknown>, string]> = [
      [{ ...base(), title: '' }, ErrorCode.BAD_USER_INPUT],
      [{ ...base(), fieldCode: 'NOT_A_FIELD' }, ErrorCode.BAD_USER_INPUT],
      [{ ...base(), kind: 'INDIVIDUAL' }, ErrorCode.BAD_USER_INPUT],
      [{ ...base(), kind: 'SOMETHING' }, ErrorCode.BAD_USER_INPUT],
      [
        { ...base(), indicators: [{ name: 'Âm', unitOfMeasure: 'hộ', achieved: -3 }] },
        ErrorCode.BAD_USER_INPUT,
      ],
      [{ ...base(), campaignId: '00000000-0000-4000-8000-000000000000' }, ErrorCode.NOT_FOUND],
      [{ ...base(), unitId: tree.communeB.id }, ErrorCode.FORBIDDEN],
      [{ ...base(), unitId: '00000000-0000-4000-8000-000000000000' }, ErrorCode.NOT_FOUND],
    ];
    for (const [input, code] of refusals) {
      expect({ input, code: await officer.code(REGISTER, { input }) }).toEqual({ input, code });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses registration once the registration phase has closed', async () => {
    const closed = await buildCampaign(app.db, {
      unit: tree.district,
      createdBy: (await app.db.query('SELECT id FROM app_user LIMIT 1'))[0].id,
      registration: 'closed',
    });
    const before = await snapshot(app.db);
    expect(await officer.code(REGISTER, { input: { ...base(), campaignId: closed.id } })).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('autosaves a draft with versions, and refuses edits once submitted', async () => {
    const m = await registerModel(officer, {
      campaignId,
      unitId: tree.communeA.id,
      complete: false,
    });
    const saved = await officer.ok<{ updateModel: { version: number; missingParts: string[] } }>(
      UPDATE,
      {
        input: {
          id: m.modelId,
          version: m.modelVersion,
          form: { goals: 'Mục tiêu: 100% hộ tham gia' },
        },
      },
    );
    expect(saved.updateModel.version).toBe(m.modelVersion + 1);
    expect(saved.updateModel.missingParts).not.toContain('goals');
    expect(
      await officer.code(UPDATE, {
        input: { id: m.modelId, version: m.modelVersion, title: 'Tên khác' },
      }),
    ).toBe(ErrorCode.CONFLICT);
    expect(
      await otherOfficer.code(UPDATE, {
        input: { id: m.modelId, version: saved.updateModel.version, title: 'Tên khác' },
      }),
    ).toBe(ErrorCode.FORBIDDEN);
    await forceState(app.db, m.candidacyId, S.SUBMITTED);
    const before = await snapshot(app.db);
    const res = await officer.request(UPDATE, {
      input: { id: m.modelId, version: saved.updateModel.version, title: 'Sửa sau khi gửi' },
    });
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.errors?.[0].extensions?.refusal).toBe('MODEL_LOCKED');
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('lists by state, kind and unit, finds titles without diacritics, and pages', async () => {
    const titles = [
      'Đội tự quản an ninh trật tự bản Sáy San',
      'Tổ tự quản mốc quốc giới xã Mù Sang',
      'Mô hình nuôi lợn bản Hưng Bình',
    ];
    for (const title of titles)
      await registerModel(officer, { campaignId, unitId: tree.communeA.id, title });
    const find = async (filter: Record<string, unknown>, api = leader) =>
      (
        await api.ok<{ models: { nodes: Array<{ title: string }> } }>(MODELS, { filter })
      ).models.nodes.map((n) => n.title);
    expect(await find({ search: 'moc quoc gioi mu sang' })).toEqual([titles[1]]);
    expect(await find({ search: 'SÁY SAN' })).toEqual([titles[0]]);
    expect((await find({ kind: 'INDIVIDUAL' })).every((t) => t.startsWith('Gương'))).toBe(true);
    expect(await find({ unitId: tree.communeB.id })).toEqual([]);
    expect(await find({ states: ['ENDORSED'] })).toEqual([]);
    expect(await find({ search: 'nuoi lon' }, otherOfficer)).toEqual([]); // another commune's models are not listed
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: {
        models: {
          nodes: Array<{ title: string }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      } = await leader.ok(MODELS, { filter: { campaignId }, first: 2, after });
      seen.push(...page.models.nodes.map((n) => n.title));
      if (!page.models.pageInfo.hasNextPage) break;
      after = page.models.pageInfo.endCursor;
    }
    const [{ n }] = await app.db.query(
      'SELECT count(*)::int AS n FROM model WHERE campaign_id = $1',
      [campaignId],
    );
    expect(seen).toHaveLength(n);
    expect(new Set(seen).size).toBe(n);
  });

  describe('evidence files', () => {
    const upload = (modelId: string, name: string, bytes: Buffer, auth = token) => {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(bytes)]), name);
      return fetch(`${app.url}/api/models/${modelId}/evidence`, {
        method: 'POST',
        headers: auth ? { authorization: `Bearer ${auth}` } : {},
        body,
      });
    };

    it('stores a PDF, lists it on the model and gives it back', async () => {
      const m = await registerModel(officer, { campaignId, unitId: tree.communeA.id });
      const res = await upload(m.modelId, 'Báo cáo thành tích.pdf', PDF);
      expect(res.status).toBe(201);
      const file = (await res.json()) as { id: string; url: string; contentType: string };
      expect(file.contentType).toBe('application/pdf');
      const model = await officer.ok<{
        model: { evidence: Array<{ fileName: string; sizeBytes: number }> };
      }>(`query($id: ID!) { model(id: $id) { evidence { fileName sizeBytes } } }`, {
        id: m.modelId,
      });
      expect(model.model.evidence).toEqual([
        { fileName: 'Báo cáo thành tích.pdf', sizeBytes: PDF.length },
      ]);
      const back = await fetch(`${app.url}${file.url}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(Buffer.from(await back.arrayBuffer())).toEqual(PDF);
      expect((await fetch(`${app.url}${file.url}`)).status).toBe(401);
    });

    it('hands a file back as an attachment the browser may not reinterpret, whatever its name', async () => {
      const m = await registerModel(officer, { campaignId, unitId: tree.communeA.id });
      const name = 'Biên bản "họp dân"\r\nSet-Cookie: a=b; .pdf';
      const res = await upload(m.modelId, name, PDF);
      expect(res.status).toBe(201);
      const { url } = (await res.json()) as { url: string };
      const back = await fetch(`${app.url}${url}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(back.headers.get('x-content-type-options')).toBe('nosniff');
      expect(back.headers.get('content-type')).toBe('application/pdf');
      expect(back.headers.get('set-cookie')).toBeNull();
      expect(back.headers.get('content-security-policy')).toContain('sandbox');
      const disposition = back.headers.get('content-disposition') ?? '';
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]*"; filename\*=UTF-8''/);
      const stored = decodeURIComponent(disposition.split("UTF-8''")[1]);
      const [{ file_name }] = await app.db.query(
        'SELECT file_name FROM evidence_file WHERE model_id = $1',
        [m.modelId],
      );
      expect(stored).toBe(file_name);
    });

    it('refuses oversized and disallowed files, unknown models and strangers, and keeps nothing', async () => {
      const m = await registerModel(officer, { campaignId, unitId: tree.communeA.id });
      const before = await snapshot(app.db);
      const big = Buffer.concat([PDF, Buffer.alloc(10 * 1024 * 1024)]);
      const refusals: string[] = [];
      const cases: Array<[Promise<Response>, number, string]> = [
        [upload(m.modelId, 'lon-qua.pdf', big), 400, ErrorCode.BAD_USER_INPUT],
        [
          upload(m.modelId, 'virus.exe', Buffer.from([0x4d, 0x5a, 0x90, 0, 3, 0])),
          400,
          ErrorCode.BAD_USER_INPUT,
        ],
        [
          upload(m.modelId, 'gia.pdf', Buffer.from('<script>alert(1)</script>')),
          400,
          ErrorCode.BAD_USER_INPUT,
        ],
        [upload(m.modelId, 'rong.pdf', Buffer.alloc(0)), 400, ErrorCode.BAD_USER_INPUT],
        // Only the first bytes of a PDF, then a web page a browser would run.
        [
          upload(m.modelId, 'nua.pdf', Buffer.from('%PDF-1.4\n<html><script>alert(1)</script>')),
          400,
          ErrorCode.BAD_USER_INPUT,
        ],
        [
          upload(
            m.modelId,
            'kep.pdf',
            Buffer.concat([PDF, Buffer.from('<html><script>x()</script>')]),
          ),
          400,
          ErrorCode.BAD_USER_INPUT,
        ],
        [upload('00000000-0000-4000-8000-000000000000', 'a.pdf', PDF), 404, ErrorCode.NOT_FOUND],
        [upload(m.modelId, 'a.pdf', PDF, ''), 401, ErrorCode.UNAUTHENTICATED],
      ];
      for (const [pending, status, code] of cases) {
        const res = await pending;
        const body = (await res.json()) as {
          errors: Array<{ extensions: { code: string; refusal: string } }>;
        };
        refusals.push(body.errors[0].extensions.refusal);
        expect({ status: res.status, code: body.errors[0].extensions.code }).toEqual({
          status,
          code,
        });
      }
      expect(refusals.slice(4, 6)).toEqual(['EVIDENCE_PDF_BROKEN', 'EVIDENCE_PDF_BROKEN']);
      expect(await snapshot(app.db)).toEqual(before);
    });
  });
});
