import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { configWith, createLogger, startApp } from '@vinh-danh/server';
// By path: the tests' way of finding a Chromium (Debian's, else the packaged one).
import { chooseChromium } from '../tests/support/chromium';
import { runCleanups, scratchDatabase, type Cleanups } from './scratch';

/**
 * The JavaScript the first route loads, as a browser loads it: the built web app served by the
 * real server (demo data), opened in headless Chromium at /login, then signed in as `canbo` to
 * the home page. Every script response is counted: its bytes on the wire (the browser asks for
 * Brotli), and what it weighs in gzip (the build's .gz beside it). Exits 1 above the budget.
 * Last line: `first-route-js-gzip=<bytes> budget=<bytes>`.
 *
 * Needs `pnpm build`. PostgreSQL: DATABASE_URL (a database of its own, dropped afterwards), or
 * an embedded one in a temporary folder.
 */

const BUDGET = 200 * 1024;
const DIST = path.resolve(__dirname, '..', 'web', 'dist');
const PASSWORD = 'vinhdanh2026';

interface Script {
  file: string;
  wire: number;
  encoding: string;
  gzip: number;
}

const gzipOf = (file: string) => {
  const local = path.join(DIST, file);
  return existsSync(`${local}.gz`)
    ? readFileSync(`${local}.gz`).length
    : gzipSync(readFileSync(local), { level: 9 }).length;
};

/** Collects the scripts `page` loads from now on, until the returned function is called. */
const recordScripts = (page: Page) => {
  const pending: Promise<Script>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    pending.push(
      (async () => {
        await response.finished();
        const file = new URL(response.url()).pathname.slice(1);
        return {
          file,
          wire: (await response.request().sizes()).responseBodySize,
          encoding: (await response.headerValue('content-encoding')) ?? 'identity',
          gzip: gzipOf(file),
        };
      })(),
    );
  });
  return async () => Promise.all(pending.splice(0));
};

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const report = (label: string, scripts: Script[]) => {
  console.log(`\n${label}: ${scripts.length} scripts`);
  for (const s of scripts) {
    console.log(
      `  ${s.file.padEnd(40)} ${kb(s.gzip).padStart(9)} gzip ${kb(s.wire).padStart(9)} ${s.encoding}`,
    );
  }
  const gzip = scripts.reduce((sum, s) => sum + s.gzip, 0);
  const wire = scripts.reduce((sum, s) => sum + s.wire, 0);
  console.log(
    `  ${'total'.padEnd(40)} ${kb(gzip).padStart(9)} gzip ${kb(wire).padStart(9)} on the wire`,
  );
  return gzip;
};

const main = async () => {
  if (!existsSync(path.join(DIST, 'index.html')))
    throw new Error('web/dist is missing: run `pnpm build`');
  const cleanups: Cleanups = [];
  try {
    const { workDir, databaseUrl } = await scratchDatabase('vd-bundle', cleanups);

    const app = await startApp(
      configWith({
        DATABASE_URL: databaseUrl,
        DATA_DIR: workDir,
        PORT: 0,
        HOST: '127.0.0.1',
        DEMO_SEED: true,
        DEMO_PASSWORD: PASSWORD,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        WEB_DIST: DIST,
      }),
      createLogger('warn'),
    );
    cleanups.push(() => app.stop());

    const choice = chooseChromium();
    const browser = await chromium.launch({
      executablePath: choice.executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', ...choice.args],
      env: choice.env,
    });
    cleanups.push(() => browser.close());
    console.log(`Chromium: ${choice.kind} (${choice.executablePath})`);

    const page = await browser.newPage({ baseURL: app.url });
    const scripts = recordScripts(page);
    await page.goto('/login', { waitUntil: 'networkidle' });
    const login = report('/login', await scripts());
    await page.getByTestId('login-username').fill('canbo');
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('greeting').waitFor();
    await page.waitForLoadState('networkidle');
    const home = report('then / (home, signed in as canbo)', await scripts());

    const total = login + home;
    console.log(
      `\nfirst route (login, then home): ${kb(total)} of JavaScript gzip; budget ${kb(BUDGET)}`,
    );
    console.log(`first-route-js-gzip=${total} budget=${BUDGET}`);
    if (total > BUDGET) process.exitCode = 1;
  } finally {
    await runCleanups(cleanups);
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
