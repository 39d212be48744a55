import 'reflect-metadata';
import pino from 'pino';
import { loadConfig } from './config';
import { createLogger, type Logger } from './infra/log';
import { startApp } from './app';
import { startBanner } from './banner';
import { DEMO_ACCOUNTS } from './modules/demo/demo-data';

/**
 * Plain lines for a person, written through the log's own stream: pino writes asynchronously,
 * and this way they keep their place among the JSON lines instead of jumping ahead of them.
 */
const say = (log: Logger, text: string) => {
  const streams = log as unknown as Record<symbol, { write(text: string): void }>;
  streams[pino.symbols.streamSym].write(text);
};

/**
 * Starts Vinh Danh and owns the shutdown order: HTTP, Apollo, TypeORM, then PostgreSQL, once,
 * on Ctrl-C or SIGTERM.
 */
const main = async () => {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    console.error((error as Error).message);
    process.exit(2);
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log).catch((error: unknown) => {
    log.fatal({ err: error }, 'could not start');
    process.exit(1);
  });
  if (config.DEMO_SEED) {
    log.info(
      { password: config.DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map((a) => a.username) },
      `Demo accounts share the password "${config.DEMO_PASSWORD}"`,
    );
  }
  const demo = config.DEMO_SEED
    ? { password: config.DEMO_PASSWORD, accounts: DEMO_ACCOUNTS }
    : null;
  say(log, startBanner(app.url, demo));
  let exiting = false;
  const shutdown = (signal: string) => {
    if (exiting) return;
    exiting = true;
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => {
        say(log, `Vinh Danh stopped (${signal}).\n`);
        // Ending on its own lets pino finish its writes in order (process.exit would flush the
        // rest at once, ahead of a write still under way); should anything still hold the
        // process, it goes anyway.
        process.exitCode = 0;
        if (process.connected) process.disconnect();
        setTimeout(() => process.exit(0), 2_000).unref();
      },
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  // Started by scripts/start.mjs: when that process is gone, so is the terminal it answered to.
  if (process.connected) process.on('disconnect', () => shutdown('disconnect'));
};

void main();
