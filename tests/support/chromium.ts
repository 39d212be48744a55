import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Which Chromium the browser tests drive, so that `pnpm test` needs nothing but Node:
 *
 * - `CHROMIUM_PATH`: that binary, and only that one;
 * - else Debian's `/usr/bin/chromium` when it is installed;
 * - else (or with `VD_CHROMIUM=packaged`) the Chromium inside the npm package
 *   `@sparticuz/chromium`, unpacked once into tests/node_modules/.cache with the libraries and
 *   fonts it ships, so it runs on a machine with no browser, no NSS and no fonts of its own.
 */
export interface ChromiumChoice {
  kind: 'system' | 'packaged';
  executablePath: string;
  /** flags on top of the ones every launch gets */
  args: string[];
  /** the browser's environment; undefined: ours */
  env?: Record<string, string>;
}

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

export const chooseChromium = (env: NodeJS.ProcessEnv = process.env): ChromiumChoice => {
  if (env.CHROMIUM_PATH) {
    if (!existsSync(env.CHROMIUM_PATH)) {
      throw new Error(`CHROMIUM_PATH is ${env.CHROMIUM_PATH}, which does not exist.`);
    }
    return { kind: 'system', executablePath: env.CHROMIUM_PATH, args: [] };
  }
  if (env.VD_CHROMIUM !== 'packaged' && existsSync(SYSTEM_CHROMIUM)) {
    return { kind: 'system', executablePath: SYSTEM_CHROMIUM, args: [] };
  }
  return packagedChromium();
};

// The package's recommended flags that the tests need: the rest (--single-process,
// --disable-web-security, …) are for serverless hosts and would make the page behave unlike a
// real browser's.
const PACKAGED_FLAGS = /^--(no-zygote|disable-setuid-sandbox|disable-dev-shm-usage|no-pings)$/;

const TESTS_DIR = path.resolve(__dirname, '..');

interface Unpacked {
  version: string;
  executablePath: string;
  libraries: string;
  fonts: string;
  args: string[];
}

/**
 * Unpacks the packaged Chromium in a child process: the package is ES modules only, which
 * Jest's module system cannot load, and a process of its own keeps its TMPDIR (where the
 * package unpacks) to itself. Two test workers may race: each unpacks into a folder of its own
 * and renames it into place; the loser throws its copy away.
 */
const packagedChromium = (): ChromiumChoice => {
  const packageDir = path.dirname(path.dirname(require.resolve('@sparticuz/chromium')));
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as {
    version: string;
  };
  const cache = path.join(TESTS_DIR, 'node_modules', '.cache');
  const target = path.join(cache, `chromium-${version}`);
  const manifest = path.join(target, 'unpacked.json');
  if (!existsSync(manifest)) unpack(packageDir, cache, target, version);
  const unpacked = JSON.parse(readFileSync(manifest, 'utf8')) as Unpacked;
  return {
    kind: 'packaged',
    executablePath: path.join(target, unpacked.executablePath),
    args: unpacked.args.filter((flag) => PACKAGED_FLAGS.test(flag)),
    env: {
      ...stringEnv(process.env),
      // Its NSS and expat, whether or not the machine has them: the same browser everywhere.
      LD_LIBRARY_PATH: [path.join(target, unpacked.libraries), process.env.LD_LIBRARY_PATH]
        .filter(Boolean)
        .join(':'),
      FONTCONFIG_FILE: path.join(target, 'fonts.conf'),
    },
  };
};

const UNPACK_SCRIPT = `
import chromium, { inflate } from '@sparticuz/chromium';
import { join } from 'node:path';
const bin = process.argv[1];
const executablePath = await chromium.executablePath(bin);
const libraries = await inflate(join(bin, 'al2023.tar.br'));
process.stdout.write(JSON.stringify({ executablePath, libraries, args: chromium.args }));
`;

const unpack = (packageDir: string, cache: string, target: string, version: string) => {
  const staging = path.join(cache, `chromium-${version}.${process.pid}.tmp`);
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const output = execFileSync(
      process.execPath,
      ['--input-type=module', '-e', UNPACK_SCRIPT, path.join(packageDir, 'bin')],
      { cwd: TESTS_DIR, env: { ...process.env, TMPDIR: staging }, encoding: 'utf8' },
    );
    const result = JSON.parse(output) as {
      executablePath: string;
      libraries: string;
      args: string[];
    };
    const unpacked: Unpacked = {
      version,
      executablePath: path.relative(staging, result.executablePath),
      libraries: path.join(path.relative(staging, result.libraries), 'lib'),
      fonts: 'fonts/fonts',
      args: result.args,
    };
    writeFileSync(path.join(staging, 'fonts.conf'), fontsConf(path.join(target, unpacked.fonts)));
    writeFileSync(path.join(staging, 'unpacked.json'), JSON.stringify(unpacked, null, 2));
    try {
      renameSync(staging, target);
    } catch (error) {
      if (!existsSync(path.join(target, 'unpacked.json'))) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
};

/**
 * Only the fonts that come with the project: the package's Open Sans and the DejaVu the server
 * already ships for its PDFs, both with Vietnamese. The machine's own fonts are left out, so a
 * page looks the same on a bare machine as on this one.
 */
const fontsConf = (openSans: string) => {
  const dejavu = path.join(
    path.dirname(require.resolve('dejavu-fonts-ttf/package.json', { paths: [serverDir()] })),
    'ttf',
  );
  const alias = (family: string, ...prefer: string[]) =>
    `  <alias><family>${family}</family><prefer>${prefer.map((f) => `<family>${f}</family>`).join('')}</prefer></alias>`;
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
    '<fontconfig>',
    `  <dir>${openSans}</dir>`,
    `  <dir>${dejavu}</dir>`,
    `  <cachedir>${path.join(path.dirname(openSans), '..', 'fontconfig-cache')}</cachedir>`,
    alias('sans-serif', 'Open Sans', 'DejaVu Sans'),
    alias('system-ui', 'Open Sans', 'DejaVu Sans'),
    alias('serif', 'DejaVu Serif'),
    alias('monospace', 'DejaVu Sans Mono'),
    '</fontconfig>',
    '',
  ].join('\n');
};

const serverDir = () => path.resolve(TESTS_DIR, '..', 'server');

const stringEnv = (env: NodeJS.ProcessEnv): Record<string, string> =>
  Object.fromEntries(
    Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
