import path from 'node:path';
import { Client } from 'pg';
import type { DataSource, DataSourceOptions } from 'typeorm';
import type { Config } from '../../config';
import type { Logger } from '../log';
import { createDataSource, migrate } from './data-source';
import { startEmbeddedPostgres } from './embedded';

export interface Database {
  dataSource: DataSource;
  /** for connections of our own, such as the LISTEN of the event bus */
  url: string;
  close(): Promise<void>;
}

const EMBEDDED_DATABASE = 'vinhdanh';

/**
 * Connects to DATABASE_URL, or starts the embedded PostgreSQL in the data folder when none is
 * given, then applies pending migrations.
 */
export const openDatabase = async (
  config: Config,
  log: Logger,
  entities: DataSourceOptions['entities'],
): Promise<Database> => {
  const embedded = config.DATABASE_URL
    ? null
    : await startEmbeddedPostgres({
        dataDir: path.join(config.DATA_DIR, 'postgres'),
        port: config.EMBEDDED_PG_PORT,
        log,
      });
  try {
    const url = config.DATABASE_URL ?? (await ensureDatabase(embedded!.url, EMBEDDED_DATABASE));
    const dataSource = createDataSource(url, entities);
    await dataSource.initialize();
    const applied = await migrate(dataSource);
    if (applied.length) log.info({ applied }, 'migrations applied');
    return {
      dataSource,
      url,
      close: async () => {
        await dataSource.destroy();
        await embedded?.stop();
      },
    };
  } catch (error) {
    await embedded?.stop();
    throw error;
  }
};

/** Creates the database on the server at `serverUrl` if it is missing; returns its URL. */
export const ensureDatabase = async (serverUrl: string, name: string): Promise<string> => {
  const client = new Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};
