import type { Browser } from 'playwright-core';
import { Role, Seat, UnitKind } from '@vinh-danh/shared';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import {
  buildTree,
  buildUnit,
  buildUser,
  PASSWORD,
  signIn as apiSignIn,
  type UserRow,
} from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import { launchBrowser, signIn, withPage } from '../support/browser';
import { review } from '../support/review';

jest.setTimeout(120_000);

/**
 * A round closed after one ballot of five: the results page says the entry had no quorum and
 * shows no counts, which would be that one member's vote.
 */
describe('results short of the quorum', () => {
  let app: TestApp;
  let browser: Browser;
  let secretaryUser: UserRow;
  let roundId: string;
  let candidacyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    // Test setup through the API: a council of five votes one entry, one member only.
    const tree = await buildTree(app.db);
    const creator = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
    const campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id }))
      .id;
    const people: UserRow[] = [];
    for (let i = 0; i < 5; i++) people.push(await buildUser(app.db, { unit: tree.district }));
    const seats = [Seat.CHAIR, Seat.SECRETARY, Seat.MEMBER, Seat.MEMBER, Seat.MEMBER];
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
      seats: people.map((p, i) => [p, seats[i]]),
    });
    [, secretaryUser] = people;
    const [chair, secretary, m1] = await Promise.all(people.map((p) => apiSignIn(app.api, p)));
    const agency = await buildUnit(app.db, { kind: UnitKind.AGENCY, parent: tree.district });
    candidacyId = (await buildEndorsed(app.db, { unit: agency, campaignId, createdBy: creator.id }))
      .candidacyId;
    roundId = (await review.open(secretary, council.id)).id;
    const { entries } = await review.add(secretary, roundId, [candidacyId]);
    await review.assign(secretary, roundId);
    await review.step(secretary, 'startScoring', roundId);
    await review.step(secretary, 'startVoting', roundId);
    expect((await review.vote(m1, entries[0].id, 'REJECT')).errors).toBeUndefined();
    for (const p of people)
      await review.attend(secretary, roundId, council.members[p.username], true);
    expect((await review.step(chair, 'closeRound', roundId)).errors).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('shows "no quorum" in Vietnamese instead of the counts', async () => {
    await withPage(browser, app.url, {}, async (page) => {
      await signIn(page, secretaryUser.username, PASSWORD);
      await page.goto(`/rounds/${roundId}`);
      const row = page.getByTestId(`result-${candidacyId}`);
      const cell = row.getByTestId('result-no-quorum');
      await cell.waitFor();
      expect(await cell.textContent()).toBe(
        'Không đủ số thành viên bỏ phiếu (trong 5 thành viên có quyền biểu quyết); không công bố số phiếu',
      );
      expect(await row.getByTestId('result-votes').count()).toBe(0);
      expect(await row.getByTestId('result-outcome').textContent()).toContain(
        'Không được công nhận',
      );
    });
  });
});
