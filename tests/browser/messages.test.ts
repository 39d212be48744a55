import type { Browser } from 'playwright-core';
import { CandidacyAction, vi } from '@vinh-danh/shared';
import { hashPassword } from '@vinh-danh/server/testing';
import { signIn as apiSignIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { DEMO_PASSWORD, eventually, launchBrowser, signIn, withPage } from '../support/browser';
import type { GraphQLClient } from '../support/client';
import { review, sheet } from '../support/review';

/**
 * Issue 8 in the demo, as the commune officer of Noong Luống sees it: the bell tells her, in
 * Vietnamese and with a verb, that a council recognised her model as exemplary; and a refusal
 * of the server (a file that is no PDF) is shown in Vietnamese, not in the server's English.
 */

jest.setTimeout(120_000);

const SUBMITTED = 'Vận động Nhân dân hiến đất mở rộng đường giao thông nông thôn xã Noong Luống';
const DRAFT = 'Hộ nông dân sản xuất kinh doanh giỏi xã Noong Luống';

const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { id version } }`;

describe('what the commune officer is told, in Vietnamese', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const as = (username: string) => apiSignIn(app.api, { username, password: DEMO_PASSWORD });

  const candidacyOf = async (title: string) => {
    const [row] = await app.db.query(
      `SELECT c.id, c.version, c.unit_id, c.campaign_id, m.id AS model_id, u.path
         FROM model m JOIN candidacy c ON c.model_id = m.id AND c.unit_id = m.unit_id
         JOIN org_unit u ON u.id = c.unit_id
        WHERE m.title = $1`,
      [title],
    );
    return row as {
      id: string;
      version: number;
      campaign_id: string;
      model_id: string;
      path: string;
    };
  };

  it('hears from the bell that her model was recognised as exemplary', async () => {
    // The leader endorses canbo's submitted model; it goes to the nearest council above it.
    const submitted = await candidacyOf(SUBMITTED);
    await (
      await as('lanhdao')
    ).ok(TRANSITION, {
      input: {
        candidacyId: submitted.id,
        version: submitted.version,
        action: CandidacyAction.ENDORSE,
      },
    });
    const [council]: Array<{ id: string; name: string }> = await app.db.query(
      `SELECT k.id, k.name FROM council k JOIN org_unit ku ON ku.id = k.unit_id
        WHERE k.campaign_id = $1 AND $2 LIKE ku.path || '%'
        ORDER BY ku.depth DESC LIMIT 1`,
      [submitted.campaign_id, submitted.path],
    );
    expect(council).toBeDefined();
    // Its seats, signed in with the demo password (set here in case a seat is no demo account).
    const seats: Array<{ user_id: string; username: string; seat: string }> = await app.db.query(
      `SELECT cm.user_id, u.username, cm.seat FROM council_member cm
         JOIN app_user u ON u.id = cm.user_id WHERE cm.council_id = $1`,
      [council.id],
    );
    await app.db.query('UPDATE app_user SET password_hash = $2 WHERE id = ANY($1::uuid[])', [
      seats.map((s) => s.user_id),
      await hashPassword(DEMO_PASSWORD),
    ]);
    const clients = new Map<string, GraphQLClient>();
    for (const s of seats) clients.set(s.seat, await as(s.username));
    const members = await Promise.all(seats.map((s) => as(s.username)));
    const secretary = clients.get('SECRETARY')!;
    const chair = clients.get('CHAIR')!;

    // A round driven to its end through the API: taken in, scored high, approved, closed.
    const round = await review.open(secretary, council.id, 'Phiên xét duyệt tháng 12');
    await review.add(secretary, round.id, [submitted.id]);
    const assigned = await review.assign(secretary, round.id);
    const entry = assigned.entries.find((e) => e.candidacy.id === submitted.id)!;
    expect((await review.step(secretary, 'startScoring', round.id)).errors).toBeUndefined();
    for (const member of members) {
      const res = await review.score(member, entry.id, sheet(90));
      expect(res.errors?.[0]?.extensions?.refusal ?? 'ok').toMatch(/ok|NOT_ASSIGNED/);
    }
    expect((await review.step(secretary, 'startVoting', round.id)).errors).toBeUndefined();
    for (const member of members) {
      const res = await review.vote(member, entry.id, 'APPROVE');
      expect(res.errors?.[0]?.extensions?.refusal ?? 'ok').toMatch(/ok|EXCLUDED_BY_CONFLICT/);
    }
    expect((await review.step(chair, 'closeRound', round.id)).errors).toBeUndefined();
    const [{ state, recognition }] = await app.db.query(
      'SELECT state, recognition FROM candidacy WHERE id = $1',
      [submitted.id],
    );
    expect({ state, recognition }).toEqual({ state: 'RECOGNISED', recognition: 'EXEMPLARY' });

    await withPage(browser, app.url, {}, async (page) => {
      await signIn(page, 'canbo');
      await page.getByTestId('notification-count').waitFor();
      await page.getByTestId('notification-bell').click();
      const item = page.locator('[data-kind="RECOGNISED_EXEMPLARY"]');
      await item.waitFor();
      expect((await item.locator('.bell__text').textContent())?.trim()).toBe(
        `${council.name} đã công nhận “${SUBMITTED}” là mô hình tiêu biểu.`,
      );
      // Taken in, endorsed: every event says what happened, none only a name and a title.
      const texts = await page.locator('.bell__text').allTextContents();
      expect(texts).toEqual(
        expect.arrayContaining([
          `${council.name} đã tiếp nhận “${SUBMITTED}” để xét duyệt.`,
          `Quàng Văn Thanh đã xác nhận “${SUBMITTED}”.`,
        ]),
      );
      for (const text of texts) expect(text).not.toMatch(/^[^:]+: “.*”\.$/);
      // It leads to the model.
      await item.click();
      await page.waitForURL(`**/models/${submitted.model_id}`);
    });
  });

  it('shows the server’s refusal of a file that is no PDF in Vietnamese', async () => {
    const draft = await candidacyOf(DRAFT);
    await withPage(browser, app.url, {}, async (page) => {
      await signIn(page, 'canbo');
      await page.goto(`/models/${draft.model_id}/edit`);
      await page.getByTestId('edit-model-form').waitFor();
      // Named and typed as a PDF, so the browser lets it through; the server reads the bytes.
      await page.getByTestId('evidence-input').setInputFiles({
        name: 'bien-ban.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from('Đây không phải là tệp PDF.'),
      });
      const error = page.getByTestId('evidence-error');
      await error.waitFor();
      await eventually(async () =>
        expect((await error.textContent())?.trim()).toContain(vi.errors.EVIDENCE_TYPE),
      );
      expect(await error.textContent()).not.toMatch(/Only PDF|accepted|Chi tiết/);
    });
  });
});
