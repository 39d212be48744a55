import type { Browser, Page } from 'playwright-core';
import { FORM_PARTS } from '@vinh-danh/shared';
import { startTestApp, type TestApp } from '../support/app';
import { DEMO_PASSWORD, eventually, launchBrowser, signIn, withPage } from '../support/browser';
import { ONE_PAGE_PDF as PDF } from '../factories/files';

/**
 * The lifecycle of issue 3 through the built web app, with two people at once: the officer of
 * xã Noong Luống registers a collective model with indicators and a file and submits it; the
 * unit leader returns it with a reason; the officer, still on the page, sees the notification
 * arrive live, edits and resubmits; the leader endorses it from the queue; the timeline shows
 * every step.
 */

jest.setTimeout(120_000);

const TITLE = 'Mô hình “Dân vận khéo” vận động Nhân dân hiến đất mở đường bản Noong Luống';
const REASON = 'Đề nghị bổ sung biên bản họp dân và số hộ hiến đất cụ thể.';

/** YYYY-MM-DD in Vietnam, `offset` days from today. */
const day = (offset: number) =>
  new Date(Date.now() + 7 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

const CAMPAIGN = `Phong trào “Dân vận khéo” năm ${day(0).slice(0, 4)} (kiểm thử)`;

const LOGIN = `mutation($input: LoginInput!) {
  login(input: $input) { token viewer { user { roles { role unit { id } } } } }
}`;

const CREATE_CAMPAIGN = `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`;

/** The campaign manager of huyện Điện Biên opens this year's campaign, registration and nomination open today. */
const openCampaign = async (app: TestApp) => {
  const { login } = await app.api.ok<{
    login: { token: string; viewer: { user: { roles: { role: string; unit: { id: string } }[] } } };
  }>(LOGIN, { input: { username: 'thiduakhenthuong', password: DEMO_PASSWORD } });
  const unitId = login.viewer.user.roles.find((r) => r.role === 'CAMPAIGN_MANAGER')!.unit.id;
  const year = Number(day(0).slice(0, 4));
  await app.api.as(login.token).ok(CREATE_CAMPAIGN, {
    input: {
      unitId,
      name: CAMPAIGN,
      startYear: year,
      endYear: year,
      phases: [
        { phase: 'REGISTRATION', opensOn: day(-10), closesOn: day(10) },
        { phase: 'NOMINATION', opensOn: day(-10), closesOn: day(20) },
      ],
    },
  });
};

const text = async (page: Page, testId: string) => {
  const locator = page.getByTestId(testId);
  await locator.waitFor();
  return (await locator.textContent())?.trim() ?? '';
};

const stateOf = (page: Page) => page.getByTestId('model-state').getAttribute('data-state');

const waitForState = (page: Page, state: string) =>
  page.locator(`[data-testid="model-state"][data-state="${state}"]`).waitFor();

/** The timeline's steps as (action, resulting state), oldest first. */
const timeline = (page: Page) =>
  page
    .getByTestId('timeline-item')
    .evaluateAll((items) =>
      items.map((item) => [item.getAttribute('data-action'), item.getAttribute('data-to')]),
    );

describe('the candidacy lifecycle in the browser', () => {
  let app: TestApp;
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
    await openCampaign(app);
  });

  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('registers, submits, returns with a reason (seen live), resubmits and endorses', () =>
    withPage(browser, app.url, { label: 'officer' }, async (officer) => {
      // ---- the officer registers a collective model, with two indicators ----
      await signIn(officer, 'canbo');
      await officer.getByTestId('nav-models').click();
      await officer.getByTestId('model-action-new').click();
      const form = officer.getByTestId('register-model-form');
      await form.waitFor();

      // Nothing typed yet: the form says what is needed, in Vietnamese, and sends nothing.
      await officer.getByTestId('register-model-submit').click();
      expect(await text(officer, 'model-title-error')).toBe('Vui lòng nhập tên mô hình.');
      expect(await text(officer, 'model-fieldCode-error')).toBe('Vui lòng chọn lĩnh vực.');

      // The demo data may have campaigns of its own open: choose ours.
      await officer.getByTestId('model-campaign').selectOption({ label: CAMPAIGN });
      expect(await officer.getByTestId('model-kind-COLLECTIVE').isChecked()).toBe(true);
      await officer.getByTestId('model-title').fill(TITLE);
      await officer.getByTestId('model-field').selectOption('ECONOMY');
      // All parts but the last: the dossier is saved as a draft, incomplete.
      for (const part of FORM_PARTS.slice(0, -1)) {
        await officer.getByTestId(`model-part-${part}`).fill(`Phần ${part}: nội dung của bản.`);
      }
      await officer.getByTestId('indicator-add').click();
      await officer.getByTestId('indicator-0-name').fill('Diện tích đất Nhân dân hiến');
      await officer.getByTestId('indicator-0-unitOfMeasure').fill('m²');
      await officer.getByTestId('indicator-0-target').fill('3000');
      await officer.getByTestId('indicator-0-achieved').fill('4250');
      await officer.getByTestId('indicator-add').click();
      await officer.getByTestId('indicator-1-name').fill('Ngày công đóng góp');
      await officer.getByTestId('indicator-1-unitOfMeasure').fill('ngày công');
      await officer.getByTestId('indicator-1-achieved').fill('640');
      await officer.getByTestId('register-model-submit').click();

      // ---- the draft opens for editing: upload evidence, finish the form (autosaved) ----
      await officer.getByTestId('edit-model-form').waitFor();
      const modelId = /\/models\/([^/]+)\/edit$/.exec(officer.url())?.[1];
      expect(modelId).toBeTruthy();
      await officer.getByTestId('evidence-input').setInputFiles({
        name: 'bien-ban-hop-dan.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await officer
        .getByTestId('evidence-list')
        .getByText('bien-ban-hop-dan.pdf', { exact: true })
        .waitFor();
      await officer
        .getByTestId('model-part-sustainability')
        .fill('Duy trì bằng hương ước của bản; nhân rộng ra các bản lân cận.');
      await officer.locator('[data-testid="autosave-status"][data-status="saved"]').waitFor();
      expect(await text(officer, 'autosave-status')).toBe('Đã lưu');
      await officer.getByTestId('edit-model-done').click();

      // ---- the model page: complete, the officer submits ----
      await officer.getByTestId('model-page').waitFor();
      expect(await text(officer, 'model-heading')).toBe(TITLE);
      await officer.getByTestId('missing-parts-none').waitFor();
      expect(await officer.getByTestId('indicator-row').count()).toBe(2);
      expect(await officer.getByTestId('evidence-list').textContent()).toContain(
        'bien-ban-hop-dan.pdf',
      );
      expect(await stateOf(officer)).toBe('DRAFT');
      await officer.getByTestId('action-SUBMIT').click();
      await waitForState(officer, 'SUBMITTED');
      // Only what the server lists: an officer cannot endorse or return.
      expect(await officer.getByTestId('action-ENDORSE').count()).toBe(0);
      expect(await officer.getByTestId('action-RETURN').count()).toBe(0);
      expect(await officer.getByTestId('notification-count').count()).toBe(0);

      // ---- the leader, in another browser, returns it with a reason ----
      await withPage(browser, app.url, { label: 'leader-return' }, async (leader) => {
        await signIn(leader, 'lanhdao');
        // The submission is waiting for them: a notification, and a row in the queue.
        await leader.getByTestId('notification-count').waitFor();
        await leader.getByTestId('nav-queue').click();
        await leader.getByTestId(`queue-row-${modelId}`).waitFor();
        await leader.getByTestId(`queue-return-${modelId}`).click();
        // A return without a reason is refused before it is sent.
        await leader.getByTestId('return-confirm').click();
        expect(await text(leader, 'return-reason-error')).toBe('Vui lòng nhập lý do trả lại.');
        await leader.getByTestId('return-reason').fill(REASON);
        await leader.getByTestId('return-confirm').click();
        // The title has quotation marks of its own: no second pair around it.
        expect(await text(leader, 'success')).toBe(`Đã trả lại ${TITLE}.`);
        await leader.getByTestId(`queue-row-${modelId}`).waitFor({ state: 'detached' });
      });

      // ---- the officer, without reloading, sees it arrive ----
      await eventually(async () => expect(await text(officer, 'notification-count')).toBe('1'));
      await waitForState(officer, 'RETURNED');
      await officer.getByTestId('notification-bell').click();
      const item = officer.locator('[data-testid^="notification-item-"]').first();
      await item.waitFor();
      expect(await item.getAttribute('data-kind')).toBe('RETURN');
      expect(await item.textContent()).toContain(REASON);
      await item.click();
      await officer.getByTestId('model-page').waitFor();
      await eventually(async () =>
        expect(await officer.getByTestId('notification-count').count()).toBe(0),
      );
      expect(await text(officer, 'timeline-reason')).toBe(`Lý do: ${REASON}`);

      // ---- edits (autosaved) and resubmits ----
      await officer.getByTestId('model-edit').click();
      await officer.getByTestId('indicator-add').click();
      await officer.getByTestId('indicator-2-name').fill('Số hộ hiến đất');
      await officer.getByTestId('indicator-2-unitOfMeasure').fill('hộ');
      await officer.getByTestId('indicator-2-achieved').fill('37');
      await officer.locator('[data-testid="autosave-status"][data-status="saved"]').waitFor();
      await officer.getByTestId('edit-model-done').click();
      await officer.getByTestId('model-page').waitFor();
      expect(await officer.getByTestId('indicator-row').count()).toBe(3);
      await officer.getByTestId('action-SUBMIT').click();
      await waitForState(officer, 'SUBMITTED');

      // ---- the leader endorses it from the queue, with the bulk action ----
      await withPage(browser, app.url, { label: 'leader-endorse' }, async (leader) => {
        await signIn(leader, 'lanhdao');
        await leader.getByTestId('nav-queue').click();
        await leader.getByTestId(`queue-select-${modelId}`).check();
        await leader.getByTestId('queue-endorse-selected').click();
        expect(await text(leader, 'success')).toBe('Đã xác nhận 1 hồ sơ.');
        await leader.getByTestId(`queue-row-${modelId}`).waitFor({ state: 'detached' });
      });

      // ---- the officer sees it endorsed, live, with every step in the timeline ----
      await waitForState(officer, 'ENDORSED');
      await eventually(async () => expect(await text(officer, 'notification-count')).toBe('1'));
      expect(await timeline(officer)).toEqual([
        ['REGISTER', 'DRAFT'],
        ['SUBMIT', 'SUBMITTED'],
        ['RETURN', 'RETURNED'],
        ['SUBMIT', 'SUBMITTED'],
        ['ENDORSE', 'ENDORSED'],
      ]);
      const steps = await officer.getByTestId('timeline-item').allTextContents();
      expect(steps[2]).toContain('Trả lại — Quàng Văn Thanh');
      expect(steps[4]).toContain('Xác nhận — Quàng Văn Thanh');
      expect(await officer.getByTestId('action-SUBMIT').count()).toBe(0);
      expect(await officer.getByTestId('model-edit').count()).toBe(0);
    }));
});
