import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The real entry point, as `pnpm start` runs it, on its own embedded PostgreSQL in a fresh data
 * folder: first start loads the demo, a second start reuses it, SIGTERM stops PostgreSQL too, and
 * an orphan left by SIGKILL is dealt with on the next start.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const port = 41000 + Math.floor(Math.random() * 1000);
const pgPort = 55000 + Math.floor(Math.random() * 1000);

const start = (dataDir: string): ChildProcess =>
  spawn(process.execPath, ['-r', '@swc-node/register', 'src/main.ts'], {
    cwd: path.join(ROOT, 'server'),
    env: {
      ...process.env,
      DATABASE_URL: '',
      DATA_DIR: dataDir,
      PORT: String(port),
      EMBEDDED_PG_PORT: String(pgPort),
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });

const waitFor = async (predicate: () => Promise<boolean> | boolean, ms = 30_000) => {
  for (const until = Date.now() + ms; Date.now() < until;) {
    if (await predicate()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('timed out');
};

const healthy = async () => {
  try {
    return (await fetch(`http://127.0.0.1:${port}/healthz`)).ok;
  } catch {
    return false;
  }
};

const exited = (child: ChildProcess) =>
  new Promise<number | null>((resolve) =>
    child.exitCode !== null ? resolve(child.exitCode) : child.once('exit', (code) => resolve(code)),
  );

const graphql = async (query: string) => {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  });
  return (await res.json()) as { data: Record<string, { token: string }> };
};

const postmasterPid = (dataDir: string) => {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
};

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe('starting and stopping the server with the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'vd-start-'));
  chmodSync(dataDir, 0o755); // run as root, PostgreSQL runs as `postgres` and must get in
  let server: ChildProcess | undefined;
  let output = '';
  const run = () => {
    server = start(dataDir);
    server.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    server.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    return server;
  };

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await exited(server);
    }
    const pid = postmasterPid(dataDir);
    if (pid && alive(pid)) process.kill(pid, 'SIGINT');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('loads the demo on first start and prints the demo password', async () => {
    run();
    await waitFor(healthy);
    expect(output).toMatch(/demo data loaded/);
    expect(output).toMatch(/vinhdanh2026/);
    const login = await graphql(`
      mutation {
        login(input: { username: "quantri", password: "vinhdanh2026" }) {
          token
        }
      }
    `);
    expect(login.data.login.token).toBeTruthy();
  }, 60_000);

  it('stops PostgreSQL too on SIGTERM', async () => {
    const pid = postmasterPid(dataDir)!;
    expect(alive(pid)).toBe(true);
    server!.kill('SIGTERM');
    expect(await exited(server!)).toBe(0);
    await waitFor(() => !alive(pid), 10_000);
    expect(output).toMatch(/embedded PostgreSQL stopped/);
  }, 30_000);

  it('reuses the data on a second start, and handles the orphan a SIGKILL leaves', async () => {
    output = '';
    run();
    await waitFor(healthy);
    expect(output).not.toMatch(/demo data loaded/);
    const orphan = postmasterPid(dataDir)!;
    server!.kill('SIGKILL');
    await exited(server!);
    expect(alive(orphan)).toBe(true);

    output = '';
    run();
    await waitFor(healthy);
    expect(output).toMatch(/orphaned embedded PostgreSQL/);
    expect(alive(orphan)).toBe(false);
    const units = await graphql(`
      mutation {
        login(input: { username: "canbo", password: "vinhdanh2026" }) {
          token
        }
      }
    `);
    expect(units.data.login.token).toBeTruthy();
  }, 90_000);
});
