import 'reflect-metadata';
import { loadConfig } from './config';
import { createLogger } from './infra/log';
import { startApp } from './app';

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
      { password: config.DEMO_PASSWORD, accounts: 'see README (quantri, canbo, lanhdao, …)' },
      `Demo accounts share the password "${config.DEMO_PASSWORD}"`,
    );
  }
  let exiting = false;
  const shutdown = (signal: string) => {
    if (exiting) return;
    exiting = true;
    log.info({ signal }, 'shutting down');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
};

void main();
