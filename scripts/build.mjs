// Builds what changed, and only that: `tsc -b` for shared, migrations and server (it knows
// their inputs and the order), and Vite for the web app when one of its inputs is newer than
// the last build. `--force` builds everything. Plain JavaScript: it runs before anything is built.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(ROOT, ...parts);

/** What Vite reads: the web app, the shared sources it compiles, and the dependencies. */
const WEB_INPUTS = [
  'web/src',
  'web/index.html',
  'web/public',
  'web/vite.config.ts',
  'web/tsconfig.json',
  'web/package.json',
  'shared/src',
  'shared/package.json',
  'pnpm-lock.yaml',
];
/** Written once a web build succeeds, dated when it began: an edit during a build counts. */
const WEB_STAMP = 'web/dist/.built';

const run = (command, args, cwd = ROOT) => {
  const result = spawnSync(process.execPath, [command, ...args], { cwd, stdio: 'inherit' });
  if (result.status !== 0) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} failed`);
  }
};

const newest = (file) => {
  if (!existsSync(file)) return 0;
  const stat = statSync(file);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(file).reduce(
    (latest, name) => Math.max(latest, newest(path.join(file, name))),
    stat.mtimeMs, // a deleted file changes its folder
  );
};

/**
 * What tsc reads for shared, migrations and server. Only a quick look, before paying for
 * loading TypeScript: when one is newer than the last good build, `tsc -b` decides.
 */
const SERVER_INPUTS = [
  'tsconfig.base.json',
  ...['shared', 'migrations', 'server'].flatMap((pkg) => [
    `${pkg}/src`,
    `${pkg}/tsconfig.build.json`,
    `${pkg}/package.json`,
  ]),
  'pnpm-lock.yaml',
];
const SERVER_STAMP = 'server/dist/.built';
const SERVER_OUTPUTS = ['shared/dist/index.js', 'migrations/dist/index.js', 'server/dist/main.js'];

const isCurrent = (stamp, inputs, outputs) => {
  if (![stamp, ...outputs].every((file) => existsSync(at(file)))) return false;
  const built = statSync(at(stamp)).mtimeMs;
  return inputs.every((input) => newest(at(input)) < built);
};

/** Runs `step`; once it succeeds, writes `stamp` dated when it began, so an edit meanwhile counts. */
const stamped = (stamp, step) => {
  const began = new Date();
  step();
  writeFileSync(at(stamp), '');
  utimesSync(at(stamp), began, began);
};

export const build = ({ force = false, quiet = false } = {}) => {
  const say = quiet ? () => {} : (line) => console.log(line);
  if (!force && isCurrent(SERVER_STAMP, SERVER_INPUTS, SERVER_OUTPUTS)) {
    say('server: up to date');
  } else {
    say('server: building…');
    stamped(SERVER_STAMP, () =>
      run(at('node_modules/typescript/bin/tsc'), [
        '-b',
        'server/tsconfig.build.json',
        ...(force ? ['--force'] : []),
      ]),
    );
  }
  if (!force && isCurrent(WEB_STAMP, WEB_INPUTS, ['web/dist/index.html'])) {
    say('web app: up to date');
  } else {
    say('web app: building…');
    stamped(WEB_STAMP, () =>
      run(
        at('web/node_modules/vite/bin/vite.js'),
        ['build', '--logLevel', quiet ? 'warn' : 'info'],
        at('web'),
      ),
    );
  }
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    build({ force: process.argv.includes('--force') });
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
