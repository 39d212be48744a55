import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { startTestApp, type TestApp } from '../support/app';

/**
 * How the built web app goes out: compressed as the browser accepts, hashed assets cached for
 * good, index.html never; and the first page's JavaScript within its budget. Needs `pnpm build`
 * (the test command builds first).
 */
const DIST = path.resolve(__dirname, '..', '..', 'web', 'dist');
const BUDGET = 200 * 1024; // gzip bytes of JavaScript the first page may load

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

/** Raw bytes, as they came: fetch would decompress them behind our back. */
const get = (url: string, headers: Record<string, string> = {}) =>
  new Promise<Answer>((resolve, reject) => {
    http
      .get(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on('error', reject);
  });

interface Chunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
const manifest = () =>
  JSON.parse(readFileSync(path.join(DIST, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    Chunk
  >;

let app: TestApp;
let script: string; // the entry chunk, as index.html names it

beforeAll(async () => {
  app = await startTestApp();
  const html = readFileSync(path.join(DIST, 'index.html'), 'utf8');
  script = /<script type="module" crossorigin src="([^"]+)"/.exec(html)![1];
});

afterAll(async () => {
  await app.stop();
});

describe('the web app over HTTP', () => {
  it('sends JavaScript as Brotli or gzip as accepted, and plain to who accepts neither', async () => {
    const plain = readFileSync(path.join(DIST, script));

    const br = await get(`${app.url}${script}`, { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/^text\/javascript/);
    expect(br.headers.vary).toMatch(/Accept-Encoding/i);
    expect(br.body.length).toBeLessThan(plain.length / 3);
    expect(brotliDecompressSync(br.body).equals(plain)).toBe(true);

    const gzip = await get(`${app.url}${script}`, { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.body).equals(plain)).toBe(true);

    const identity = await get(`${app.url}${script}`, { 'accept-encoding': 'identity' });
    expect(identity.headers['content-encoding']).toBeUndefined();
    expect(identity.headers.vary).toMatch(/Accept-Encoding/i);
    expect(identity.body.equals(plain)).toBe(true);
  });

  it('caches hashed assets for a year, immutable, and never index.html', async () => {
    for (const encoding of ['br', 'identity']) {
      const asset = await get(`${app.url}${script}`, { 'accept-encoding': encoding });
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', '/login', '/models/123']) {
      const html = await get(`${app.url}${page}`, { 'accept-encoding': 'br' });
      expect(html.status).toBe(200);
      expect(html.headers['content-type']).toMatch(/^text\/html/);
      expect(html.headers['cache-control']).toBe('no-cache');
    }
  });

  it('answers a missing asset with 404, not with index.html', async () => {
    const missing = await get(`${app.url}/assets/gone-0000.js`, { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(missing.headers['content-encoding']).toBeUndefined();
    expect(missing.body.toString()).not.toMatch(/<div id="root">/);
  });

  it('loads at most 200 KB gzip of JavaScript for the first page (login, then home)', () => {
    // What the entry pulls in before the page can run: itself and its static imports. Pages
    // other than login and home come later, as their own chunks (web/src/app/routes.tsx).
    const chunks = manifest();
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key)) return;
      seen.add(key);
      for (const next of chunks[key].imports ?? []) visit(next);
    };
    visit(Object.keys(chunks).find((key) => chunks[key].isEntry)!);
    const files = [...seen].map((key) => chunks[key].file).filter((f) => f.endsWith('.js'));
    // The build leaves files under 1 KB uncompressed; count those gzipped too.
    const gzipped = (file: string) =>
      existsSync(path.join(DIST, `${file}.gz`))
        ? readFileSync(path.join(DIST, `${file}.gz`)).length
        : gzipSync(readFileSync(path.join(DIST, file)), { level: 9 }).length;
    const gzip = files.reduce((sum, file) => sum + gzipped(file), 0);
    expect(files).toContain(script.slice(1));
    expect(gzip).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps the Ed25519 code of certificates out of every page until a QR payload asks for it', () => {
    // @vinh-danh/shared/certificates carries @noble: the verification page imports it only
    // when the address holds a payload to check, so no page loads it statically.
    const chunks = manifest();
    const key = Object.keys(chunks).find((k) => k.endsWith('shared/src/certificates/index.ts'));
    expect(key).toBeDefined();
    const staticImporters = Object.keys(chunks).filter((k) =>
      (chunks[k].imports ?? []).includes(key!),
    );
    expect(staticImporters).toEqual([]);
    const dynamicImporters = Object.keys(chunks).filter((k) =>
      (chunks[k].dynamicImports ?? []).includes(key!),
    );
    expect(dynamicImporters).toEqual(['src/pages/VerifyPage.tsx']);
  });
});
