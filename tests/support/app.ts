import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { configWith, createLogger, startApp, type Config } from '@vinh-danh/server';
import { GraphQLClient } from './client';

export interface TestApp {
  url: string;
  /** the database this app runs on, for a second process on the same one */
  databaseUrl: string;
  db: DataSource;
  /** An anonymous client; `.as(token)` signs it in. */
  api: GraphQLClient;
  stop(): Promise<void>;
}

const serverUrl = () => {
  const url = process.env.VD_TEST_SERVER_URL;
  if (!url) throw new Error('VD_TEST_SERVER_URL is not set: run tests through jest (global setup)');
  return url;
};

const withDatabase = (name: string) => {
  const url = new URL(serverUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

const admin = async <T>(fn: (client: Client) => Promise<T>): Promise<T> => {
  const client = new Client({ connectionString: serverUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/**
 * The real server on a fresh database of its own, on a free port. Each test file gets one, so
 * files never see each other's rows.
 */
export const startTestApp = async (overrides: Partial<Config> = {}): Promise<TestApp> => {
  // A second process joins the database of the first: it neither creates nor drops it.
  const joining = Boolean(overrides.DATABASE_URL);
  const name = `vd_test_${randomBytes(6).toString('hex')}`;
  if (!joining) await admin((c) => c.query(`CREATE DATABASE ${name}`));
  const databaseUrl = overrides.DATABASE_URL ?? withDatabase(name);
  const app = await startApp(
    configWith({
      DATABASE_URL: databaseUrl,
      PORT: 0,
      HOST: '127.0.0.1',
      DEMO_SEED: false,
      LOG_LEVEL: 'silent',
      ...overrides,
    }),
    createLogger(overrides.LOG_LEVEL ?? 'silent'),
  );
  return {
    url: app.url,
    databaseUrl,
    db: app.db,
    api: new GraphQLClient(`${app.url}/graphql`),
    stop: async () => {
      await app.stop();
      if (!joining) await admin((c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
};
