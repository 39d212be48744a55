import type { Browser, Page } from 'playwright-core';
import { DEFAULT_RUBRIC, Role, UnitKind } from '@vinh-danh/shared';
import {
  buildCampaign,
  buildReviewDates,
  day,
  forceState,
  registerModel,
} from '../factories/campaign';
import {
  buildUnit,
  buildUser,
  signIn as apiSignIn,
  type UnitRow,
  type UserRow,
} from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, launchBrowser, signIn, withPage } from '../support/browser';

/**
 * Issue 4 through the built web app: one model climbs from the commune council through the
 * district council to the province council. At each level the secretary takes it in, assigns
 * every member and opens scoring; each member scores it on the scoring page (autosaved) while
 * the secretary watches progress arrive live; the secretary opens voting; each member approves on
 * the ballot page; the chair closes and publishes; the ranking shows it; the secretary promotes
 * it and it arrives in the next council's intake. At the top it is recognised as exemplary, and
 * its history leads down through every level.
 */

jest.setTimeout(120_000);

const TITLE = 'Mô hình “Dân vận khéo” hiến đất mở đường bản Noong Luống';

const CREATE_COUNCIL = `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`;

interface Seated extends UserRow {
  displayName: string;
}

interface Level {
  kind: UnitKind;
  unit: UnitRow;
  chair: Seated;
  secretary: Seated;
  member: Seated;
  councilId?: string;
}

/** A YYYY-MM-DD date as the web shows it, dd/MM/yyyy. */
const shown = (iso: string) => iso.split('-').reverse().join('/');

const text = async (page: Page, testId: string) => {
  const locator = page.getByTestId(testId);
  await locator.first().waitFor();
  return (await locator.first().textContent())?.trim() ?? '';
};

/** Points per criterion: `share` of each maximum, in half points. */
const sheet = (share: number) =>
  DEFAULT_RUBRIC.criteria.map((c) => ({
    code: c.code,
    points: Math.round(c.maxPoints * share * 2) / 2,
  }));

