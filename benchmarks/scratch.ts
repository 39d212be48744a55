import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createLogger, startEmbeddedPostgres } from '@vinh-danh/server';

/** What a benchmark undoes when it ends, last first. */
export type Cleanups = Array<() => Promise<unknown> | unknown>;

/** Runs the cleanups last first, each once, reporting a failing one without stopping the rest. */
export const runCleanups = async (cleanups: Cleanups): Promise<void> => {
  for (const fn of cleanups.splice(0).reverse()) {
    await Promise.resolve()
      .then(fn)
      .catch((error: unknown) => console.error('cleanup:', error));
  }
};

export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

export const onServer = async (url: string, sql: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * A working folder and a fresh database of the benchmark's own: on DATABASE_URL's server when
 * given, otherwise on an embedded PostgreSQL in that folder, so a bare machine runs it too.
 */
export const scratchDatabase = async (
  prefix: string,
  cleanups: Cleanups,
): Promise<{ workDir: string; databaseUrl: string }> => {
  const workDir = mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
  chmodSync(workDir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  cleanups.push(() => rmSync(workDir, { recursive: true, force: true }));
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const pg = await startEmbeddedPostgres({
      dataDir: path.join(workDir, 'postgres'),
      port: await freePort(),
      log: createLogger('warn'),
      ephemeral: true,
    });
    cleanups.push(() => pg.stop());
    serverUrl = pg.url;
  }
  const name = `${prefix.replace(/-/g, '_')}_${randomBytes(6).toString('hex')}`;
  const server = serverUrl;
  await onServer(server, `CREATE DATABASE ${name}`);
  cleanups.push(() => onServer(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
  const url = new URL(server);
  url.pathname = `/${name}`;
  return { workDir, databaseUrl: url.toString() };
};
