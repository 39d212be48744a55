// `pnpm start`: builds what changed (scripts/build.mjs), then runs the server.
//
// The server runs in a process group of its own, so that Ctrl-C in the terminal reaches this
// process (and pnpm) but not the server's PostgreSQL, which would otherwise stop at once and cut
// the orderly shutdown short. This process hands the first SIGINT, SIGTERM or SIGHUP to the
// server, which stops HTTP, then PostgreSQL, and exits; its exit code becomes ours. If this
// process dies without a word, the server sees its IPC channel close and stops too.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { build, ROOT } from './build.mjs';

try {
  build();
} catch (error) {
  console.error(`Could not build: ${error.message}`);
  process.exit(1);
}

const server = spawn(process.execPath, [path.join(ROOT, 'server', 'dist', 'main.js')], {
  cwd: path.join(ROOT, 'server'),
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  detached: true,
});

let forwarded = false;
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    // pnpm passes on the terminal's SIGINT, so it comes twice: the server needs it once.
    if (forwarded) return;
    forwarded = true;
    server.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal);
  });
}
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
