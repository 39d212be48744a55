import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { signIn as apiSignIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import {
  DEMO_PASSWORD,
  eventually,
  launchBrowser,
  PHONE,
  signIn,
  withPage,
} from '../support/browser';

/**
 * Issue 11's staff screens, on the demo as it loads: huyện Điện Biên's council secretary
 * (`thuky`) proposes the exemplary entries of the closed round to the district's signing
 * authority; the campaign manager (`thiduakhenthuong`) drafts the decisions and resolves an
 * objection from the public; the signer (`kyduyet`) signs one decision, then the others at
 * once, downloads what was signed and annuls one entry. All by clicks: the objection comes from
 * an anonymous visitor on the public page, and the public verification page says valid, then
 * annulled, both at phone width.
 */

jest.setTimeout(240_000);

const SUBMIT_OBJECTION = `
  mutation ($input: SubmitObjectionInput!) { submitObjection(input: $input) }`;

const RESOLVE_OBJECTION = `
  mutation ($input: ResolveObjectionInput!) { resolveObjection(input: $input) { id state } }`;

describe('the commendation desk on the demo', () => {
  let app: TestApp;
  let browser: Browser;
  let roundId: string;
  /** the closed round's exemplary entries nobody has proposed yet, in intake order */
  let candidates: string[];

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
    const rows: Array<{ round_id: string; candidacy_id: string }> = await app.db.query(
      `SELECT r.id AS round_id, c.id AS candidacy_id
         FROM review_round r
         JOIN council k ON k.id = r.council_id
         JOIN org_unit u ON u.id = k.unit_id
         JOIN round_entry e ON e.round_id = r.id AND e.removed_at IS NULL
         JOIN candidacy c ON c.id = e.candidacy_id
         JOIN council_member m ON m.council_id = k.id AND m.seat = 'SECRETARY'
         JOIN app_user s ON s.id = m.user_id AND s.username = 'thuky'
        WHERE r.state = 'CLOSED' AND c.state = 'RECOGNISED' AND c.recognition = 'EXEMPLARY'
          AND NOT EXISTS (SELECT 1 FROM proposal_entry p WHERE p.candidacy_id = c.id)
        ORDER BY r.closed_at DESC, e.intake_order`,
    );
    expect(rows.length).toBeGreaterThan(0);
    roundId = rows[0].round_id;
    candidates = rows.filter((r) => r.round_id === roundId).map((r) => r.candidacy_id);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(label: string, fn: (page: Page) => Promise<T>, phone = false) =>
    withPage(browser, app.url, { label, ...(phone ? PHONE : {}) }, fn);

  /** Clicking `button` downloads a PDF named like `name`, that is a PDF. */
  const downloads = async (page: Page, button: Locator, name: RegExp) => {
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toMatch(name);
    expect(file.suggestedFilename()).toMatch(/\.pdf$/);
    const path = await file.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  };

  /** Test setup: the disclosure of these drafts ended yesterday (the calendar, not a click). */
  const endDisclosure = (decisionIds: string[]) =>
    app.db.query(
      `UPDATE decision SET disclosure_starts_on = current_date - 14,
              disclosure_ends_on = current_date - 7
        WHERE id = ANY($1)`,
      [decisionIds],
    );

  const decisionsOf = async (proposalIds: string[]): Promise<string[]> =>
    (
      await app.db.query(
        `SELECT id FROM decision WHERE proposal_id = ANY($1) ORDER BY created_at`,
        [proposalIds],
      )
    ).map((r: { id: string }) => r.id);

  /** The public verification page, at phone width, reads the entry's certificate as `status`. */
  const expectVerification = async (entryId: string, status: 'VALID' | 'ANNULLED') => {
    const [{ code }] = await app.db.query(
      'SELECT code FROM certificate WHERE decision_entry_id = $1',
      [entryId],
    );
    await open(
      `verify-${status.toLowerCase()}`,
      async (page) => {
        await page.goto(`/xac-minh/${code}`);
        const shown = page.getByTestId('certificate-status');
        await shown.waitFor();
        expect(await shown.getAttribute('data-status')).toBe(status);
      },
      true,
    );
  };

  it('proposes, drafts, resolves an objection, signs, downloads and annuls', async () => {
    // One proposal for the first entry, one for the others (when the round has more).
    const groups = candidates.length > 1 ? [[candidates[0]], candidates.slice(1)] : [candidates];

    // ---- the secretary's proposal builder on the closed round ----
    const proposalIds = await open('secretary', async (page) => {
      await signIn(page, 'thuky');
      await page.goto(`/rounds/${roundId}`);
      const builder = page.getByTestId('proposal-builder');
      await builder.waitFor();
      for (const id of candidates) await builder.getByTestId(`proposal-candidate-${id}`).waitFor();

      // Nothing chosen: the form says what is missing and sends nothing.
      await builder.getByTestId('proposal-submit').click();
      expect(await builder.getByTestId('proposal-invalid').textContent()).toBe(
        'Chọn cơ quan khen thưởng và ít nhất một mô hình.',
      );

      for (const group of groups) {
        for (const id of group) await builder.getByTestId(`proposal-select-${id}`).check();
        // The achievement line starts as the model's title, and may be rewritten.
        const first = builder.getByTestId(`proposal-achievement-${group[0]}`);
        expect((await first.inputValue()).length).toBeGreaterThan(0);
        await first.fill('Đã có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo”');
        await builder.getByTestId('proposal-issuer').selectOption({ index: 1 });
        expect(await builder.getByTestId('proposal-award').inputValue()).not.toBe('');
        await builder.getByTestId('proposal-submit').click();
        for (const id of group) {
          await builder.getByTestId(`proposal-entry-${id}`).waitFor();
          expect(await builder.getByTestId(`proposal-candidate-${id}`).count()).toBe(0);
        }
      }
      expect(await builder.getByTestId('proposal-none').textContent()).toBe(
        'Không còn mô hình tiêu biểu nào chờ đề nghị khen thưởng.',
      );

      // The dossier downloads as one PDF.
      await downloads(page, builder.getByTestId('proposal-dossier').first(), /^ho-so-de-nghi-/);

      const rows: Array<{ id: string }> = await app.db.query(
        `SELECT DISTINCT p.id, p.created_at FROM proposal p
           JOIN proposal_entry e ON e.proposal_id = p.id
          WHERE e.candidacy_id = ANY($1) ORDER BY p.created_at`,
        [candidates],
      );
      return rows.map((r) => r.id);
    });
    expect(proposalIds).toHaveLength(groups.length);
    const states: Array<{ state: string }> = await app.db.query(
      'SELECT state FROM candidacy WHERE id = ANY($1)',
      [candidates],
    );
    expect(states.every((s) => s.state === 'PROPOSED')).toBe(true);

    // ---- the manager drafts the decisions ----
    await open('manager-draft', async (page) => {
      await signIn(page, 'thiduakhenthuong');
      await page.getByTestId('nav-commendations').click();
      await page.getByTestId('commendations-page').waitFor();
      for (const id of proposalIds) {
        const card = page.getByTestId(`proposal-${id}`);
        await card.getByTestId('draft-decision').click();
        await card.waitFor({ state: 'detached' });
      }
      const disclosing = page.getByTestId('disclosing-decisions');
      for (const decisionId of await decisionsOf(proposalIds)) {
        const card = disclosing.getByTestId(`decision-${decisionId}`);
        await card.waitFor();
        expect(await card.getByTestId('disclosure-days-left').textContent()).toMatch(
          /^Còn \d+ ngày làm việc$/,
        );
      }
    });
    const decisionIds = await decisionsOf(proposalIds);
    expect(decisionIds).toHaveLength(groups.length);

    // ---- the signer, while the disclosure runs: nothing to sign yet ----
    await open('signer-early', async (page) => {
      await signIn(page, 'kyduyet');
      await page.getByTestId('nav-decisions').click();
      const card = page.getByTestId(`decision-${decisionIds[0]}`);
      await card.waitFor();
      expect(await card.getAttribute('data-signable')).toBe('false');
      expect(await card.getByTestId('sign-decision').isDisabled()).toBe(true);
      expect(await card.getByTestId('sign-select').isDisabled()).toBe(true);
      expect(await card.getByTestId('sign-not-yet').textContent()).toBe(
        'Chưa ký được: thời gian công khai chưa kết thúc.',
      );
      await downloads(page, card.getByTestId('decision-pdf'), /^du-thao-quyet-dinh-/);
      await downloads(page, card.getByTestId('decision-dossier'), /^ho-so-de-nghi-/);
    });

    // ---- an objection from the public, on the first decision's entry ----
    const [{ id: entryId }] = await app.db.query(
      'SELECT id FROM decision_entry WHERE decision_id = $1 AND candidacy_id = $2',
      [decisionIds[0], candidates[0]],
    );
    // Anyone, at phone width and without an account, objects on the public page.
    const [{ title }] = await app.db.query(
      'SELECT m.title FROM candidacy c JOIN model m ON m.id = c.model_id WHERE c.id = $1',
      [candidates[0]],
    );
    await open(
      'public-objection',
      async (page) => {
        await page.goto('/cong-khai');
        const entry = page.getByTestId('disclosure-entry').filter({ hasText: title });
        await entry.waitFor();
        await entry.getByTestId('object').click();
        const form = entry.getByTestId('objection-form');
        await form.getByTestId('objection-name').fill('Nguyễn Thị Ánh Tuyết');
        await form.getByTestId('objection-contact').fill('0912 345 678');
        await form
          .getByTestId('objection-body')
          .fill('Đề nghị xem lại số liệu số hộ tham gia ở bản Nậm Xe.');
        await form.getByTestId('objection-submit').click();
        await entry.getByTestId('success').waitFor();
      },
      true,
    );
    await endDisclosure(decisionIds);

    // ---- the signer, once it has ended: the objected entry is held out ----
    await open('signer-held', async (page) => {
      await signIn(page, 'kyduyet');
      await page.goto('/decisions');
      const card = page.getByTestId(`decision-${decisionIds[0]}`);
      await card.waitFor();
      await card.locator(`[data-testid="decision-entry-${entryId}"][data-held="true"]`).waitFor();
      expect(await card.getByTestId('disclosure-objections').getAttribute('data-count')).toBe('1');
      expect(await card.getByTestId('sign-held').textContent()).toBe(
        '1 mô hình đang bị phản ánh sẽ không có trong quyết định.',
      );
    });

    // ---- the manager dismisses it, with a reason ----
    await open('manager-objection', async (page) => {
      await signIn(page, 'thiduakhenthuong');
      await page.goto('/commendations');
      const queue = page.getByTestId('objection-queue');
      const [{ id: objectionId }] = await app.db.query(
        'SELECT id FROM objection WHERE decision_entry_id = $1',
        [entryId],
      );
      const card = queue.getByTestId(`objection-${objectionId}`);
      await card.waitFor();
      expect(await card.getByTestId('objection-name').textContent()).toBe('Nguyễn Thị Ánh Tuyết');
      expect(await card.getByTestId('objection-contact').textContent()).toBe('0912 345 678');
      expect(await card.getByTestId('objection-body').textContent()).toContain('Nậm Xe');

      // No outcome, no reason: nothing is sent.
      await card.getByTestId('objection-resolve').click();
      expect(await card.getByTestId('objection-outcome-error').textContent()).toBe(
        'Chọn chấp nhận hoặc bác bỏ.',
      );
      expect(await card.getByTestId('objection-reason-error').textContent()).toBe(
        'Nhập lý do giải quyết.',
      );
      await card.getByTestId('objection-dismiss').check();
      await card
        .getByTestId('objection-reason')
        .fill('Số liệu đã được Ủy ban nhân dân xã xác nhận.');
      await card.getByTestId('objection-resolve').click();
      await card.waitFor({ state: 'detached' });
      await queue.getByTestId('objections-none').waitFor();
    });
    const [objection] = await app.db.query(
      'SELECT state, resolution FROM objection WHERE decision_entry_id = $1',
      [entryId],
    );
    expect(objection).toEqual({
      state: 'DISMISSED',
      resolution: 'Số liệu đã được Ủy ban nhân dân xã xác nhận.',
    });

    // ---- the signer signs the first alone, the others at once; downloads; annuls one entry ----
    await open('signer', async (page) => {
      await signIn(page, 'kyduyet');
      await page.goto('/decisions');
      const queue = page.getByTestId('sign-queue');
      const first = queue.getByTestId(`decision-${decisionIds[0]}`);
      await eventually(async () => expect(await first.getAttribute('data-signable')).toBe('true'));
      await first.getByTestId('sign-decision').click();
      const register = page.getByTestId('decision-register');
      const signed = register.getByTestId(`register-${decisionIds[0]}`);
      await signed.waitFor();
      expect(await signed.getByTestId('register-number').textContent()).toMatch(/^\d{2,}\/.+/);
      await first.waitFor({ state: 'detached' });

      const rest = decisionIds.slice(1);
      if (rest.length > 0) {
        for (const id of rest)
          await queue.getByTestId(`decision-${id}`).getByTestId('sign-select').check();
        await queue.getByTestId('sign-selected').click();
        for (const id of rest) await register.getByTestId(`register-${id}`).waitFor();
      }

      // The signed decision and the entry's certificate download.
      await downloads(page, signed.getByTestId('register-pdf'), /^quyet-dinh-/);
      const entry = signed.getByTestId(`decision-entry-${entryId}`);
      expect(await entry.getAttribute('data-certificate')).toBe('VALID');
      await downloads(page, entry.getByTestId(`certificate-download-${entryId}`), /^khen-thuong-/);
      await expectVerification(entryId, 'VALID');

      // Annulling one entry needs a reason.
      await signed.getByTestId('annul-open').click();
      const form = signed.getByTestId('annul-form');
      await form.getByTestId('annul-scope').selectOption(entryId);
      await form.getByTestId('annul-confirm').click();
      expect(await form.getByTestId('annul-reason-error').textContent()).toBe('Nhập lý do hủy.');
      await form.getByTestId('annul-reason').fill('Phát hiện kê khai thành tích không đúng.');
      await form.getByTestId('annul-confirm').click();
      await form.waitFor({ state: 'detached' });
      await signed
        .getByTestId(`decision-entry-${entryId}`)
        .getByTestId('decision-entry-annulled')
        .waitFor();
      await eventually(async () =>
        expect(await signed.getAttribute('data-state')).toBe('ANNULLED'),
      );
      expect(await entry.getAttribute('data-certificate')).toBe('ANNULLED');
      expect(await signed.getByTestId('annul-open').count()).toBe(0);
    });
    await expectVerification(entryId, 'ANNULLED');

    // All numbered; the first decision had one entry, so annulling it annulled the decision.
    const signedRows: Array<{ id: string; state: string; number: number | null }> =
      await app.db.query('SELECT id, state, number FROM decision WHERE id = ANY($1)', [
        decisionIds,
      ]);
    expect(signedRows.every((d) => d.number !== null)).toBe(true);
    expect(Object.fromEntries(signedRows.map((d) => [d.id, d.state]))).toEqual(
      Object.fromEntries(decisionIds.map((id, n) => [id, n === 0 ? 'ANNULLED' : 'SIGNED'])),
    );
    const [annulled] = await app.db.query('SELECT annul_reason FROM decision_entry WHERE id = $1', [
      entryId,
    ]);
    expect(annulled.annul_reason).toBe('Phát hiện kê khai thành tích không đúng.');
    const [{ state: candidacyState }] = await app.db.query(
      'SELECT state FROM candidacy WHERE id = $1',
      [candidates[0]],
    );
    expect(candidacyState).toBe('ANNULLED');
  });

  it('upholds an objection, and says so when someone else resolved one first', async () => {
    // Two entries of the demo's draft under disclosure, each objected to. Test setup: its
    // disclosure runs a while yet, whatever the hour in Vietnam.
    const [{ id: draftId }] = await app.db.query(
      `SELECT id FROM decision WHERE state = 'DISCLOSING' ORDER BY disclosure_ends_on DESC LIMIT 1`,
    );
    await app.db.query(`UPDATE decision SET disclosure_ends_on = current_date + 10 WHERE id = $1`, [
      draftId,
    ]);
    const entries: Array<{ id: string; candidacy_id: string }> = await app.db.query(
      `SELECT id, candidacy_id FROM decision_entry WHERE decision_id = $1 AND removed_at IS NULL
        ORDER BY position LIMIT 2`,
      [draftId],
    );
    expect(entries).toHaveLength(2);
    const objectionIds: string[] = [];
    for (const [n, entry] of entries.entries()) {
      await app.api.ok(SUBMIT_OBJECTION, {
        input: {
          entryId: entry.id,
          name: n === 0 ? 'Lò Văn Hưởng' : 'Giàng A Páo',
          contact: n === 0 ? 'huong.lv@example.vn' : '0987 654 321',
          body: 'Mô hình chưa được triển khai ở bản như báo cáo.',
        },
      });
      const [{ id }] = await app.db.query(
        `SELECT id FROM objection WHERE decision_entry_id = $1 AND state = 'OPEN'`,
        [entry.id],
      );
      objectionIds.push(id as string);
    }

    await open('manager-uphold', async (page) => {
      await signIn(page, 'thiduakhenthuong');
      await page.goto('/commendations');
      const queue = page.getByTestId('objection-queue');
      const [upheld, raced] = objectionIds.map((id) => queue.getByTestId(`objection-${id}`));
      await upheld.waitFor();
      await raced.waitFor();

      // Upheld: the entry leaves the list.
      await upheld.getByTestId('objection-uphold').check();
      await upheld
        .getByTestId('objection-reason')
        .fill('Xác minh tại bản: mô hình chưa triển khai.');
      await upheld.getByTestId('objection-resolve').click();
      await upheld.waitFor({ state: 'detached' });
      await page
        .getByTestId('disclosing-decisions')
        .getByTestId(`decision-entry-${entries[0].id}`)
        .getByTestId('decision-entry-removed')
        .waitFor();

      // Resolved meanwhile by a colleague: the page says so, in Vietnamese.
      const colleague = await apiSignIn(app.api, {
        username: 'thiduakhenthuong',
        password: DEMO_PASSWORD,
      });
      await colleague.ok(RESOLVE_OBJECTION, {
        input: {
          objectionId: objectionIds[1],
          upheld: false,
          reason: 'Đã xác minh, đúng thực tế.',
        },
      });
      await raced.getByTestId('objection-dismiss').check();
      await raced.getByTestId('objection-reason').fill('Bác bỏ.');
      await raced.getByTestId('objection-resolve').click();
      const error = raced.getByTestId('objection-error');
      await error.waitFor();
      expect(await error.textContent()).toBe('Ý kiến phản ánh này đã được giải quyết.');
    });

    const [entry] = await app.db.query(
      `SELECT e.removed_reason, c.state FROM decision_entry e
         JOIN candidacy c ON c.id = e.candidacy_id WHERE e.id = $1`,
      [entries[0].id],
    );
    expect(entry).toEqual({
      removed_reason: 'Xác minh tại bản: mô hình chưa triển khai.',
      state: 'RETURNED',
    });
  });

  it('works at phone width: the signer’s register and the manager’s desk fit the screen', async () => {
    for (const [who, path, testId] of [
      ['kyduyet', '/decisions', 'decisions-page'],
      ['thiduakhenthuong', '/commendations', 'commendations-page'],
    ] as const) {
      await open(
        `phone-${who}`,
        async (page) => {
          await signIn(page, who);
          await page.goto(path);
          await page.getByTestId(testId).waitFor();
          const widths = await page.evaluate(() => ({
            page: document.documentElement.scrollWidth,
            screen: window.innerWidth,
          }));
          expect(widths.page).toBeLessThanOrEqual(widths.screen);
        },
        true,
      );
    }
  });

  it('keeps the desks to their capabilities: the secretary sees neither', () =>
    open('secretary-menu', async (page) => {
      await signIn(page, 'thuky');
      expect(await page.getByTestId('nav-commendations').count()).toBe(0);
      expect(await page.getByTestId('nav-decisions').count()).toBe(0);
      await page.goto('/decisions');
      await page.getByTestId('forbidden').waitFor();
    }));
});