describe('multi-level review in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  let manager: Seated;
  let campaignId: string;
  let campaignName: string;
  let modelId: string;
  let communeCandidacy: string;
  const levels: Level[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    const { db } = app;
    const province = await buildUnit(db, { name: 'Tỉnh Điện Biên', kind: UnitKind.PROVINCE });
    const district = await buildUnit(db, {
      name: 'Huyện Điện Biên',
      kind: UnitKind.DISTRICT,
      parent: province,
    });
    const commune = await buildUnit(db, {
      name: 'Xã Noong Luống',
      kind: UnitKind.COMMUNE,
      parent: district,
    });
    const person = async (unit: UnitRow, username: string, displayName: string) => ({
      ...(await buildUser(db, { unit, username, displayName })),
      displayName,
    });
    manager = {
      ...(await buildUser(db, {
        unit: province,
        username: 'tdkt.tinh',
        displayName: 'Nguyễn Thị Mai',
        roles: [[Role.CAMPAIGN_MANAGER, province]],
      })),
      displayName: 'Nguyễn Thị Mai',
    };
    // Each council's people work at its own unit: nobody sits on the nominating side below.
    for (const [kind, unit, prefix] of [
      [UnitKind.COMMUNE, commune, 'xa'],
      [UnitKind.DISTRICT, district, 'huyen'],
      [UnitKind.PROVINCE, province, 'tinh'],
    ] as const) {
      levels.push({
        kind,
        unit,
        chair: await person(unit, `chutich.${prefix}`, `Chủ tịch ${unit.name}`),
        secretary: await person(unit, `thuky.${prefix}`, `Thư ký ${unit.name}`),
        member: await person(unit, `uyvien.${prefix}`, `Ủy viên ${unit.name}`),
      });
    }

    const campaign = await buildCampaign(db, { unit: province, createdBy: manager.id });
    campaignId = campaign.id;
    // Each level reviews within its own dates, open now; the round page shows them.
    for (const [i, { kind }] of levels.entries()) {
      await buildReviewDates(db, campaignId, kind, i - 5, 30 + i);
    }
    [{ name: campaignName }] = await db.query('SELECT name FROM campaign WHERE id = $1', [
      campaignId,
    ]);

    // The commune and district councils are formed through the API; the province's through the
    // form, below.
    const asManager = await apiSignIn(app.api, manager);
    for (const level of levels.slice(0, 2)) {
      const { createCouncil } = await asManager.ok<{ createCouncil: { id: string } }>(
        CREATE_COUNCIL,
        {
          input: {
            unitId: level.unit.id,
            campaignId,
            name: `Hội đồng xét duyệt ${level.unit.name}`,
            passScore: 50,
            exemplaryScore: 70,
            quorum: { numerator: 2, denominator: 3, strict: false },
            approval: { numerator: 1, denominator: 2, strict: true },
            rankBy: 'RAW',
            promotionQuota: 1,
            members: [
              { userId: await idOf(level.chair.username), seat: 'CHAIR' },
              { userId: await idOf(level.secretary.username), seat: 'SECRETARY' },
              { userId: await idOf(level.member.username), seat: 'MEMBER' },
            ],
          },
        },
      );
      level.councilId = createCouncil.id;
    }

    // An endorsed model of the commune, as if its unit had registered, submitted and endorsed it.
    const officer = await buildUser(db, {
      unit: commune,
      roles: [
        [Role.UNIT_OFFICER, commune],
        [Role.UNIT_LEADER, commune],
      ],
    });
    const registered = await registerModel(await apiSignIn(app.api, officer), {
      campaignId,
      unitId: commune.id,
      title: TITLE,
    });
    modelId = registered.modelId;
    communeCandidacy = registered.candidacyId;
    await forceState(db, communeCandidacy, 'ENDORSED');
  });

  const idOf = async (username: string): Promise<string> => {
    const [{ id }] = await app.db.query('SELECT id FROM app_user WHERE username = $1', [username]);
    return id as string;
  };

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  const open = <T>(label: string, fn: (page: Page) => Promise<T>) =>
    withPage(browser, app.url, { label }, fn);

  it('the manager forms the province council through the form', () =>
    open('manager', async (page) => {
      const province = levels[2];
      await signIn(page, manager.username, manager.password);
      await page.getByTestId('nav-councils').click();
      await page.getByTestId('councils-page').waitFor();
      await page.getByTestId('council-action-create').click();
      // The manager's own unit, the province, comes chosen.
      expect(await text(page, 'council-unit-value')).toContain(province.unit.name);
      await page.getByTestId('council-campaign').selectOption({ label: campaignName });
      await page.getByTestId('council-name').fill(`Hội đồng xét duyệt ${province.unit.name}`);
      // No chair or secretary yet: the form says so before sending anything.
      await page.getByTestId('create-council-submit').click();
      expect(await text(page, 'council-members-error')).toBe('Hội đồng cần đúng một Chủ tịch.');
      for (const [who, seat] of [
        [province.chair, 'CHAIR'],
        [province.secretary, 'SECRETARY'],
        [province.member, 'MEMBER'],
      ] as const) {
        await page.getByTestId('council-member-search').fill(who.username);
        await page.getByTestId(`council-member-option-${who.username}`).click();
        await page.getByTestId(`council-member-${who.username}-seat`).selectOption(seat);
      }
      await page.getByTestId('create-council-submit').click();
      expect(await text(page, 'success')).toBe(
        `Đã thành lập “Hội đồng xét duyệt ${province.unit.name}”.`,
      );
      const card = page.locator('[data-testid="council-list"] > li', {
        hasText: `Hội đồng xét duyệt ${province.unit.name}`,
      });
      await card.getByTestId('council-link').click();
      await page.getByTestId('council-page').waitFor();
      province.councilId = /\/councils\/([^/]+)$/.exec(page.url())![1];
      // The rules, as councils write them.
      expect(await text(page, 'council-rule-quorum')).toBe(
        'ít nhất 2/3 số thành viên (cần 2 trên 3 thành viên)',
      );
      expect(await text(page, 'council-rule-approval')).toBe(
        'hơn 1/2 số thành viên (cần 2 trên 3 thành viên)',
      );
      expect(
        await page.getByTestId(`council-seat-${province.chair.username}`).getAttribute('data-seat'),
      ).toBe('CHAIR');
    }));

  /** One level's review, from intake to promotion; returns the candidacy it sent up, if any. */
  const review = async (level: Level, candidacyId: string, promote: boolean) =>
    open(`secretary-${level.kind}`, async (secretary) => {
      await signIn(secretary, level.secretary.username, level.secretary.password);
      await secretary.getByTestId('nav-councils').click();
      await secretary.getByTestId(`council-${level.councilId}`).getByTestId('council-link').click();
      // The model waits in the council's intake.
      await secretary.getByTestId(`council-intake-${candidacyId}`).waitFor();
      await secretary.getByTestId('open-round-submit').click();
      await secretary.getByTestId('round-page').waitFor();
      const roundId = /\/rounds\/([^/]+)$/.exec(secretary.url())![1];
      const i = levels.indexOf(level);
      expect(await text(secretary, 'round-review-dates')).toBe(
        `Thời hạn xét duyệt: ${shown(day(i - 5))} – ${shown(day(30 + i))}`,
      );
      expect(await secretary.getByTestId('round-review-closed').count()).toBe(0);

      // ---- intake, assignment, scoring opens ----
      await secretary.getByTestId(`round-intake-select-${candidacyId}`).check();
      await secretary.getByTestId('round-intake-take').click();
      const row = secretary.getByTestId(`round-entry-${candidacyId}`);
      await row.waitFor();
      expect(await row.getByTestId('entry-reviewers').textContent()).toBe('Chưa phân công');
      await secretary.getByTestId('round-assign-submit').click();
      await eventually(async () =>
        expect(
          (await row.getByTestId('entry-reviewers').textContent())?.split(', ').sort(),
        ).toEqual([level.chair, level.secretary, level.member].map((p) => p.displayName).sort()),
      );
      await secretary.getByTestId('round-step-SCORING').click();
      await secretary.locator('[data-testid="round-state"][data-state="SCORING"]').waitFor();

      // ---- each member scores on the scoring page; the secretary sees it live ----
      const people = [level.chair, level.secretary, level.member];
      const shares = [0.8, 0.9, 1];
      for (const [i, who] of people.entries()) {
        const score = async (page: Page) => {
          await page.goto(`/rounds/${roundId}/score`);
          await page.getByTestId('scoring-page').waitFor();
          expect(await page.getByTestId('scoring-left').getAttribute('data-left')).toBe('1');
          await page.getByTestId(`scoring-entry-${candidacyId}`).click();
          for (const { code, points } of sheet(shares[i])) {
            // As a Vietnamese member writes it: 22,5 (a point would separate thousands).
            await page.getByTestId(`score-${code}`).fill(String(points).replace('.', ','));
          }
          await page
            .getByTestId('score-RESULTS-comment')
            .fill('Kết quả rõ, có số liệu kiểm chứng.');
          await page.getByTestId('score-RESULTS-comment').press('Enter');
          await page.locator('[data-testid="score-status"][data-status="saved"]').waitFor();
          await page.locator('[data-testid="scoring-left"][data-left="0"]').waitFor();
        };
        if (who === level.secretary) await score(secretary);
        else
          await open(`scorer-${level.kind}-${i}`, async (page) => {
            await signIn(page, who.username, who.password);
            await score(page);
          });
      }
      await secretary.goto(`/rounds/${roundId}`);
      for (const who of people) {
        await eventually(async () =>
          expect(
            await secretary
              .getByTestId(`progress-${who.username}`)
              .getByTestId('progress-done')
              .textContent(),
          ).toBe('1/1'),
        );
      }
      expect(await row.getByTestId('entry-sheets').textContent()).toBe('3/3');

      // ---- voting: each member approves, once, on the ballot page ----
      await secretary.getByTestId('round-step-VOTING').click();
      await secretary.getByTestId('round-step-confirm').click();
      await secretary.locator('[data-testid="round-state"][data-state="VOTING"]').waitFor();
      // ---- the secretary records attendance (once, at the commune): nobody, then herself ----
      const attendance = secretary.getByTestId('attendance');
      const recording = level.kind === UnitKind.COMMUNE;
      if (recording) {
        expect(await text(secretary, 'attendance-summary')).toBe(
          'Có mặt 0 trên 3 thành viên; cần 2 trên 3 thành viên.',
        );
        expect(await attendance.getByTestId('attendance-quorum').getAttribute('data-met')).toBe(
          'false',
        );
        const own = attendance.getByTestId(`attendance-${level.secretary.username}`);
        await own.getByTestId('attendance-present').click();
        await attendance
          .locator(`[data-testid="attendance-${level.secretary.username}"][data-present="true"]`)
          .waitFor();
        expect(await text(secretary, 'attendance-summary')).toBe(
          'Có mặt 1 trên 3 thành viên; cần 2 trên 3 thành viên.',
        );
      }
      const vote = async (page: Page) => {
        await page.goto(`/rounds/${roundId}/ballot`);
        const ballot = page.getByTestId(`ballot-${candidacyId}`);
        await ballot.getByTestId('ballot-APPROVE').click();
        await ballot.getByTestId('ballot-confirm').click();
        await ballot.getByTestId('ballot-voted').waitFor();
        // What was chosen is never shown back, only that a ballot was cast.
        expect(await ballot.textContent()).not.toContain('Tán thành');
      };
      await open(`member-${level.kind}`, async (member) => {
        await signIn(member, level.member.username, level.member.password);
        await vote(member);
        // Until the chair publishes, a member sees no ranking.
        await member.goto(`/rounds/${roundId}`);
        await member.getByTestId('ranking-hidden').waitFor();

        await open(`chair-${level.kind}`, async (chair) => {
          await signIn(chair, level.chair.username, level.chair.password);
          await vote(chair);
          await eventually(async () =>
            expect(await row.getByTestId('entry-ballots').textContent()).toBe('2/3'),
          );
          // The two who voted count as present, live on the secretary's page.
          if (recording)
            await attendance
              .locator('[data-testid="attendance-summary"]', {
                hasText: 'Có mặt 3 trên 3 thành viên; cần 2 trên 3 thành viên.',
              })
              .waitFor();

          // ---- the chair closes, tallies and publishes ----
          await chair.goto(`/rounds/${roundId}`);
          await chair.getByTestId('round-step-CLOSED').click();
          await chair.getByTestId('round-step-confirm').click();
          await chair.locator('[data-testid="round-state"][data-state="CLOSED"]').waitFor();
          await chair.getByTestId('round-publish').click();
          await chair.getByTestId('round-published').waitFor();
        });

        // The member now sees the ranking, with the raw/normalised switch.
        await member.reload();
        const ranked = member.getByTestId(`ranking-row-${candidacyId}`);
        await ranked.waitFor();
        expect(await ranked.getByTestId('ranking-rank').textContent()).toBe('1');
        expect(await ranked.getByTestId('ranking-raw').textContent()).toBe('90');
        await member.getByTestId('ranking-by-NORMALISED').click();
        await member.locator('[data-testid="ranking-table"][data-rank-by="NORMALISED"]').waitFor();
        expect(await text(member, 'ranking-tie-rule')).toContain('Khi bằng điểm');
      });

      // ---- the tally, live on the secretary's page; promotion within the quota ----
      const result = secretary.getByTestId(`result-${candidacyId}`);
      await result.waitFor();
      const outcome = result.getByTestId('result-outcome');
      expect(await outcome.getAttribute('data-state')).toBe('RECOGNISED');
      expect(await outcome.getAttribute('data-recognition')).toBe('EXEMPLARY');
      expect(await result.getByTestId('result-votes').textContent()).toBe('2 / 0 / 0 (trên 3)');
      await secretary.getByTestId('round-minutes').waitFor();
      if (!promote) return null;
      await secretary.getByTestId(`promote-select-${candidacyId}`).check();
      await secretary.getByTestId('promote-submit').click();
      await result.getByTestId('result-promoted').waitFor();
      const [{ promoted }] = await app.db.query(
        `SELECT e.promoted_candidacy_id AS promoted FROM round_entry e
          WHERE e.round_id = $1 AND e.candidacy_id = $2`,
        [roundId, candidacyId],
      );
      return promoted as string;
    });

  it('takes the model from the commune through the district to the province', async () => {
    const toDistrict = await review(levels[0], communeCandidacy, true);
    expect(toDistrict).toBeTruthy();
    const toProvince = await review(levels[1], toDistrict!, true);
    expect(toProvince).toBeTruthy();
    await review(levels[2], toProvince!, false);

    // ---- at the top: recognised as exemplary, its history leading down every level ----
    await open('history', async (page) => {
      await signIn(page, manager.username, manager.password);
      await page.goto(`/candidacies/${toProvince}`);
      const history = page.getByTestId('history-level');
      await eventually(async () => expect(await history.count()).toBe(3));
      const steps = await history.evaluateAll((items) =>
        items.map((i) => [
          i.getAttribute('data-unit-kind'),
          i.getAttribute('data-state'),
          i.getAttribute('data-recognition'),
        ]),
      );
      expect(steps).toEqual([
        ['PROVINCE', 'RECOGNISED', 'EXEMPLARY'],
        ['DISTRICT', 'RECOGNISED', 'EXEMPLARY'],
        ['COMMUNE', 'RECOGNISED', 'EXEMPLARY'],
      ]);
      await page.getByTestId('history-below-link').first().click();
      await eventually(() => expect(page.url()).toContain(`/candidacies/${toDistrict}`));
      await page.getByTestId('history-model-link').click();
      await page.getByTestId('model-page').waitFor();
      expect(page.url()).toContain(`/models/${modelId}`);
    });
    const [{ state, recognition, promoted_from }] = await app.db.query(
      'SELECT state, recognition, promoted_from FROM candidacy WHERE id = $1',
      [toProvince],
    );
    expect([state, recognition, promoted_from]).toEqual(['RECOGNISED', 'EXEMPLARY', toDistrict]);
  });

  it('warns on a round’s pages once its level’s review dates are past', async () => {
    const province = levels[2];
    await app.db.query(
      `UPDATE campaign_phase SET closes_on = $2
        WHERE campaign_id = $1 AND phase = 'REVIEW' AND level = 'PROVINCE'`,
      [campaignId, day(-1)],
    );
    await open('late', async (secretary) => {
      await signIn(secretary, province.secretary.username, province.secretary.password);
      await secretary.goto(`/councils/${province.councilId}`);
      await secretary.getByTestId('open-round-submit').click();
      await secretary.getByTestId('round-page').waitFor();
      expect(await text(secretary, 'round-review-closed')).toBe(
        'Ngoài thời hạn xét duyệt: chưa tiếp nhận hồ sơ, chấm điểm hay bỏ phiếu được cho đến khi quản trị viên gia hạn.',
      );
    });
  });
});
