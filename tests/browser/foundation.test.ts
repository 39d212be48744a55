import type { Browser, Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../support/app';
import {
  eventually,
  launchBrowser,
  PHONE,
  signIn,
  withPage,
  type PageOptions,
} from '../support/browser';

/**
 * The foundation issue through the built web app: sign-in, language, the unit tree, creating
 * units and accounts, navigation by role, a phone-sized screen. Everything real: the server on
 * its own database with the demo data, Debian's Chromium.
 */

interface DemoExpectation {
  username: string;
  displayName: string;
  /** `my-role-<ROLE>` on the home page; empty: the "no roles" text, unless seated */
  roles: string[];
  /** sits on a council: the home lists its councils instead of "no roles" */
  seated?: boolean;
  /** the top of the unit tree the account sees; null: no Units link at all */
  treeRoots: string[] | null;
  admin: boolean;
  /** the menu, exactly and in order */
  nav: string[];
}

// Written out here rather than derived from the server's tables, so that a change in who sees
// what shows up as a failing test to review.
const DEMO_ACCOUNTS: DemoExpectation[] = [
  {
    username: 'quantri',
    displayName: 'Quản trị hệ thống',
    roles: ['ADMIN'],
    treeRoots: ['DB', 'LC', 'QN'], // by name: Điện Biên, Lai Châu, Quảng Ninh
    admin: true,
    nav: ['nav-home', 'nav-campaigns', 'nav-councils', 'nav-units', 'nav-users', 'nav-graphiql'],
  },
  {
    username: 'canbo',
    displayName: 'Lò Thị Hạnh',
    roles: ['UNIT_OFFICER'],
    treeRoots: ['DB-HDB-NOONGLUONG'],
    admin: false,
    nav: ['nav-home', 'nav-campaigns', 'nav-models', 'nav-units', 'nav-users'],
  },
  {
    username: 'lanhdao',
    displayName: 'Quàng Văn Thanh',
    roles: ['UNIT_LEADER'],
    treeRoots: ['DB-HDB-NOONGLUONG'],
    admin: false,
    nav: ['nav-home', 'nav-campaigns', 'nav-models', 'nav-queue', 'nav-units', 'nav-users'],
  },
  {
    username: 'canbo.pomlot',
    displayName: 'Lò Văn Dũng',
    roles: ['UNIT_OFFICER'],
    treeRoots: ['DB-HDB-POMLOT'],
    admin: false,
    nav: ['nav-home', 'nav-campaigns', 'nav-models', 'nav-units', 'nav-users'],
  },
  {
    username: 'thiduakhenthuong',
    displayName: 'Nguyễn Thị Mai',
    roles: ['CAMPAIGN_MANAGER'],
    treeRoots: ['DB-HDIENBIEN'],
    admin: false,
    nav: [
      'nav-home',
      'nav-campaigns',
      'nav-models',
      'nav-councils',
      'nav-commendations',
      'nav-units',
      'nav-users',
    ],
  },
  {
    username: 'thuky',
    displayName: 'Lường Văn Hùng',
    roles: [],
    seated: true,
    treeRoots: null,
    admin: false,
    nav: ['nav-home', 'nav-councils'],
  },
  {
    username: 'uyvien',
    displayName: 'Cà Thị Lan',
    roles: [],
    seated: true,
    treeRoots: null,
    admin: false,
    nav: ['nav-home', 'nav-councils'],
  },
  {
    username: 'chutich',
    displayName: 'Trần Quốc Bảo',
    roles: [],
    seated: true,
    treeRoots: null,
    admin: false,
    nav: ['nav-home', 'nav-councils'],
  },
  {
    username: 'kyduyet',
    displayName: 'Vũ Đức Long',
    roles: ['SIGNER'],
    treeRoots: ['DB-HDIENBIEN'],
    admin: false,
    nav: [
      'nav-home',
      'nav-campaigns',
      'nav-models',
      'nav-councils',
      'nav-decisions',
      'nav-units',
      'nav-users',
    ],
  },
  {
    username: 'baocao',
    displayName: 'Hoàng Thị Thu',
    roles: ['REPORTER'],
    treeRoots: ['DB'],
    admin: false,
    nav: ['nav-home', 'nav-campaigns', 'nav-models', 'nav-councils', 'nav-units', 'nav-users'],
  },
];

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

const text = async (page: Page, testId: string) => {
  const locator = page.getByTestId(testId);
  await locator.waitFor();
  return (await locator.textContent())?.trim() ?? '';
};

/** Top-level tree rows, in the order shown. */
const treeRootCodes = async (page: Page) => {
  await page.getByTestId('unit-tree').waitFor();
  return page
    .locator('[data-testid="unit-tree"] > li > [data-testid^="unit-node-"]')
    .evaluateAll((rows) =>
      rows.map((row) => row.getAttribute('data-testid')!.replace(/^unit-node-/, '')),
    );
};

// Jest applies `testTimeout` from the root config only, not from a project's.
jest.setTimeout(60_000);

describe('foundation in the browser', () => {
  let app: TestApp;
  let browser: Browser;
  const open = <T>(fn: (page: Page) => Promise<T>, options: PageOptions = {}) =>
    withPage(browser, app.url, options, fn);

  beforeAll(async () => {
    // The browser first: without Chromium there is no point starting a server.
    browser = await launchBrowser();
    app = await startTestApp({ DEMO_SEED: true });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
  });

  it('is in Vietnamese by default, switches to English and back, and remembers the choice', () =>
    open(async (page) => {
      await page.goto('/login');
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Đăng nhập');
      expect(await htmlLang(page)).toBe('vi');

      await signIn(page, 'quantri');
      expect(await text(page, 'greeting')).toBe('Xin chào, Quản trị hệ thống!');
      expect(await text(page, 'nav-units')).toBe('Đơn vị');
      expect(await text(page, 'nav-users')).toBe('Người dùng');
      expect(await text(page, 'logout')).toBe('Đăng xuất');

      await page.getByTestId('lang-switch').selectOption('en');
      await page.getByTestId('greeting').filter({ hasText: 'Hello, Quản trị hệ thống!' }).waitFor();
      expect(await text(page, 'nav-units')).toBe('Units');
      expect(await text(page, 'logout')).toBe('Sign out');
      await eventually(async () => expect(await htmlLang(page)).toBe('en'));

      // The choice is kept in the browser, so a reload stays in English.
      await page.reload();
      await page.getByTestId('nav-units').filter({ hasText: 'Units' }).waitFor();
      expect(await htmlLang(page)).toBe('en');
      expect(await page.getByTestId('lang-switch').inputValue()).toBe('en');

      await page.getByTestId('lang-switch').selectOption('vi');
      await page.getByTestId('nav-units').filter({ hasText: 'Đơn vị' }).waitFor();
      expect(await text(page, 'greeting')).toBe('Xin chào, Quản trị hệ thống!');
      await eventually(async () => expect(await htmlLang(page)).toBe('vi'));
    }));

  it('lets the administrator create a unit under Huyện Điện Biên and an account in it', async () => {
    const unit = { code: 'DB-HDB-TEST', name: 'Xã Thử Nghiệm Đồng Tâm' };
    const user = { username: 'thu.nghiem', displayName: 'Lò Thị Thử', password: 'matkhau-2026' };

    await open(async (page) => {
      await signIn(page, 'quantri');
      await page.getByTestId('nav-units').click();
      await page.getByTestId('unit-toggle-DB').click();
      await page.getByTestId('unit-select-DB-HDIENBIEN').click();
      expect(await text(page, 'unit-detail-name')).toBe('Huyện Điện Biên');

      await page.getByTestId('unit-action-create-child').click();
      const form = page.getByTestId('create-unit-form');
      await form.getByTestId('unit-name').fill(unit.name);
      // Typed in lower case: the form upper-cases codes.
      await form.getByTestId('unit-code').fill(unit.code.toLowerCase());
      expect(await form.getByTestId('unit-kind').inputValue()).toBe('COMMUNE');
      await form.getByTestId('create-unit-submit').click();

      // The new unit is selected, announced, and appears under its parent in the tree.
      await page.getByTestId('unit-detail-name').filter({ hasText: unit.name }).waitFor();
      expect(await text(page, 'unit-detail-code')).toBe(unit.code);
      expect(await text(page, 'unit-detail-kind')).toBe('Xã');
      expect(await text(page, 'success')).toBe(`Đã tạo đơn vị “${unit.name}”.`);
      const node = page
        .getByTestId('unit-node-DB-HDIENBIEN')
        .locator('xpath=..')
        .getByTestId(`unit-node-${unit.code}`);
      await node.waitFor();
      expect(await node.textContent()).toContain(unit.name);
      await eventually(async () =>
        expect(await page.getByTestId('create-unit-form').count()).toBe(0),
      );

      // Now an account whose home unit is the new one, with a role on it.
      await page.getByTestId('nav-users').click();
      await page.getByTestId('user-action-create').click();
      const userForm = page.getByTestId('create-user-form');
      await userForm.getByTestId('user-username').fill(user.username);
      await userForm.getByTestId('user-display-name').fill(user.displayName);
      await userForm.getByTestId('user-password').fill(user.password);
      await userForm.getByTestId('user-unit-search').fill('thu nghiem dong tam');
      await userForm.getByTestId(`user-unit-option-${unit.code}`).click();
      expect(await text(page, 'user-unit-value')).toContain(unit.name);
      await userForm.getByTestId('user-add-role').click();
      await userForm.getByTestId('user-role-0').selectOption('UNIT_LEADER');
      // The role's scope starts as the home unit.
      expect(await text(page, 'user-role-unit-0-value')).toContain(unit.name);
      await userForm.getByTestId('create-user-submit').click();

      expect(await text(page, 'success')).toBe(`Đã tạo tài khoản “${user.username}”.`);
      const panel = page.getByTestId('user-roles-panel');
      await panel.getByTestId(`role-grant-UNIT_LEADER-${unit.code}`).waitFor();
      expect(await panel.textContent()).toContain(user.displayName);
      const row = page.getByTestId(`user-row-${user.username}`);
      await row.waitFor();
      expect(await row.textContent()).toContain(unit.name);
      expect(await row.textContent()).toContain('Thủ trưởng đơn vị');
    });

    // What the pages showed is what was stored.
    const [stored] = await app.db.query(
      `SELECT u.display_name, uu.code AS home, p.code AS parent,
              (SELECT json_agg(json_build_object('role', g.role, 'unit', gu.code))
                 FROM role_grant g JOIN org_unit gu ON gu.id = g.unit_id
                WHERE g.user_id = u.id) AS grants
         FROM app_user u
         JOIN org_unit uu ON uu.id = u.unit_id
         JOIN org_unit p ON p.id = uu.parent_id
        WHERE u.username = $1`,
      [user.username],
    );
    expect(stored).toEqual({
      display_name: user.displayName,
      home: unit.code,
      parent: 'DB-HDIENBIEN',
      grants: [{ role: 'UNIT_LEADER', unit: unit.code }],
    });

    // And the new account can sign in and sees its own unit as the top of its tree.
    await open(async (page) => {
      await signIn(page, user.username, user.password);
      await page.getByTestId('my-role-UNIT_LEADER').waitFor();
      await page.getByTestId('nav-units').click();
      expect(await treeRootCodes(page)).toEqual([unit.code]);
    });
  });

  it.each(DEMO_ACCOUNTS)(
    '$username signs in and sees the navigation of its roles',
    ({ username, displayName, roles, seated, treeRoots, admin, nav }) =>
      open(
        async (page) => {
          await signIn(page, username);
          expect(await text(page, 'greeting')).toBe(`Xin chào, ${displayName}!`);
          if (seated) await page.getByTestId('my-councils').waitFor();
          else if (roles.length === 0) await page.getByTestId('no-roles').waitFor();
          expect(await page.getByTestId('no-roles').count()).toBe(
            roles.length === 0 && !seated ? 1 : 0,
          );
          for (const role of roles) await page.getByTestId(`my-role-${role}`).waitFor();

          // The whole menu renders at once from the viewer's capabilities.
          await page.getByTestId('nav-home').waitFor();
          const links = await page
            .locator('[data-testid^="nav-"]')
            .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
          expect(links).toEqual(nav);

          if (!treeRoots) {
            // Typing the address does not get round the menu.
            await page.goto('/units');
            await page.getByTestId('forbidden').waitFor();
            expect(await page.getByTestId('unit-tree').count()).toBe(0);
            return;
          }

          await page.getByTestId('nav-units').click();
          expect(await treeRootCodes(page)).toEqual(treeRoots);
          expect(await page.getByTestId('unit-action-create-root').count()).toBe(admin ? 1 : 0);
          await page.getByTestId(`unit-select-${treeRoots[0]}`).click();
          await page.getByTestId('unit-detail').waitFor();
          expect(await page.getByTestId('unit-actions').count()).toBe(admin ? 1 : 0);

          await page.getByTestId('nav-users').click();
          await page.getByTestId('users-page').waitFor();
          expect(await page.getByTestId('user-action-create').count()).toBe(admin ? 1 : 0);
          await page.getByTestId(`user-row-${username}`).waitFor();
        },
        { label: username },
      ),
  );

  it('is usable on a phone-sized screen', () =>
    open(
      async (page) => {
        await signIn(page, 'canbo');
        const toggle = page.getByTestId('menu-toggle');
        const unitsLink = page.getByTestId('nav-units');

        // The menu is folded behind its toggle.
        await toggle.waitFor();
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');
        expect(await unitsLink.isVisible()).toBe(false);

        await toggle.click();
        await unitsLink.waitFor();
        expect(await toggle.getAttribute('aria-expanded')).toBe('true');
        await unitsLink.click();

        // The page changed and the menu folded itself away again.
        await page.getByTestId('units-page').waitFor();
        expect(new URL(page.url()).pathname).toBe('/units');
        await unitsLink.waitFor({ state: 'hidden' });
        expect(await toggle.getAttribute('aria-expanded')).toBe('false');

        // Choosing a unit brings its details into view below the list.
        await page.getByTestId('unit-select-DB-HDB-NOONGLUONG').click();
        const detail = page.getByTestId('unit-detail');
        await detail.getByText('Xã Noong Luống').first().waitFor();
        await eventually(async () => {
          const inView = await detail.evaluate((el) => {
            const { top } = el.getBoundingClientRect();
            return top >= 0 && top < window.innerHeight;
          });
          expect(inView).toBe(true);
        });

        // Nothing is wider than the screen.
        const widths = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          screen: window.innerWidth,
        }));
        expect(widths.page).toBeLessThanOrEqual(widths.screen);
      },
      { ...PHONE, label: 'phone' },
    ));

  it('finds "Xã Noong Luống" when searched for without diacritics', () =>
    open(async (page) => {
      await signIn(page, 'quantri');
      await page.getByTestId('nav-units').click();
      await page.getByTestId('unit-search').fill('noong luong');

      const result = page.getByTestId('unit-result-DB-HDB-NOONGLUONG');
      await result.waitFor();
      expect(await result.textContent()).toContain('Xã Noong Luống');
      const found = await page
        .getByTestId('unit-search-results')
        .locator('[data-testid^="unit-result-"]')
        .evaluateAll((els) => els.map((el) => el.getAttribute('data-testid')));
      expect(found).toEqual(['unit-result-DB-HDB-NOONGLUONG']);

      await result.click();
      expect(await text(page, 'unit-detail-name')).toBe('Xã Noong Luống');
    }));
});
