import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { chooseChromium } from './chromium';

/** The password of every demo account (server/src/modules/demo). */
export const DEMO_PASSWORD = 'vinhdanh2026';

/** Where a failing test leaves its screenshot; gitignored. */
export const ARTIFACTS = path.resolve(__dirname, '..', '.artifacts');

export const DESKTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
export const PHONE: BrowserContextOptions = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
};

/** Short, so a missing element fails with its locator in the message, not with Jest's timeout. */
const ACTION_TIMEOUT = 10_000;

// Without the networking flags Chromium reaches for hosts this machine cannot reach.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * Debian's Chromium when installed, else the one inside the npm package @sparticuz/chromium
 * (support/chromium.ts says how it is chosen); one per test file.
 */
export const launchBrowser = async (): Promise<Browser> => {
  const choice = chooseChromium();
  // playwright launches it with a fresh, throw-away profile.
  return chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...choice.args],
    env: choice.env,
  });
};

const fileSafe = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);

export interface PageOptions extends BrowserContextOptions {
  /** added to the screenshot's name when one test opens several pages */
  label?: string;
}

/**
 * Runs `fn` on a page of a new browser context (its own storage, so its own session and
 * language). If `fn` throws, or the page itself threw an uncaught error, a screenshot is saved
 * under tests/.artifacts and its path added to the failure.
 */
export const withPage = async <T>(
  browser: Browser,
  baseURL: string,
  options: PageOptions,
  fn: (page: Page) => Promise<T>,
): Promise<T> => {
  const { label, ...contextOptions } = options;
  const context = await browser.newContext({ ...DESKTOP, ...contextOptions, baseURL });
  context.setDefaultTimeout(ACTION_TIMEOUT);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.stack ?? error.message));
  try {
    const result = await fn(page);
    if (pageErrors.length > 0) {
      throw new Error(`uncaught errors in the page:\n${pageErrors.join('\n\n')}`);
    }
    return result;
  } catch (error) {
    const shot = await screenshot(page, label);
    if (error instanceof Error) {
      error.message += `\n\nurl: ${page.url()}${shot ? `\nscreenshot: ${shot}` : ''}`;
    }
    throw error;
  } finally {
    await context.close();
  }
};

const screenshot = async (page: Page, label?: string): Promise<string | null> => {
  const test = expect.getState().currentTestName ?? 'browser';
  const file = path.join(
    ARTIFACTS,
    `${fileSafe([test, label].filter(Boolean).join(' '))}-${Date.now()}.png`,
  );
  try {
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: file, fullPage: true, timeout: 5_000 });
    return file;
  } catch {
    return null; // the page may be gone; the original failure matters more
  }
};

/** Signs in through the login page and waits for the home page to greet the user. */
export const signIn = async (page: Page, username: string, password = DEMO_PASSWORD) => {
  await page.goto('/login');
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('greeting').waitFor();
};

/**
 * Retries an assertion until it passes (for what the page changes a moment later, e.g. an
 * attribute). Jest has no `expect.poll`; this is the same idea.
 */
export const eventually = async (
  assertion: () => Promise<void> | void,
  timeout = ACTION_TIMEOUT,
): Promise<void> => {
  const deadline = Date.now() + timeout;
  for (;;) {
    try {
      await assertion();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
};
