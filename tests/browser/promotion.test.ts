import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RUBRIC } from '@vinh-danh/shared';
import { buildEndorsed } from '../factories/council';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, launchBrowser, signIn, withPage } from '../support/browser';

/**
 * Issue 8, on the demo as it loads: tỉnh Lai Châu's campaign has a council at each level, so a
 * person takes the Bình Lư pig-farming model from xã Bình Lư through huyện Tam Đường to the
 * province with the demo accounts, by clicks. Where promotion cannot succeed (a model not
 * exemplary, the campaign's top council) the page says why instead of offering it.
 */

jest.setTimeout(180_000);

/** The demo's seats, per council: chair, secretary, member (all with the demo password). */
const LEVELS = ['binhlu', 'tamduong', 'laichau'].map((place) => ({
  place,
  chair: `chutich.${place}`,
  secretary: `thuky.${place}`,
  member: `uyvien.${place}`,
}));
type Level = (typeof LEVELS)[number];

/** Points per criterion: `share` of each maximum, in half points. */
const sheet = (share: number) =>
  DEFAULT_RUBRIC.criteria.map((c) => ({
    code: c.code,
    points: Math.round(c.maxPoints * share * 2) / 2,
  }));

describe('promotion on the demo, commune → district → province', () => {
  let app: TestApp;
  let browser: Browser;
  let binhLu: string;
  /** a second Tam Đường entry, scored too low to be exemplary */
  let sonBinh: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
    [{ id: binhLu }] = await app.db.query(
      `SELECT c.id FROM candidacy c JOIN model m ON m.id = c.model_id
        WHERE m.title LIKE '%nuôi lợn%Bình Lư%' AND c.state = 'ENDORSED'`,
    );
    // Test setup: an endorsed model of xã Sơn Bình, which has no council: Tam Đường's takes it.
    const [unit] = await app.db.query(`SELECT id, name FROM org_unit WHERE code = 'LC-TD-SONBINH'`);
    const [{ campaign_id: campaignId, created_by: createdBy }] = await app.db.query(
      `SELECT c.id AS campaign_id, c.created_by FROM campaign c JOIN org_unit u ON u.id = c.unit_id
        WHERE u.code = 'LC'`,
    );
    sonBinh = (
      await buildEndorsed(app.db, {
        unit,
        campaignId,
        createdBy,
        title: 'Mô hình “Dân vận khéo” giữ gìn bản sắc văn hóa xã Sơn Bình',
      })
    ).candidacyId;
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(label: string, fn: (page: Page) => Promise<T>) =>
    withPage(browser, app.url, { label }, fn);

  /**
   * One council's round on the demo, by clicks: the secretary takes the entries in, assigns
   * everyone and opens scoring; each member scores each entry at its share; the secretary opens
   * voting; chair and member approve; the chair closes and publishes. `then` runs on the
   * secretary's page, at the results.
   */
  const runRound = (
    level: Level,
    shares: Record<string, number>,
    then: (secretary: Page) => Promise<void>,
  ) =>
    open(`secretary-${level.place}`, async (secretary) => {
      const ids = Object.keys(shares);
      await signIn(secretary, level.secretary);
      await secretary.getByTestId('nav-councils').click();
      await secretary.getByTestId('council-link').click();
      for (const id of ids) await secretary.getByTestId(`council-intake-${id}`).waitFor();
      await secretary.getByTestId('open-round-submit').click();
      await secretary.getByTestId('round-page').waitFor();
      const roundId = /\/rounds\/([^/]+)$/.exec(secretary.url())![1];
      for (const id of ids) await secretary.getByTestId(`round-intake-select-${id}`).check();
      await secretary.getByTestId('round-intake-take').click();
      for (const id of ids) await secretary.getByTestId(`round-entry-${id}`).waitFor();
      await secretary.getByTestId('round-assign-submit').click();
      await eventually(async () =>
        expect(
          await secretary
            .getByTestId(`round-entry-${ids[0]}`)
            .getByTestId('entry-reviewers')
            .textContent(),
        ).not.toBe('Chưa phân công'),
      );
      await secretary.getByTestId('round-step-SCORING').click();
      await secretary.locator('[data-testid="round-state"][data-state="SCORING"]').waitFor();

      const score = async (page: Page) => {
        await page.goto(`/rounds/${roundId}/score`);
        await page.getByTestId('scoring-page').waitFor();
        for (const [id, share] of Object.entries(shares)) {
          await page.getByTestId(`scoring-entry-${id}`).click();
          for (const { code, points } of sheet(share)) {
            // Typed as a Vietnamese reader writes it: 22,5.
            await page.getByTestId(`score-${code}`).fill(String(points).replace('.', ','));
          }
          await page.getByTestId('score-RESULTS-comment').fill('Có số liệu kiểm chứng.');
          await page.getByTestId('score-RESULTS-comment').press('Enter');
          await page.locator('[data-testid="score-status"][data-status="saved"]').waitFor();
        }
        await page.locator('[data-testid="scoring-left"][data-left="0"]').waitFor();
      };
      await score(secretary);
      for (const who of [level.chair, level.member]) {
        await open(`scorer-${who}`, async (page) => {
          await signIn(page, who);
          await score(page);
        });
      }

      await secretary.goto(`/rounds/${roundId}`);
      await eventually(async () =>
        expect(
          await secretary
            .getByTestId(`round-entry-${ids[0]}`)
            .getByTestId('entry-sheets')
            .textContent(),
        ).toBe('3/3'),
      );
      await secretary.getByTestId('round-step-VOTING').click();
      await secretary.getByTestId('round-step-confirm').click();
      await secretary.locator('[data-testid="round-state"][data-state="VOTING"]').waitFor();
      for (const who of [level.member, level.chair]) {
        await open(`voter-${who}`, async (page) => {
          await signIn(page, who);
          await page.goto(`/rounds/${roundId}/ballot`);
          for (const id of ids) {
            const ballot = page.getByTestId(`ballot-${id}`);
            await ballot.getByTestId('ballot-APPROVE').click();
            await ballot.getByTestId('ballot-confirm').click();
            await ballot.getByTestId('ballot-voted').waitFor();
          }
          if (who !== level.chair) return;
          await page.goto(`/rounds/${roundId}`);
          await page.getByTestId('round-step-CLOSED').click();
          await page.getByTestId('round-step-confirm').click();
          await page.locator('[data-testid="round-state"][data-state="CLOSED"]').waitFor();
          await page.getByTestId('round-publish').click();
          await page.getByTestId('round-published').waitFor();
        });
      }
      // The secretary's page learns of the close and of the publication by two live events:
      // a row may show before its outcome does.
      for (const id of ids) {
        await secretary
          .getByTestId(`result-${id}`)
          .locator('[data-testid="result-outcome"][data-recognition]')
          .waitFor();
      }
      await then(secretary);
    });

  /** Promotes the entry by its checkbox and returns the candidacy it opened above. */
  const promote = async (secretary: Page, candidacyId: string): Promise<string> => {
    await secretary.getByTestId(`promote-select-${candidacyId}`).check();
    await secretary.getByTestId('promote-submit').click();
    await secretary.getByTestId(`result-${candidacyId}`).getByTestId('result-promoted').waitFor();
    const [{ id }] = await app.db.query('SELECT id FROM candidacy WHERE promoted_from = $1', [
      candidacyId,
    ]);
    return id as string;
  };

  it('takes the Bình Lư model up to the province, and says why where it cannot go', async () => {
    // ---- xã Bình Lư: exemplary, sent to huyện Tam Đường ----
    let atDistrict = '';
    await runRound(LEVELS[0], { [binhLu]: 0.9 }, async (secretary) => {
      expect(await secretary.getByTestId('promote-target').textContent()).toContain(
        'Gửi lên: Hội đồng xét duyệt mô hình “Dân vận khéo” huyện Tam Đường',
      );
      atDistrict = await promote(secretary, binhLu);
      // Its quota of one is used: nothing more is offered.
      await eventually(async () =>
        expect(await secretary.getByTestId('promote-submit').count()).toBe(0),
      );
    });

    // ---- huyện Tam Đường: the Sơn Bình entry is only effective and says so ----
    let atProvince = '';
    await runRound(LEVELS[1], { [atDistrict]: 0.9, [sonBinh]: 0.6 }, async (secretary) => {
      const low = secretary.getByTestId(`result-${sonBinh}`);
      expect(await low.getByTestId('result-outcome').getAttribute('data-recognition')).toBe(
        'EFFECTIVE',
      );
      expect(await low.getByTestId(`promote-select-${sonBinh}`).count()).toBe(0);
      const reason = low.getByTestId('promote-blocked');
      expect(await reason.getAttribute('data-reason')).toBe('NOT_EXEMPLARY');
      expect(await reason.textContent()).toBe(
        'Chỉ mô hình được công nhận tiêu biểu mới được đề nghị lên cấp trên.',
      );
      atProvince = await promote(secretary, atDistrict);
    });

    // ---- tỉnh Lai Châu: recognised at the top; no council above, and the page says so ----
    await runRound(LEVELS[2], { [atProvince]: 0.9 }, async (secretary) => {
      const result = secretary.getByTestId(`result-${atProvince}`);
      expect(await result.getByTestId('result-outcome').getAttribute('data-recognition')).toBe(
        'EXEMPLARY',
      );
      expect(await secretary.getByTestId(`promote-select-${atProvince}`).count()).toBe(0);
      expect(await secretary.getByTestId('promote-submit').count()).toBe(0);
      const reason = secretary.getByTestId('promote-blocked');
      expect(await reason.getAttribute('data-reason')).toBe('NO_PARENT_COUNCIL');
      expect(await reason.textContent()).toBe(
        'Đợt thi đua không có hội đồng cấp trên: việc xét duyệt của đợt dừng ở cấp này.',
      );
    });

    const levels = await app.db.query(
      `WITH RECURSIVE up AS (
         SELECT c.id, c.promoted_from, c.state, c.recognition, u.kind FROM candidacy c
           JOIN org_unit u ON u.id = c.unit_id WHERE c.id = $1
         UNION ALL
         SELECT c.id, c.promoted_from, c.state, c.recognition, u.kind FROM candidacy c
           JOIN org_unit u ON u.id = c.unit_id JOIN up ON up.promoted_from = c.id)
       SELECT kind, state, recognition FROM up`,
      [atProvince],
    );
    expect(levels).toEqual([
      { kind: 'PROVINCE', state: 'RECOGNISED', recognition: 'EXEMPLARY' },
      { kind: 'DISTRICT', state: 'RECOGNISED', recognition: 'EXEMPLARY' },
      { kind: 'COMMUNE', state: 'RECOGNISED', recognition: 'EXEMPLARY' },
    ]);
  });
});
