import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from './scratch';

/**
 * `pnpm start` as a person runs it, twice, on a data folder of its own: the first start builds
 * what is stale and loads the demo, and is stopped by Ctrl-C (SIGINT to its whole process group,
 * as a terminal sends it); the second, with nothing changed, is timed until /graphql answers and
 * stopped by SIGTERM to pnpm alone (as a process manager sends it). Each stop must exit 0 with
 * no pnpm error. Exits 1 when a stop fails or the second start takes 5 s or more.
 * Last line: `warm-start-seconds=<s> budget=5`.
 */

const ROOT = path.resolve(__dirname, '..');
const BUDGET_SECONDS = 5;

/** The pnpm that runs this script (pnpm sets npm_execpath), else the README's. */
const pnpm = (args: string[]): [string, string[]] =>
  process.env.npm_execpath?.includes('pnpm')
    ? [process.execPath, [process.env.npm_execpath, ...args]]
    : ['npx', ['-y', 'pnpm@10.34.9', ...args]];

const answers = async (url: string) => {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    return res.ok;
  } catch {
    return false;
  }
};

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

const start = (env: NodeJS.ProcessEnv): Run => {
  const [command, args] = pnpm(['start']);
  // A process group of its own, like a shell's foreground job.
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: 'pipe' });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
};

const untilAnswers = async (run: Run, url: string) => {
  const began = performance.now();
  for (;;) {
    if (run.child.exitCode !== null) throw new Error(`start exited early:\n${run.output()}`);
    if (await answers(url)) return (performance.now() - began) / 1000;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

/** Stops `run`; returns what went wrong, if anything. */
const stop = async (run: Run, how: 'Ctrl-C' | 'SIGTERM'): Promise<string[]> => {
  if (how === 'Ctrl-C') process.kill(-run.child.pid!, 'SIGINT');
  else run.child.kill('SIGTERM');
  const code = await run.exited;
  const problems: string[] = [];
  if (code !== 0) problems.push(`${how}: exit code ${code}`);
  const lastLine = run.output().trimEnd().split('\n').at(-1) ?? '';
  if (/ELIFECYCLE|ERR_PNPM|"level":[56]0/.test(run.output())) {
    problems.push(`${how}: an error in the output:\n${run.output()}`);
  }
  console.log(`${how}: exit code ${code}; last line: ${lastLine}`);
  return problems;
};

const main = async () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'vd-start-bench-'));
  chmodSync(dataDir, 0o755); // the embedded PostgreSQL runs as `postgres` when we are root
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: '',
    DATA_DIR: dataDir,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(await freePort()),
  };
  const url = `http://127.0.0.1:${port}/graphql`;
  const problems: string[] = [];
  try {
    const first = start(env);
    const cold = await untilAnswers(first, url);
    console.log(`first start (builds what is stale, creates the database): ${cold.toFixed(1)} s`);
    problems.push(...(await stop(first, 'Ctrl-C')));

    const second = start(env);
    const warm = await untilAnswers(second, url);
    console.log(`second start, nothing changed: /graphql answered after ${warm.toFixed(2)} s`);
    problems.push(...(await stop(second, 'SIGTERM')));

    const load = os.loadavg().map((l) => l.toFixed(1));
    console.log(`load average ${load.join(' ')} on ${os.cpus().length} cores`);
    console.log(`warm-start-seconds=${warm.toFixed(2)} budget=${BUDGET_SECONDS}`);
    if (warm >= BUDGET_SECONDS) problems.push(`the second start took ${warm.toFixed(2)} s`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exitCode = 1;
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
