import path from 'node:path';
// By path, not package name: global setup runs outside Jest's resolver, and this way it needs
// no build of the server first.
import { startEmbeddedPostgres } from '../../server/src/infra/db/embedded';
import { createLogger } from '../../server/src/infra/log';

interface TestGlobals {
  __vdDatabase?: { stop(): Promise<void> };
}
const globals = globalThis as TestGlobals;

/**
 * One PostgreSQL server for the whole run: DATABASE_URL when given (CI's service), otherwise an
 * embedded one, thrown away afterwards. Each test file makes its own database on it. Jest runs
 * this once per project; only the first call starts anything.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.VD_TEST_SERVER_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.VD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  const pg = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, '..', '..', '.data', 'test-postgres'),
    port: Number(process.env.TEST_PG_PORT ?? 54339),
    log: createLogger('warn'),
    ephemeral: true,
  });
  process.env.VD_TEST_SERVER_URL = pg.url;
  globals.__vdDatabase = pg;
}
