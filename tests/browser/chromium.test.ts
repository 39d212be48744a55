import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ARTIFACTS } from '../support/browser';
import { chooseChromium } from '../support/chromium';

/**
 * The packaged Chromium is what a machine without Debian's gets: launch it here too, every run,
 * so a machine with Debian's Chromium still proves the fallback works and draws Vietnamese.
 */
const VIETNAMESE =
  'Mô hình “Dân vận khéo” được công nhận: Ủy ban nhân dân xã Noong Luống, Điện Biên';

let browser: Browser;

beforeAll(async () => {
  const choice = chooseChromium({ ...process.env, CHROMIUM_PATH: '', VD_CHROMIUM: 'packaged' });
  expect(choice.kind).toBe('packaged');
  browser = await chromium.launch({
    executablePath: choice.executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', ...choice.args],
    env: choice.env,
  });
});

afterAll(async () => {
  await browser?.close();
});

test('the packaged Chromium draws every Vietnamese letter with a real glyph', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 200 } });
  await page.setContent(
    `<p style="font: 24px system-ui, sans-serif; margin: 16px">${VIETNAMESE}</p>`,
  );
  // A letter the fonts lack is drawn as the "missing glyph" box; so is a code point no font has.
  // Each letter is drawn alone on a canvas and compared with that box.
  const missing = await page.evaluate((text) => {
    const draw = (letter: string) => {
      const canvas = document.createElement('canvas');
      canvas.width = 48;
      canvas.height = 48;
      const context = canvas.getContext('2d')!;
      context.font = '32px system-ui, sans-serif';
      context.fillText(letter, 4, 36);
      return Array.from(context.getImageData(0, 0, 48, 48).data).join(',');
    };
    const box = draw('\u{10FFFD}');
    return [...new Set(text.replace(/\s/g, ''))].filter((letter) => draw(letter) === box);
  }, VIETNAMESE);
  expect(missing).toEqual([]);
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'packaged-chromium-vietnamese.png') });
  await page.close();
});
