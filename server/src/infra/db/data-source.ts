import { Client } from 'pg';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { migrations } from '@vinh-danh/migrations';

/**
 * A connection that cannot crash the process. When PostgreSQL ends a connection (a failover, a
 * restart, `pg_terminate_backend`), node-postgres emits 'error' on its client, sometimes twice;
 * the pool listens only while the client is idle, and TypeORM only until it hands the client
 * back, so an error emitted in between had no listener, and Node ends a process on that. The
 * query that was running still fails, with its own error, and the pool discards the client.
 */
class PoolClient extends Client {
  constructor(config: ConstructorParameters<typeof Client>[0]) {
    super(config);
    this.on('error', () => undefined);
  }
}

export const createDataSource = (
  url: string,
  entities: DataSourceOptions['entities'],
): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, application_name: 'vinh-danh', Client: PoolClient },
  });

/**
 * Runs pending migrations under an advisory lock: two servers starting together on one database
 * must not both apply the same migration.
 */
export const migrate = async (dataSource: DataSource): Promise<string[]> => {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock(7010201)');
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock(7010201)').catch(() => undefined);
    await runner.release();
  }
};
