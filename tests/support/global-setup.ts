import { createServer, type AddressInfo } from 'node:net';
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
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

export default async function globalSetup(): Promise<void> {
  if (process.env.VD_TEST_SERVER_URL) return;
  if (process.env.DATABASE_URL) {
    process.env.VD_TEST_SERVER_URL = process.env.DATABASE_URL;
    return;
  }
  // A folder and port of its own, so that two runs on one machine do not meet.
  const pg = await startEmbeddedPostgres({
    dataDir: path.resolve(__dirname, '..', '..', '.data', `test-postgres-${process.pid}`),
    port: Number(process.env.TEST_PG_PORT ?? (await freePort())),
    log: createLogger('warn'),
    ephemeral: true,
  });
  process.env.VD_TEST_SERVER_URL = pg.url;
  globals.__vdDatabase = pg;
}
