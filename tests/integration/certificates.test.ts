import { CandidacyState, UnitKind } from '@vinh-danh/shared';
import { certificateDocOf, issueCertificatesOf, pdfText } from '@vinh-danh/server/testing';
import { parseQrPayload, verifyFacts, type CertificateFacts } from '@vinh-danh/shared/certificates';
import {
  buildAdmin,
  buildManager,
  buildSigner,
  buildTree,
  buildUnit,
  signIn,
  type UnitRow,
} from '../factories';
import { buildCandidacy } from '../factories/candidacy';
import { buildIssuer } from '../factories/commendation';
import { buildReviewDesk } from '../factories/review-desk';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil } from '../factories/council';
import {
  buildClosedRound,
  buildSignedDecision,
  type HonouredModel,
} from '../factories/signed-decision';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';

const CERTIFICATE_FIELDS = `code status annulledAt annulReason awardType recipientName position
  unitName achievement decisionNumber decisionDate issuerName bookNumber keyId issuedAt
  signature qrUrl pdfUrl`;

const VERIFY = `query($code: String!) { verifyCertificate(code: $code) { ${CERTIFICATE_FIELDS} } }`;

const ROLL = `query($filter: HonourRollFilter, $first: Int, $after: String) {
  honourRoll(filter: $filter, first: $first, after: $after) {
    nodes { code title kind personName unitName fieldCode year awardType level summary
            decisionNumber decisionDate status }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface CertificateView {
  code: string;
  status: 'VALID' | 'ANNULLED';
  annulledAt: string | null;
  annulReason: string | null;
  awardType: string;
  recipientName: string;
  position: string | null;
  unitName: string;
  achievement: string;
  decisionNumber: string;
  decisionDate: string;
  issuerName: string;
  bookNumber: number;
  keyId: string;
  issuedAt: string;
  signature: string;
  qrUrl: string;
  pdfUrl: string;
}

interface PublishedKey {
  id: string;
  algorithm: string;
  publicKey: string;
  createdAt: string;
  retiredAt: string | null;
}

/** The facts a verifier rebuilds from what the page shows. */
const factsOf = (c: CertificateView): CertificateFacts => ({
  code: c.code,
  awardType: c.awardType,
  recipientName: c.recipientName,
  position: c.position,
  unitName: c.unitName,
  achievement: c.achievement,
  decisionNumber: c.decisionNumber,
  decisionDate: c.decisionDate,
  issuerName: c.issuerName,
  bookNumber: c.bookNumber,
  keyId: c.keyId,
  issuedAt: c.issuedAt,
});

describe('certificates and the honour roll', () => {
  let app: TestApp;
  let anonymous: GraphQLClient;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let creatorId: string;
  let campaignId: string;
  let roundId: string;
  let hamlet: UnitRow;

  const sign = (
    issuerUnit: UnitRow,
    models: HonouredModel[],
    extra: { awardType?: string; year?: number; signedAt?: Date } = {},
  ) =>
    buildSignedDecision(app.db, {
      campaignId,
      roundId,
      issuerUnit,
      createdBy: creatorId,
      models,
      ...extra,
    });

  const verify = async (code: string) =>
    (await anonymous.ok<{ verifyCertificate: CertificateView | null }>(VERIFY, { code }))
      .verifyCertificate;

  const keys = async (): Promise<PublishedKey[]> => {
    const res = await fetch(`${app.url}/api/keys`);
    expect(res.status).toBe(200);
    return (await res.json()) as PublishedKey[];
  };

  const roll = async (filter: Record<string, unknown> = {}, first = 50, after?: string) =>
    (
      await anonymous.ok<{
        honourRoll: {
          nodes: { code: string; title: string; status: string; personName: string | null }[];
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
        };
      }>(ROLL, { filter, first, after })
    ).honourRoll;

  beforeAll(async () => {
    app = await startTestApp();
    anonymous = app.api;
    tree = await buildTree(app.db);
    hamlet = await buildUnit(app.db, {
      name: 'Bản Phiêng Lơi',
      kind: UnitKind.AGENCY,
      parent: tree.communeA,
    });
    const creator = await buildManager(app.db, tree.province);
    creatorId = creator.id;
    ({ id: campaignId } = await buildCampaign(app.db, {
      unit: tree.province,
      createdBy: creatorId,
    }));
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creatorId,
      seats: [],
    });
    roundId = await buildClosedRound(app.db, council.id);
  });
  afterAll(() => app.stop());

  it('generated one signing key at start-up, published at /api/keys and to GraphQL', async () => {
    const published = await keys();
    expect(published).toHaveLength(1);
    expect(published[0]).toMatchObject({ algorithm: 'Ed25519', retiredAt: null });
    expect(published[0].id).toMatch(/^[0-9A-Z]{8}$/);
    const { certificateKeys } = await anonymous.ok<{
      certificateKeys: { id: string; publicKey: string; retiredAt: string | null }[];
    }>(`{ certificateKeys { id publicKey retiredAt } }`);
    expect(certificateKeys).toEqual([
      { id: published[0].id, publicKey: published[0].publicKey, retiredAt: null },
    ]);
  });

  it('issues one certificate per entry still on the signed decision, once', async () => {
    const signed = await sign(tree.district, [
      { title: 'Tổ tự quản mốc quốc giới', unit: tree.communeA },
      {
        title: 'Mô hình hiến đất làm đường',
        unit: tree.communeA,
        kind: 'INDIVIDUAL',
        personName: 'Nguyễn Thị Ánh Tuyết',
        personPosition: 'Chi hội trưởng Phụ nữ',
      },
    ]);
    expect(signed.codes).toHaveLength(2);
    const rows = await app.db.query(
      `SELECT c.code, e.book_number, c.facts FROM certificate c
         JOIN decision_entry e ON e.id = c.decision_entry_id
        WHERE e.decision_id = $1 ORDER BY e.book_number`,
      [signed.decisionId],
    );
    expect(rows.map((r: { code: string }) => r.code)).toEqual(signed.codes);
    expect(rows[1].facts).toMatchObject({
      recipientName: 'Nguyễn Thị Ánh Tuyết',
      position: 'Chi hội trưởng Phụ nữ',
      unitName: 'Xã Noong Luống',
      bookNumber: 2,
      issuerName: 'Ủy ban nhân dân huyện Điện Biên',
    });
    expect(rows[0].facts).toMatchObject({
      recipientName: 'Tổ tự quản mốc quốc giới',
      position: null,
    });

    // An entry taken off the list gets none; issuing again issues nothing new.
    await app.db.query(
      `INSERT INTO decision_entry (decision_id, candidacy_id, position, achievement, removed_at, removed_reason)
       SELECT $1, candidacy_id, 99, achievement, now(), 'Khiếu nại được chấp nhận'
         FROM decision_entry WHERE id = $2`,
      [signed.decisionId, signed.entries[0].entryId],
    );
    const again = await issueCertificatesOf(app.db, signed.decisionId);
    expect(again).toEqual([]);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM certificate c JOIN decision_entry e ON e.id = c.decision_entry_id
        WHERE e.decision_id = $1`,
      [signed.decisionId],
    );
    expect(n).toBe(2);
    // Written once: the database refuses to change what was signed.
    await expect(
      app.db.query(`UPDATE certificate SET facts = '{}' WHERE code = $1`, [signed.codes[0]]),
    ).rejects.toThrow(/never changed/);
  });

  it('answers anyone who types a code, loosely, with the public facts and status', async () => {
    const { codes } = await sign(tree.district, [
      {
        title: 'Gương người tốt việc tốt',
        unit: tree.communeB,
        kind: 'INDIVIDUAL',
        personName: 'Lò Văn Pấng',
        personPosition: 'Trưởng bản',
      },
    ]);
    const c = (await verify(codes[0]))!;
    expect(c).toMatchObject({
      code: codes[0],
      status: 'VALID',
      annulledAt: null,
      annulReason: null,
      awardType: 'GIAY_KHEN',
      recipientName: 'Lò Văn Pấng',
      position: 'Trưởng bản',
      unitName: 'Xã Pom Lót',
      bookNumber: 1,
      pdfUrl: `/api/certificates/${codes[0]}.pdf`,
    });
    expect(c.decisionNumber).toMatch(/^\d{2,}\/QĐ-UBND$/);
    expect(c.decisionDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // lower case, no dash, O for 0 and l for 1: the same certificate
    const typed = codes[0].replace('-', ' ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect((await verify(typed))?.code).toBe(codes[0]);
    expect(await verify('ZZZZZ-ZZZZZ')).toBeNull();
    expect(await verify('not a code at all')).toBeNull();
  });

  it('gathers the document its PDF prints from the signed facts and the issuer', async () => {
    const { codes } = await sign(tree.district, [
      {
        title: 'Mô hình nuôi cá lồng',
        unit: tree.communeA,
        kind: 'INDIVIDUAL',
        personName: 'Nguyễn Thị Ánh Tuyết',
        personPosition: 'Hội viên',
        achievement: 'Đã có thành tích xuất sắc ở xã Nậm Xe',
      },
    ]);
    const c = (await verify(codes[0]))!;
    const doc = await certificateDocOf(app.db, codes[0], 'https://vinhdanh.example');
    expect(doc).toMatchObject({
      heading: ['ỦY BAN NHÂN DÂN', 'HUYỆN ĐIỆN BIÊN'],
      party: false,
      signerCapacityLine: 'CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐIỆN BIÊN',
      awardName: 'Giấy khen',
      recipient: { name: 'Nguyễn Thị Ánh Tuyết', position: 'Hội viên', unitName: 'Xã Noong Luống' },
      achievement: 'Đã có thành tích xuất sắc ở xã Nậm Xe',
      decision: { numberText: c.decisionNumber },
      bookNumber: 1,
      place: 'Điện Biên',
      signature: { capacity: 'TM. ỦY BAN NHÂN DÂN', title: 'CHỦ TỊCH', name: 'Lò Văn Mừng' },
      code: codes[0],
      annulled: false,
    });
    expect(doc.decision.date).toBeInstanceOf(Date);
    expect(doc.qrPayload.startsWith(`https://vinhdanh.example/xac-minh/${codes[0]}#`)).toBe(true);
    expect(parseQrPayload(new URL(doc.qrPayload).hash)?.facts).toEqual(factsOf(c));
  });

  it('downloads as a PDF, for anyone, with its facts and code; annulled, it says so', async () => {
    const { codes, decisionId } = await sign(tree.district, [
      {
        title: 'Mô hình nuôi ong lấy mật',
        unit: tree.communeA,
        kind: 'INDIVIDUAL',
        personName: 'Nguyễn Thị Ánh Tuyết',
        personPosition: 'Hội viên Hội Nông dân',
        achievement: 'Đã có thành tích xuất sắc ở xã Nậm Xe',
      },
    ]);
    const c = (await verify(codes[0]))!;
    const get = (path: string) => fetch(`${app.url}${path}`);
    const res = await get(c.pdfUrl);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    const { text } = await pdfText(pdf);
    for (const fact of [
      'Nguyễn Thị Ánh Tuyết',
      'Xã Noong Luống',
      'Đã có thành tích xuất sắc ở xã Nậm Xe',
      c.decisionNumber,
      codes[0],
    ])
      expect(text).toContain(fact);
    expect(text).not.toContain('ĐÃ HỦY');
    // typed loosely, as on the verification page; an unknown code is not found
    expect(
      (await get(`/api/certificates/${codes[0].toLowerCase().replace('-', '')}.pdf`)).status,
    ).toBe(200);
    const unknown = await get('/api/certificates/ZZZZZ-ZZZZZ.pdf');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });

    await app.db.query(
      `UPDATE decision SET state = 'ANNULLED', annulled_at = now(), annul_reason = 'Sai đối tượng'
        WHERE id = $1`,
      [decisionId],
    );
    const annulled = await pdfText(Buffer.from(await (await get(c.pdfUrl)).arrayBuffer()));
    expect(annulled.text).toContain('ĐÃ HỦY');
  });

  it('exposes no private field on the public types', async () => {
    const { __schema } = await anonymous.ok<{
      __schema: { types: { name: string; fields: { name: string }[] | null }[] };
    }>(`{ __schema { types { name fields { name } } } }`);
    const fields = (name: string) =>
      __schema.types
        .find((t) => t.name === name)!
        .fields!.map((f) => f.name)
        .sort();
    expect(fields('Certificate')).toEqual(CERTIFICATE_FIELDS.split(/\s+/).filter(Boolean).sort());
    expect(fields('HonourEntry')).toEqual(
      [
        'code',
        'title',
        'kind',
        'personName',
        'position',
        'unitName',
        'fieldCode',
        'year',
        'awardType',
        'level',
        'issuerName',
        'summary',
        'decisionNumber',
        'decisionDate',
        'status',
        'annulledAt',
      ].sort(),
    );
    expect(fields('SigningKey')).toEqual(['createdAt', 'id', 'publicKey', 'retiredAt']);
  });

  it('signs what it shows: the published key verifies it, one changed byte fails', async () => {
    const { codes } = await sign(tree.district, [
      { title: 'Câu lạc bộ dân ca Thái', unit: tree.communeA, fieldCode: 'CULTURE_SOCIETY' },
    ]);
    const c = (await verify(codes[0]))!;
    const key = (await keys()).find((k) => k.id === c.keyId)!;
    expect(key).toBeDefined();
    expect(verifyFacts(factsOf(c), c.signature, key.publicKey)).toBe(true);
    const changed = { ...factsOf(c), recipientName: c.recipientName.replace('Thái', 'Thai') };
    expect(verifyFacts(changed, c.signature, key.publicKey)).toBe(false);
    expect(
      verifyFacts({ ...factsOf(c), bookNumber: c.bookNumber + 1 }, c.signature, key.publicKey),
    ).toBe(false);
    const sig = c.signature;
    const flipped = sig.slice(0, 10) + (sig[10] === 'A' ? 'B' : 'A') + sig.slice(11);
    expect(verifyFacts(factsOf(c), flipped, key.publicKey)).toBe(false);

    // The QR code's address carries the same signed facts in its fragment.
    const url = new URL(c.qrUrl, app.url);
    expect(url.pathname).toBe(`/xac-minh/${c.code}`);
    const payload = parseQrPayload(url.hash)!;
    expect(payload.keyId).toBe(c.keyId);
    expect(payload.facts).toEqual(factsOf(c));
    expect(verifyFacts(payload.facts, payload.signature, key.publicKey)).toBe(true);
  });

  it('rotates the key for a whole-tree administrator only; old certificates still verify', async () => {
    const before = (
      await sign(tree.district, [{ title: 'Tổ hòa giải bản Co Mỵ', unit: tree.communeB }])
    ).codes[0];
    const oldKey = (await keys())[0];

    const ROTATE = `mutation { rotateSigningKey { id publicKey retiredAt } }`;
    expect(await anonymous.code(ROTATE)).toBe('UNAUTHENTICATED');
    const communeAdmin = await signIn(
      app.api,
      await buildAdmin(app.db, tree.communeA, tree.communeA),
    );
    expect(await communeAdmin.code(ROTATE)).toBe('FORBIDDEN');
    const manager = await signIn(app.api, await buildManager(app.db, tree.province));
    expect(await manager.code(ROTATE)).toBe('FORBIDDEN');
    expect(await keys()).toEqual([oldKey]); // refusals change nothing

    const admin = await signIn(app.api, await buildAdmin(app.db, tree.province, tree.province));
    const { rotateSigningKey } = await admin.ok<{
      rotateSigningKey: { id: string; publicKey: string; retiredAt: string | null };
    }>(ROTATE);
    expect(rotateSigningKey.id).not.toBe(oldKey.id);
    expect(rotateSigningKey.retiredAt).toBeNull();

    const published = await keys();
    expect(published.map((k) => k.id)).toEqual([rotateSigningKey.id, oldKey.id]);
    expect(published[1].retiredAt).not.toBeNull();

    const old = (await verify(before))!;
    expect(old.keyId).toBe(oldKey.id);
    expect(verifyFacts(factsOf(old), old.signature, published[1].publicKey)).toBe(true);

    const after = (
      await sign(tree.district, [{ title: 'Đội xung kích bản Hua Ná', unit: tree.communeB }])
    ).codes[0];
    const fresh = (await verify(after))!;
    expect(fresh.keyId).toBe(rotateSigningKey.id);
    expect(verifyFacts(factsOf(fresh), fresh.signature, rotateSigningKey.publicKey)).toBe(true);
    expect(verifyFacts(factsOf(fresh), fresh.signature, oldKey.publicKey)).toBe(false);
  });

  it('reads as annulled, with the date, once its decision or its entry is; the roll drops it', async () => {
    const whole = await sign(
      tree.province,
      [{ title: 'Mô hình sân chơi cho trẻ em vùng cao', unit: tree.communeA }],
      { awardType: 'BANG_KHEN' },
    );
    const single = await sign(
      tree.province,
      [
        { title: 'Mô hình nước sạch bản Huổi Hẹ', unit: tree.communeA },
        { title: 'Mô hình đường bê tông bản Púng Tôm', unit: tree.communeA },
      ],
      { awardType: 'BANG_KHEN' },
    );
    const inRoll = async () => (await roll({ awardType: 'BANG_KHEN' })).nodes.map((n) => n.code);
    expect((await inRoll()).sort()).toEqual([...whole.codes, ...single.codes].sort());

    await app.db.query(
      `UPDATE decision SET state = 'ANNULLED', annulled_at = now(), annul_reason = 'Hồ sơ không trung thực'
        WHERE id = $1`,
      [whole.decisionId],
    );
    await app.db.query(
      `UPDATE decision_entry SET annulled_at = now(), annul_reason = 'Người được khen vi phạm'
        WHERE id = $1`,
      [single.entries[0].entryId],
    );

    const a = (await verify(whole.codes[0]))!;
    expect(a.status).toBe('ANNULLED');
    expect(a.annulReason).toBe('Hồ sơ không trung thực');
    expect(Number.isNaN(Date.parse(a.annulledAt!))).toBe(false);
    const b = (await verify(single.codes[0]))!;
    expect(b).toMatchObject({ status: 'ANNULLED', annulReason: 'Người được khen vi phạm' });
    expect((await verify(single.codes[1]))!.status).toBe('VALID');
    // the signature still verifies: annulment changes the status, never the signed facts
    const key = (await keys()).find((k) => k.id === a.keyId)!;
    expect(verifyFacts(factsOf(a), a.signature, key.publicKey)).toBe(true);

    expect(await inRoll()).toEqual([single.codes[1]]);
    const { honourEntry } = await anonymous.ok<{
      honourEntry: { status: string; annulledAt: string | null; title: string };
    }>(`query($code: String!) { honourEntry(code: $code) { status annulledAt title } }`, {
      code: whole.codes[0],
    });
    expect(honourEntry).toMatchObject({
      status: 'ANNULLED',
      title: 'Mô hình sân chơi cho trẻ em vùng cao',
    });
    expect(honourEntry.annulledAt).not.toBeNull();
  });

  it('is issued by signDecision, in its transaction, and annulDecision annuls it', async () => {
    const { tree: t, creator, council, desk } = await buildReviewDesk(app);
    const recognised = await buildCandidacy(desk, {
      state: CandidacyState.RECOGNISED,
      council,
      title: 'Mô hình "Dân vận khéo" bản Sư Lư',
    });
    const issuerId = await buildIssuer(app.db, t.district);
    const manager = await signIn(app.api, creator);
    const { proposeCommendation } = await manager.ok<{ proposeCommendation: { id: string } }>(
      `mutation($input: ProposeCommendationInput!) { proposeCommendation(input: $input) { id } }`,
      {
        input: {
          roundId: recognised.roundId,
          issuerId,
          awardType: 'GIAY_KHEN',
          entries: [
            { candidacyId: recognised.candidacyId, achievement: 'Đã có thành tích xuất sắc' },
          ],
        },
      },
    );
    const { draftDecision } = await manager.ok<{ draftDecision: { id: string } }>(
      `mutation($input: DraftDecisionInput!) { draftDecision(input: $input) { id } }`,
      { input: { proposalId: proposeCommendation.id } },
    );
    // The disclosure is over (as if its working days had passed).
    await app.db.query(
      `UPDATE decision SET disclosure_starts_on = current_date - 10, disclosure_ends_on = current_date - 2
        WHERE id = $1`,
      [draftDecision.id],
    );
    const [{ version }] = await app.db.query('SELECT version FROM decision WHERE id = $1', [
      draftDecision.id,
    ]);
    const signer = await signIn(app.api, await buildSigner(app.db, t.district));
    const { signDecision } = await signer.ok<{
      signDecision: {
        numberText: string;
        version: number;
        entries: {
          id: string;
          certificate: { code: string; status: string; decisionNumber: string } | null;
        }[];
      };
    }>(
      `mutation($input: DecisionVersionInput!) {
        signDecision(input: $input) {
          numberText version entries { id certificate { code status decisionNumber } }
        }
      }`,
      { input: { decisionId: draftDecision.id, version } },
    );
    const certificate = signDecision.entries[0].certificate!;
    expect(certificate).toMatchObject({ status: 'VALID', decisionNumber: signDecision.numberText });
    const c = (await verify(certificate.code))!;
    expect(c).toMatchObject({ recipientName: 'Mô hình "Dân vận khéo" bản Sư Lư', bookNumber: 1 });
    const key = (await keys()).find((k) => k.id === c.keyId)!;
    expect(verifyFacts(factsOf(c), c.signature, key.publicKey)).toBe(true);

    expect((await roll({ search: 'su lu dan van kheo' })).nodes.map((n) => n.code)).toEqual([
      certificate.code,
    ]);

    await signer.ok(
      `mutation($input: AnnulDecisionInput!) { annulDecision(input: $input) { state } }`,
      {
        input: {
          decisionId: draftDecision.id,
          version: signDecision.version,
          reason: 'Sai đối tượng',
        },
      },
    );
    expect(await verify(certificate.code)).toMatchObject({
      status: 'ANNULLED',
      annulReason: 'Sai đối tượng',
    });
    expect((await roll({ search: 'su lu dan van kheo' })).nodes).toEqual([]);
  });

  describe('the honour roll', () => {
    let codes: Record<string, string>;

    beforeAll(async () => {
      const y2024 = await sign(
        tree.district,
        [
          { title: 'Mô hình chăn nuôi bò sinh sản', unit: hamlet, fieldCode: 'ECONOMY' },
          {
            title: 'Gương nông dân sản xuất giỏi',
            unit: tree.communeB,
            kind: 'INDIVIDUAL',
            personName: 'Quàng Thị Đôi',
            fieldCode: 'ECONOMY',
          },
        ],
        { year: 2024, signedAt: new Date('2024-12-20T03:00:00Z') },
      );
      const y2023 = await sign(
        tree.province,
        [{ title: 'Đội văn nghệ xóm Nậm Xe', unit: tree.communeA, fieldCode: 'CULTURE_SOCIETY' }],
        { year: 2023, signedAt: new Date('2023-12-20T03:00:00Z'), awardType: 'BANG_KHEN' },
      );
      codes = {
        cattle: y2024.codes[0],
        farmer: y2024.codes[1],
        arts: y2023.codes[0],
      };
    });

    it('finds without diacritics, in the name, the person or the unit', async () => {
      const luong = await roll({ search: 'noong luong' });
      expect(luong.nodes.length).toBeGreaterThan(0);
      expect(luong.nodes.every((n) => !n.code || n.code.length === 11)).toBe(true);
      expect((await roll({ search: 'Noong Luống', year: 2024 })).nodes.map((n) => n.code)).toEqual([
        codes.cattle,
      ]);
      expect((await roll({ search: 'quang thi doi' })).nodes.map((n) => n.code)).toEqual([
        codes.farmer,
      ]);
      expect((await roll({ search: 'nam xe van nghe' })).nodes.map((n) => n.code)).toEqual([
        codes.arts,
      ]);
      expect((await roll({ search: 'không có ai' })).nodes).toEqual([]);
    });

    it('filters by year, level, unit subtree, field, kind and award', async () => {
      const codesOf = async (filter: Record<string, unknown>) =>
        (await roll(filter)).nodes.map((n) => n.code).sort();
      expect(await codesOf({ year: 2024 })).toEqual([codes.cattle, codes.farmer].sort());
      expect(await codesOf({ year: 2023 })).toEqual([codes.arts]);
      expect(await codesOf({ year: 2024, level: 'DISTRICT' })).toEqual(
        [codes.cattle, codes.farmer].sort(),
      );
      expect(await codesOf({ year: 2023, level: 'DISTRICT' })).toEqual([]);
      expect(await codesOf({ year: 2024, unitId: tree.communeA.id })).toEqual([codes.cattle]);
      expect(await codesOf({ year: 2024, unitId: tree.district.id })).toEqual(
        [codes.cattle, codes.farmer].sort(),
      );
      expect(await codesOf({ fieldCode: 'CULTURE_SOCIETY', year: 2023 })).toEqual([codes.arts]);
      expect(await codesOf({ kind: 'INDIVIDUAL', year: 2024 })).toEqual([codes.farmer]);
      expect(await codesOf({ awardType: 'BANG_KHEN', year: 2023 })).toEqual([codes.arts]);
    });

    it('pages newest decision first, each entry once', async () => {
      const all = (await roll({}, 200)).nodes.map((n) => n.code);
      const seen: string[] = [];
      let after: string | undefined;
      for (let i = 0; i < 50; i++) {
        const page = await roll({}, 2, after);
        seen.push(...page.nodes.map((n) => n.code));
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor!;
      }
      expect(seen).toEqual(all);
      expect(new Set(seen).size).toBe(seen.length);
      // newest first: 2024's entries come before 2023's
      expect(all.indexOf(codes.cattle)).toBeLessThan(all.indexOf(codes.arts));
      expect(all.indexOf(codes.cattle)).toBeLessThan(all.indexOf(codes.farmer));
    });

    it('refuses a cursor it did not make, with a code', async () => {
      for (const after of ['garbage', Buffer.from('["x","y","z"]').toString('base64url')]) {
        const res = await anonymous.request(ROLL, { first: 2, after });
        expect(res.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          refusal: 'INVALID_CURSOR',
        });
      }
    });
  });
});
