import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { CandidacyAction as A, FORM_PARTS, Role, UnitKind } from '@vinh-danh/shared';
import { registerModel, type Registered } from '../factories/campaign';
import { buildUnit, buildUser, signIn as apiSignIn, type UnitRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review } from '../support/review';
import { DEMO_PASSWORD, launchBrowser, signIn, withPage } from '../support/browser';
import { ONE_PAGE_PDF as PDF } from '../factories/files';

/**
 * Issue 8, every role has a home and consistent access, on the demo with its own accounts: the
 * council's seats find their work on their home page, a member reads the whole dossier of an
 * entry they score and downloads its evidence, the secretary opens what waits in the intake,
 * the unit leader endorses one row, and the reporter and the signer reach what their menu offers.
 */

jest.setTimeout(120_000);

const TRANSITION = `mutation($input: TransitionInput!) { transitionCandidacy(input: $input) { version } }`;
const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { token } }`;

const SCORING_ROUND = 'Phiên chấm điểm (kiểm thử quyền)';
const VOTING_ROUND = 'Phiên bỏ phiếu (kiểm thử quyền)';
const TITLES = {
  scored: 'Mô hình hiến đất làm đường bản Thử Một',
  voted: 'Mô hình tổ tự quản bản Thử Hai',
  waiting: 'Mô hình nước sạch bản Thử Ba',
  endorseOne: 'Mô hình nuôi gà thả vườn bản Noong Luống (kiểm thử)',
  endorseLater: 'Mô hình trồng mắc ca bản Noong Luống (kiểm thử)',
  draft: 'Bản nháp chưa gửi của xã Noong Luống (kiểm thử)',
};

describe('every role’s home and access in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let councilId: string;
  const models: Record<string, Registered & { title: string }> = {};
  let evidenceFile = '';

  const demo = async (username: string) =>
    app.api.as(
      (
        await app.api.ok<{ login: { token: string } }>(LOGIN, {
          input: { username, password: DEMO_PASSWORD },
        })
      ).login.token,
    );

  const move = async (api: GraphQLClient, m: Registered, action: A) => {
    const { transitionCandidacy } = await api.ok<{ transitionCandidacy: { version: number } }>(
      TRANSITION,
      { input: { candidacyId: m.candidacyId, version: m.version, action } },
    );
    m.version = transitionCandidacy.version;
  };

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
    const { db } = app;
    // The demo's council of huyện Điện Biên, where thuky, uyvien and chutich sit.
    const [council] = await db.query(
      `SELECT k.id, k.campaign_id FROM council k JOIN org_unit u ON u.id = k.unit_id
         JOIN council_member m ON m.council_id = k.id JOIN app_user a ON a.id = m.user_id
        WHERE u.code = 'DB-HDIENBIEN' AND a.username = 'thuky' AND m.seat = 'SECRETARY'`,
    );
    councilId = council.id;
    const campaignId: string = council.campaign_id;
    // A commune of its own under the district, with no council of its own: its endorsed models
    // go to the district council, and nobody on the council sits on its side of the tree.
    const [district]: UnitRow[] = await db.query(
      `SELECT id, code, name, path, depth, version FROM org_unit WHERE code = 'DB-HDIENBIEN'`,
    );
    const commune = await buildUnit(db, {
      name: 'Xã Thử Quyền',
      kind: UnitKind.COMMUNE,
      parent: district,
    });
    const people = await apiSignIn(
      app.api,
      await buildUser(db, {
        unit: commune,
        roles: [
          [Role.UNIT_OFFICER, commune],
          [Role.UNIT_LEADER, commune],
        ],
      }),
    );
    for (const key of ['scored', 'voted', 'waiting'] as const) {
      const m = await registerModel(people, {
        campaignId,
        unitId: commune.id,
        title: TITLES[key],
      });
      models[key] = { ...m, title: TITLES[key] };
    }
    // The scored one carries an evidence file, uploaded while it is a draft.
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(PDF)]), 'Biên bản họp dân.pdf');
    const uploaded = await fetch(`${app.url}/api/models/${models.scored.modelId}/evidence`, {
      method: 'POST',
      headers: { authorization: `Bearer ${people.token}` },
      body,
    });
    expect(uploaded.status).toBe(201);
    for (const m of Object.values(models)) {
      await move(people, m, A.SUBMIT);
      await move(people, m, A.ENDORSE);
    }

    // The secretary runs two rounds: one scoring, one voting; the third model waits in the intake.
    const thuky = await demo('thuky');
    const scoring = await review.open(thuky, councilId, SCORING_ROUND);
    await review.add(thuky, scoring.id, [models.scored.candidacyId]);
    await review.assign(thuky, scoring.id);
    expect((await review.step(thuky, 'startScoring', scoring.id)).errors).toBeUndefined();
    const voting = await review.open(thuky, councilId, VOTING_ROUND);
    await review.add(thuky, voting.id, [models.voted.candidacyId]);
    await review.assign(thuky, voting.id);
    expect((await review.step(thuky, 'startScoring', voting.id)).errors).toBeUndefined();
    expect((await review.step(thuky, 'startVoting', voting.id)).errors).toBeUndefined();

    // Noong Luống's officer submits two models for its leader, and keeps a third as a draft.
    const canbo = await demo('canbo');
    const [{ id: noongLuong }] = await db.query(
      `SELECT id FROM org_unit WHERE code = 'DB-HDB-NOONGLUONG'`,
    );
    for (const key of ['endorseOne', 'endorseLater', 'draft'] as const) {
      const m = await registerModel(canbo, { campaignId, unitId: noongLuong, title: TITLES[key] });
      models[key] = { ...m, title: TITLES[key] };
      if (key !== 'draft') await move(canbo, m, A.SUBMIT);
    }
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(label: string, fn: (page: Page) => Promise<T>) =>
    withPage(browser, app.url, { label, acceptDownloads: true }, fn);

  /** The texts of the work links of one kind on the home page. */
  const work = (page: Page, kind: 'intake' | 'score' | 'vote' | 'advance') =>
    page
      .getByTestId(`work-council-${councilId}`)
      .getByTestId(`work-${kind}`)
      .evaluateAll((links) => links.map((l) => l.textContent?.trim() ?? ''));

  it('shows each seat its councils and what waits for it there', async () => {
    await open('thuky', async (page) => {
      await signIn(page, 'thuky');
      const council = page.getByTestId(`work-council-${councilId}`);
      await council.waitFor();
      expect(await page.getByTestId('no-roles').count()).toBe(0);
      expect(await council.getByTestId('work-seat').getAttribute('data-seat')).toBe('SECRETARY');
      const [intake] = await work(page, 'intake');
      expect(intake).toMatch(/^\d+ hồ sơ chờ hội đồng tiếp nhận$/);
      expect(await work(page, 'advance')).toContain(`Chuyển sang bỏ phiếu – ${SCORING_ROUND}`);
      // The secretary is a member too: scoring and voting wait for them as for everyone.
      expect(await work(page, 'score')).toContain(`Chấm điểm 1 hồ sơ – ${SCORING_ROUND}`);
    });
    await open('uyvien', async (page) => {
      await signIn(page, 'uyvien');
      await page.getByTestId(`work-council-${councilId}`).waitFor();
      expect(await page.getByTestId('no-roles').count()).toBe(0);
      expect(await work(page, 'score')).toContain(`Chấm điểm 1 hồ sơ – ${SCORING_ROUND}`);
      expect(await work(page, 'vote')).toContain(`Bỏ phiếu 1 hồ sơ – ${VOTING_ROUND}`);
      expect(await work(page, 'advance')).toEqual([]);
      expect(await work(page, 'intake')).toEqual([]);
    });
    await open('chutich', async (page) => {
      await signIn(page, 'chutich');
      await page.getByTestId(`work-council-${councilId}`).waitFor();
      expect(await page.getByTestId('no-roles').count()).toBe(0);
      expect(await work(page, 'advance')).toContain(`Kết thúc bỏ phiếu – ${VOTING_ROUND}`);
      // The chair's link leads to the round, where the chair closes it.
      await page
        .getByTestId(`work-council-${councilId}`)
        .getByTestId('work-advance')
        .first()
        .click();
      await page.getByTestId('round-page').waitFor();
    });
  });

  it('lets a member open an entry’s whole dossier from the scoring page and download its evidence', () =>
    open('uyvien-dossier', async (page) => {
      await signIn(page, 'uyvien');
      await page
        .getByTestId(`work-council-${councilId}`)
        .getByTestId('work-score')
        .filter({ hasText: SCORING_ROUND })
        .click();
      await page.getByTestId('scoring-page').waitFor();
      await page.getByTestId(`scoring-entry-${models.scored.candidacyId}`).click();
      await page.getByTestId('scoring-current').getByTestId('entry-title').click();
      await page.getByTestId('candidacy-page').waitFor();

      // The ten parts (the name and nine more), the indicators and the evidence.
      await page.getByTestId('dossier').waitFor();
      expect(await page.getByTestId('candidacy-heading').textContent()).toBe(TITLES.scored);
      for (const part of FORM_PARTS) {
        expect(await page.getByTestId(`model-part-view-${part}`).textContent()).toContain(
          `Nội dung phần ${part} của mô hình`,
        );
      }
      expect(await page.getByTestId('indicator-row').count()).toBe(1);
      expect(await page.getByTestId('indicator-row').textContent()).toContain('Diện tích đất hiến');
      expect(await page.getByTestId('history-error').count()).toBe(0);
      expect(await page.getByTestId('history-level').count()).toBe(1);

      const file = page.getByTestId('evidence').locator('li', { hasText: 'Biên bản họp dân.pdf' });
      const [response, download] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/evidence/')),
        page.waitForEvent('download'),
        file.getByRole('button').first().click(),
      ]);
      expect(response.status()).toBe(200);
      expect(download.suggestedFilename()).toBe('Biên bản họp dân.pdf');
      evidenceFile = (await download.path()) ?? '';
      expect(await readFile(evidenceFile)).toEqual(PDF);

      // The model's own page, where a notification leads, opens for the member too.
      await page.goto(`/models/${models.scored.modelId}`);
      expect(await page.getByTestId('model-heading').textContent()).toBe(TITLES.scored);
      expect(await page.getByTestId('forbidden').count()).toBe(0);
    }));

  it('lets the secretary open an item of the council’s intake and read its dossier', () =>
    open('thuky-intake', async (page) => {
      await signIn(page, 'thuky');
      await page.getByTestId(`work-council-${councilId}`).getByTestId('work-council-link').click();
      const item = page.getByTestId(`council-intake-${models.waiting.candidacyId}`);
      await item.getByTestId('entry-title').click();
      await page.getByTestId('candidacy-page').waitFor();
      await page.getByTestId('dossier').waitFor();
      expect(await page.getByTestId('candidacy-heading').textContent()).toBe(TITLES.waiting);
      expect(await page.getByTestId('model-part-view-goals').textContent()).toContain(
        'Nội dung phần goals',
      );
      expect(await page.getByTestId('history-error').count()).toBe(0);
      expect(await page.getByTestId('history-level').first().getAttribute('data-state')).toBe(
        'ENDORSED',
      );
    }));

  it('lets the unit leader endorse one row of the queue with its own button', async () => {
    const one = models.endorseOne;
    const later = models.endorseLater;
    await open('lanhdao', async (page) => {
      await signIn(page, 'lanhdao');
      await page.getByTestId('nav-queue').click();
      await page.getByTestId(`queue-row-${later.modelId}`).waitFor();
      await page.getByTestId(`queue-row-endorse-${one.modelId}`).click();
      expect(await page.getByTestId('success').textContent()).toBe(
        `Đã xác nhận “${TITLES.endorseOne}”.`,
      );
      await page.getByTestId(`queue-row-${one.modelId}`).waitFor({ state: 'detached' });
      await page.getByTestId(`queue-row-${later.modelId}`).waitFor();
    });
    const states = await app.db.query(
      'SELECT id, state FROM candidacy WHERE id = ANY($1::uuid[]) ORDER BY state',
      [[one.candidacyId, later.candidacyId]],
    );
    expect(states).toEqual([
      { id: one.candidacyId, state: 'ENDORSED' },
      { id: later.candidacyId, state: 'SUBMITTED' },
    ]);
  });

  it.each(['baocao', 'kyduyet'])(
    '%s reaches every page of its menu, campaigns included, and no draft',
    (username) =>
      open(username, async (page) => {
        await signIn(page, username);
        await page.getByTestId('nav-home').waitFor();
        const links = await page
          .locator('[data-testid^="nav-"]')
          .evaluateAll((els) =>
            els.map((el) => [el.getAttribute('data-testid'), el.getAttribute('href')]),
          );
        expect(links.map(([id]) => id)).toEqual([
          'nav-home',
          'nav-campaigns',
          'nav-models',
          'nav-councils',
          // the signer's queue and register of decisions
          ...(username === 'kyduyet' ? ['nav-decisions'] : []),
          'nav-units',
          'nav-users',
        ]);
        for (const [id] of links.slice(1)) {
          await page.getByTestId(id!).click();
          await page.locator('main .page').first().waitFor();
          expect({ id, forbidden: await page.getByTestId('forbidden').count() }).toEqual({
            id,
            forbidden: 0,
          });
          if (id === 'nav-campaigns') {
            await page.getByTestId('campaign-list').locator(':scope > *').first().waitFor();
          }
        }
        // Submitted models are listed; the draft stays with its unit, by list and by address.
        await page.getByTestId('nav-models').click();
        await page.getByText(TITLES.endorseLater).first().waitFor();
        expect(await page.getByText(TITLES.draft).count()).toBe(0);
        await page.goto(`/models/${models.draft.modelId}`);
        await page.locator('[data-testid="error"][data-code="FORBIDDEN"]').waitFor();
        expect(await page.getByTestId('model-heading').count()).toBe(0);
      }),
  );
});
