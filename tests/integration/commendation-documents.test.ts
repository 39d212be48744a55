import { pdfText } from '@vinh-danh/server/testing';
import {
  buildCommendationStage,
  buildDraft,
  LEGAL_BASES,
  SIGN,
  type CommendationStage,
} from '../factories/commendation';
import { startTestApp, type TestApp } from '../support/app';

/** Every document of the end of the year, read back as text: exactly the database's words. */
describe('the end of the year’s documents', () => {
  let app: TestApp;
  let stage: CommendationStage;
  let proposalId: string;
  let decisionId: string;

  beforeAll(async () => {
    app = await startTestApp();
    stage = await buildCommendationStage(app);
    const built = await buildDraft(stage, 4);
    proposalId = built.proposalId;
    decisionId = built.decision.id;
  });
  afterAll(() => app.stop());

  const fetchPdf = async (path: string, token: string | null) => {
    const res = await fetch(`${app.url}${path}`, {
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  it('prints a draft decision for the desk only, then the signed one for anyone, with its number and list', async () => {
    const path = `/api/decisions/${decisionId}.pdf`;
    expect((await fetchPdf(path, null)).status).toBe(401);
    const draft = await pdfText((await fetchPdf(path, stage.manager.token)).body);
    expect(draft.text).toContain('DỰ THẢO');

    await stage.signer.ok(SIGN, { input: { decisionId, version: 1 } });
    const signed = await fetchPdf(path, null);
    expect(signed.type).toBe('application/pdf');
    const { text } = await pdfText(signed.body);
    const [{ number, year }] = await app.db.query(
      'SELECT number, year FROM decision WHERE id = $1',
      [decisionId],
    );
    expect(text).toContain(`Số: ${String(number).padStart(2, '0')}/QĐ-UBND`);
    expect(text).toContain('ỦY BAN NHÂN DÂN');
    expect(text).toContain('HUYỆN ĐIỆN BIÊN');
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain(`năm ${year}`);
    for (const base of LEGAL_BASES) expect(text).toContain(base);
    const names: Array<{ title: string; person_name: string | null; achievement: string }> =
      await app.db.query(
        `SELECT m.title, m.person_name, e.achievement FROM decision_entry e
         JOIN candidacy c ON c.id = e.candidacy_id JOIN model m ON m.id = c.model_id WHERE e.decision_id = $1`,
        [decisionId],
      );
    for (const n of names) {
      expect(text).toContain(n.person_name ?? n.title);
      expect(text).toContain(n.achievement);
    }
    expect(text).toContain('Nguyễn Thị Ánh Tuyết');
    expect(text).toContain('Vũ Đức Long');
  });

  it('downloads the dossier as one PDF: the submission, a report per entry, the minutes', async () => {
    const path = `/api/proposals/${proposalId}/dossier.pdf`;
    expect((await fetchPdf(path, null)).status).toBe(401);
    const res = await fetchPdf(path, stage.secretary.token);
    expect(res.status).toBe(200);
    const dossier = await pdfText(res.body);
    expect(dossier.text).toContain('TỜ TRÌNH');
    expect(dossier.text).toContain('BÁO CÁO THÀNH TÍCH');
    expect(dossier.text).toContain('BIÊN BẢN');
    expect(dossier.text).toContain('Tổ tự quản đường làng Mường Nhà');
    expect(dossier.text).toContain('bản Nậm Xe');
    const [submission, reports] = await Promise.all([
      fetchPdf(`/api/proposals/${proposalId}/submission.pdf`, stage.manager.token).then((r) =>
        pdfText(r.body),
      ),
      fetchPdf(`/api/proposals/${proposalId}/reports.pdf`, stage.signer.token).then((r) =>
        pdfText(r.body),
      ),
    ]);
    expect(dossier.pages).toBeGreaterThan(submission.pages + reports.pages);
    expect(reports.pages).toBeGreaterThanOrEqual(4);
  });
});
