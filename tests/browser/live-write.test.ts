import type { Browser, Page } from 'playwright-core';
import { CandidacyState as S, DEFAULT_RUBRIC, RoundState, Seat } from '@vinh-danh/shared';
import { buildCandidacy } from '../factories/candidacy';
import type { SeatedCouncil } from '../factories/council';
import { PASSWORD } from '../factories';
import { buildReviewDesk } from '../factories/review-desk';
import { buildRound } from '../factories/round';
import { startTestApp, type TestApp } from '../support/app';
import { eventually, launchBrowser, signIn, withPage } from '../support/browser';

jest.setTimeout(120_000);

/** The GraphQL operations a page sends over HTTP from now on (the live updates come by socket). */
const recordOperations = (page: Page) => {
  const sent: string[] = [];
  page.on('request', (request) => {
    if (!request.url().endsWith('/graphql') || request.method() !== 'POST') return;
    const body = request.postDataJSON() as { operationName?: string } | null;
    sent.push(body?.operationName ?? '?');
  });
  return sent;
};

/**
 * A score sheet as a member types it: the write answers with its entry, the round's watchers
 * get the change over the socket, and neither the author nor the secretary watching asks the
 * server for the round or the ranking again.
 */
describe('a score sheet, live', () => {
  let app: TestApp;
  let browser: Browser;
  let council: SeatedCouncil;
  let roundId: string;
  let candidacyId: string;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp();
    const built = await buildReviewDesk(app);
    council = built.council;
    const desk = built.desk;
    ({ candidacyId } = await buildCandidacy(desk, { state: S.ENDORSED }));
    ({ roundId } = await buildRound(council, {
      state: RoundState.SCORING,
      candidacyIds: [candidacyId],
    }));
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('sends one request for a sheet, and none to follow it live', async () => {
    const member = council.seats[Seat.MEMBER].user;
    const secretary = council.seats[Seat.SECRETARY].user;
    await withPage(browser, app.url, { label: 'secretary' }, async (watcher) => {
      await signIn(watcher, secretary.username, PASSWORD);
      await watcher.goto(`/rounds/${roundId}`);
      const progress = watcher
        .getByTestId(`progress-${member.username}`)
        .getByTestId('progress-done');
      await eventually(async () => expect(await progress.textContent()).toBe('0/1'));
      const watched = recordOperations(watcher);

      await withPage(browser, app.url, { label: 'member' }, async (page) => {
        await signIn(page, member.username, PASSWORD);
        await page.goto(`/rounds/${roundId}/score`);
        await page.getByTestId('scoring-page').waitFor();
        await page.getByTestId(`scoring-entry-${candidacyId}`).click();
        await page.getByTestId('score-RESULTS').waitFor();
        const sent = recordOperations(page);
        for (const c of DEFAULT_RUBRIC.criteria)
          await page.getByTestId(`score-${c.code}`).fill(String(c.maxPoints - 1).replace('.', ','));
        await page.getByTestId('score-RESULTS-comment').press('Enter');
        await page.locator('[data-testid="score-status"][data-status="saved"]').waitFor();
        await page.locator('[data-testid="scoring-left"][data-left="0"]').waitFor();
        // The secretary's page shows the sheet done, from the socket alone.
        await eventually(async () => expect(await progress.textContent()).toBe('1/1'));
        // Time for a refetch to show itself, were there one.
        await page.waitForTimeout(1500);
        expect(sent).toEqual(['SubmitScores']);
        expect(watched).toEqual([]);
      });
    });
  });
});
