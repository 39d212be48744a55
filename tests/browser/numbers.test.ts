import type { Browser, Page } from 'playwright-core';
import { Role, Seat, UnitKind } from '@vinh-danh/shared';
import { buildCampaign, buildReviewDates, forceState, registerModel } from '../factories/campaign';
import { buildCouncil } from '../factories/council';
import { buildUnit, buildUser, signIn as apiSignIn, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { review } from '../support/review';
import { launchBrowser, signIn, withPage } from '../support/browser';

/**
 * Issue 8, numbers in Vietnamese: an officer types amounts as every Vietnamese office writes
 * them (`1.500` m², `150.000.000` đồng), a council member scores `7,5`; each is stored as that
 * number and shown the same way back. English readers type `1,500` and `7.5`. What the two
 * conventions would read differently (`1.5` in Vietnamese) is refused, naming the field and row,
 * and nothing is saved.
 */

jest.setTimeout(120_000);

const text = async (page: Page, testId: string) => {
  const locator = page.getByTestId(testId);
  await locator.first().waitFor();
  return (await locator.first().textContent())?.trim() ?? '';
};

/** The page in English from its first load, as the language switch leaves it. */
const inEnglish = (page: Page) =>
  page.context().addInitScript(() => localStorage.setItem('vinh-danh.lang', 'en'));

describe('numbers as people type them, in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let manager: UserRow;
  let officer: UserRow;
  let member: UserRow;
  let campaignName: string;
  let roundId: string;
  let entryId: string;
  let candidacyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    const { db } = app;
    const district = await buildUnit(db, { name: 'Huyện Điện Biên', kind: UnitKind.DISTRICT });
    const commune = await buildUnit(db, {
      name: 'Xã Noong Luống',
      kind: UnitKind.COMMUNE,
      parent: district,
    });
    manager = await buildUser(db, {
      unit: district,
      roles: [[Role.CAMPAIGN_MANAGER, district]],
    });
    officer = await buildUser(db, {
      unit: commune,
      username: 'canbo.noongluong',
      roles: [
        [Role.UNIT_OFFICER, commune],
        [Role.UNIT_LEADER, commune],
      ],
    });
    const campaign = await buildCampaign(db, { unit: district, createdBy: manager.id });
    [{ name: campaignName }] = await db.query('SELECT name FROM campaign WHERE id = $1', [
      campaign.id,
    ]);
    await buildReviewDates(db, campaign.id, UnitKind.COMMUNE, -5, 30);

    // A commune council scoring one endorsed model; the member is assigned to it.
    const secretary = await buildUser(db, { unit: commune, username: 'thuky.noongluong' });
    const chair = await buildUser(db, { unit: commune, username: 'chutich.noongluong' });
    member = await buildUser(db, { unit: commune, username: 'uyvien.noongluong' });
    const council = await buildCouncil(db, {
      unit: commune,
      campaignId: campaign.id,
      createdBy: manager.id,
      seats: [
        [chair, Seat.CHAIR],
        [secretary, Seat.SECRETARY],
        [member, Seat.MEMBER],
      ],
    });
    const registered = await registerModel(await apiSignIn(app.api, officer), {
      campaignId: campaign.id,
      unitId: commune.id,
      title: 'Mô hình “Dân vận khéo” làm đường bê tông nông thôn',
    });
    candidacyId = registered.candidacyId;
    await forceState(db, candidacyId, 'ENDORSED');
    const asSecretary = await apiSignIn(app.api, secretary);
    roundId = (await review.open(asSecretary, council.id)).id;
    const round = await review.add(asSecretary, roundId, [candidacyId]);
    entryId = round.entries[0].id;
    await review.assign(asSecretary, roundId);
    await review.step(asSecretary, 'startScoring', roundId);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(label: string, fn: (page: Page) => Promise<T>) =>
    withPage(browser, app.url, { label }, fn);

  /** The model's indicators as stored, in order. */
  const stored = async (modelId: string) =>
    (
      await app.db.query(
        `SELECT name, target::float8 AS target, achieved::float8 AS achieved
           FROM model_indicator WHERE model_id = $1 ORDER BY position`,
        [modelId],
      )
    ).map((r: { name: string; target: number | null; achieved: number | null }) => [
      r.name,
      r.target,
      r.achieved,
    ]);

  /** Registers a model through the form with the given indicators; returns its id. */
  const register = async (
    page: Page,
    title: string,
    rows: Array<[string, string, string, string]>,
  ) => {
    await page.goto('/models/new');
    await page.getByTestId('register-model-form').waitFor();
    await page.getByTestId('model-campaign').selectOption({ label: campaignName });
    await page.getByTestId('model-title').fill(title);
    await page.getByTestId('model-field').selectOption('ECONOMY');
    for (const [i, [name, unit, target, achieved]] of rows.entries()) {
      await page.getByTestId('indicator-add').click();
      await page.getByTestId(`indicator-${i}-name`).fill(name);
      await page.getByTestId(`indicator-${i}-unitOfMeasure`).fill(unit);
      await page.getByTestId(`indicator-${i}-target`).fill(target);
      await page.getByTestId(`indicator-${i}-achieved`).fill(achieved);
    }
    await page.getByTestId('register-model-submit').click();
    await page.getByTestId('edit-model-form').waitFor();
    return /\/models\/([^/]+)\/edit$/.exec(page.url())![1];
  };

  /** The read-only page's indicator rows: [name, unit, target, achieved] as shown. */
  const shownRows = (page: Page) =>
    page
      .getByTestId('indicator-row')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].map((cell) => cell.textContent?.trim() ?? ''),
        ),
      );

  it('stores 1.500 m² and 150.000.000 đồng as typed in Vietnamese, and shows them so', () =>
    open('officer-vi', async (page) => {
      await signIn(page, officer.username, officer.password);
      const modelId = await register(page, 'Mô hình hiến đất làm đường', [
        ['Diện tích đất Nhân dân hiến', 'm²', '1.500', '1.750,5'],
        ['Tiền Nhân dân đóng góp', 'đồng', '150.000.000', '162500000'],
      ]);
      expect(await stored(modelId)).toEqual([
        ['Diện tích đất Nhân dân hiến', 1500, 1750.5],
        ['Tiền Nhân dân đóng góp', 150_000_000, 162_500_000],
      ]);
      // The edit form starts from the stored numbers, written the Vietnamese way.
      expect(await page.getByTestId('indicator-0-target').inputValue()).toBe('1.500');
      expect(await page.getByTestId('indicator-1-achieved').inputValue()).toBe('162.500.000');
      await page.getByTestId('edit-model-done').click();
      await page.getByTestId('model-page').waitFor();
      expect(await shownRows(page)).toEqual([
        ['Diện tích đất Nhân dân hiến', 'm²', '1.500', '1.750,5'],
        ['Tiền Nhân dân đóng góp', 'đồng', '150.000.000', '162.500.000'],
      ]);
    }));

  it('refuses a number it could misread, naming the field and row, and saves nothing', () =>
    open('officer-refused', async (page) => {
      await signIn(page, officer.username, officer.password);
      const modelId = await register(page, 'Mô hình đường giao thông nông thôn', [
        ['Chiều dài đường', 'km', '12', '14,5'],
        ['Số hộ hiến đất', 'hộ', '40', '52'],
      ]);
      const before = await stored(modelId);

      // `1.5` reads as 15 to a Vietnamese parser and as 1.5 to an English one: neither is guessed.
      await page.getByTestId('indicator-1-achieved').fill('1.5');
      expect(await text(page, 'indicator-1-error')).toBe(
        'Chỉ tiêu 2, ô “Đạt được”: chưa rõ “1.5” là số nào. Hàng nghìn ngăn bằng dấu chấm (1.500), phần thập phân bằng dấu phẩy (7,5).',
      );
      await page.getByTestId('indicator-0-target').fill('mười hai');
      expect(await text(page, 'indicator-0-error')).toBe(
        'Chỉ tiêu 1, ô “Chỉ tiêu”: “mười hai” không phải là một số.',
      );
      expect(await page.getByTestId('edit-model-done').isDisabled()).toBe(true);
      // Longer than the autosave's pause: still nothing sent.
      await page.waitForTimeout(1_500);
      expect(await stored(modelId)).toEqual(before);

      // Fixed, it saves; what the officer left is written the Vietnamese way.
      await page.getByTestId('indicator-0-target').fill('12');
      await page.getByTestId('indicator-1-achieved').fill('1500');
      await page.getByTestId('indicator-1-name').click();
      expect(await page.getByTestId('indicator-1-achieved').inputValue()).toBe('1.500');
      await page.locator('[data-testid="autosave-status"][data-status="saved"]').waitFor();
      expect(await stored(modelId)).toEqual([
        ['Chiều dài đường', 12, 14.5],
        ['Số hộ hiến đất', 40, 1500],
      ]);
    }));

  it('reads 1,500 and 7.5 the English way in English', () =>
    open('officer-en', async (page) => {
      await inEnglish(page);
      await signIn(page, officer.username, officer.password);
      const modelId = await register(page, 'Mô hình nước sạch', [
        ['Households with clean water', 'households', '1,500', '1,620.5'],
      ]);
      expect(await stored(modelId)).toEqual([['Households with clean water', 1500, 1620.5]]);
      await page.getByTestId('edit-model-done').click();
      await page.getByTestId('model-page').waitFor();
      expect(await shownRows(page)).toEqual([
        ['Households with clean water', 'households', '1,500', '1,620.5'],
      ]);
    }));

  /** The member's points for a criterion of the entry, as stored. */
  const points = async (criterion: string) => {
    const rows = await app.db.query(
      `SELECT s.points::float8 AS points FROM score s JOIN council_member m ON m.id = s.member_id
        WHERE s.entry_id = $1 AND m.user_id = $2 AND s.criterion = $3`,
      [entryId, member.id, criterion],
    );
    return rows.length ? (rows[0].points as number) : null;
  };

  const scoring = async (page: Page) => {
    await page.goto(`/rounds/${roundId}/score`);
    await page.getByTestId('scoring-page').waitFor();
    await page.getByTestId(`scoring-entry-${candidacyId}`).click();
    await page.getByTestId(`score-sheet-${candidacyId}`).waitFor();
  };

  it('scores 7,5 as seven and a half, shown 7,5 in Vietnamese and 7.5 in English', async () => {
    await open('member-vi', async (page) => {
      await signIn(page, member.username, member.password);
      await scoring(page);
      // A point for thousands would be misread here: refused with the criterion named.
      await page.getByTestId('score-RESULTS').fill('7.5');
      expect(await text(page, 'score-sheet-' + candidacyId)).toContain(
        'Kết quả thiết thực, giải quyết việc khó của địa phương: chưa rõ “7.5” là số nào.',
      );
      // …and the sheet says it is not saved, rather than speak of an earlier save.
      expect(await text(page, 'score-status')).toBe('Chưa lưu: hãy sửa các ô được đánh dấu.');
      await page.getByTestId('score-RESULTS').fill('7,5');
      await page.getByTestId('score-MOBILISATION').fill('20');
      await page.getByTestId('score-MOBILISATION').press('Enter');
      await page.locator('[data-testid="score-status"][data-status="saved"]').waitFor();
      expect(await points('RESULTS')).toBe(7.5);
      expect(await points('MOBILISATION')).toBe(20);
      expect(await text(page, 'score-total')).toBe('Tổng: 27,5/100 điểm');

      // Back later: the saved score reads 7,5, not 7.5.
      await scoring(page);
      expect(await page.getByTestId('score-RESULTS').inputValue()).toBe('7,5');
    });
    await open('member-en', async (page) => {
      await inEnglish(page);
      await signIn(page, member.username, member.password);
      await scoring(page);
      expect(await page.getByTestId('score-RESULTS').inputValue()).toBe('7.5');
      await page.getByTestId('score-SPREAD').fill('12.5');
      await page.getByTestId('score-SPREAD').press('Enter');
      await page.locator('[data-testid="score-status"][data-status="saved"]').waitFor();
      expect(await points('SPREAD')).toBe(12.5);
      expect(await text(page, 'score-total')).toBe('Total: 40/100 points');
    });
  });

  it('names the rubric criterion whose points do not read, and adds up 27,5 + 27,5', () =>
    open('manager', async (page) => {
      await signIn(page, manager.username, manager.password);
      await page.goto('/campaigns');
      await page.getByTestId('campaign-action-create').click();
      await page.getByTestId('create-campaign-form').waitFor();
      await page.getByTestId('campaign-name').fill('Phong trào thi đua “Dân vận khéo”');
      await page.getByTestId('campaign-criterion-0-points').fill('27.5');
      await page.getByTestId('create-campaign-submit').click();
      expect(await text(page, 'campaign-rubric-error')).toBe(
        'Tiêu chí 1 “Kết quả thiết thực, giải quyết việc khó của địa phương”, ô điểm tối đa: chưa rõ “27.5” là số nào. Hàng nghìn ngăn bằng dấu chấm (1.500), phần thập phân bằng dấu phẩy (7,5).',
      );
      const campaigns = await app.db.query('SELECT count(*)::int AS n FROM campaign');
      expect(campaigns).toEqual([{ n: 1 }]);
      await page.getByTestId('campaign-criterion-0-points').fill('27,5');
      await page.getByTestId('campaign-criterion-1-points').fill('27,5');
      expect(await text(page, 'campaign-rubric-total')).toBe('Tổng: 100 điểm');
    }));
});
