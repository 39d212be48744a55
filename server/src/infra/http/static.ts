import { existsSync } from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { Logger } from '../log';

const YEAR = 365 * 24 * 3_600_000;
/** What the web build writes beside each file (web/vite.config.ts). */
const ENCODINGS = { br: '.br', gzip: '.gz' } as const;
const COMPRESSIBLE = /\.(js|css|html|svg|json|ttf)$/;

/**
 * The built web app on the server's port:
 *
 * - `/assets/*` carry a hash of their content in their name: cached for a year, immutable, and
 *   a missing one is a 404 (not index.html, which a stale page would take for a script);
 * - every other path not of the API gets index.html for the client router, never cached, so a
 *   new build is picked up at the next visit;
 * - text goes out as the Brotli or gzip file the build wrote beside it, as the browser accepts.
 */
export const serveWeb = (app: express.Express, dist: string, log: Logger): void => {
  const index = path.join(dist, 'index.html');
  if (!existsSync(index)) {
    log.warn({ dist }, 'web app not built; run `pnpm build` to serve it here');
    return;
  }
  const assets = path.join(dist, 'assets');
  const immutable = { maxAge: YEAR, immutable: true };
  app.use(
    '/assets',
    precompressed(assets, immutable),
    express.static(assets, { ...immutable, index: false, fallthrough: false }),
  );
  const noCache = { cacheControl: false, headers: { 'Cache-Control': 'no-cache' } };
  app.get(/^\/(?!graphql|healthz|api\/|assets\/).*/, (_req, res) => res.sendFile(index, noCache));
};

/** Sends `<file>.br` or `<file>.gz` when the build wrote one and the request accepts it. */
const precompressed =
  (root: string, options: { maxAge: number; immutable: boolean }): express.RequestHandler =>
  (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !COMPRESSIBLE.test(req.path)) {
      return next();
    }
    res.vary('Accept-Encoding'); // the plain answer too: a cache must not hand it to everyone
    // Brotli whenever accepted: smaller, and browsers list gzip first only out of habit.
    const encoding = (['br', 'gzip'] as const).find((e) => req.acceptsEncodings(e) === e);
    if (!encoding) return next();
    res.type(path.extname(req.path));
    res.setHeader('Content-Encoding', encoding);
    res.sendFile(`${req.path}${ENCODINGS[encoding]}`, { root, ...options }, (error) => {
      if (!error) return;
      if (res.headersSent) return next(error);
      // No compressed copy (a small file, or an older build): the plain file, then.
      res.removeHeader('Content-Encoding');
      res.removeHeader('Content-Type');
      next();
    });
  };
