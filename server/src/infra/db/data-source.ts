import { DataSource } from 'typeorm';
import { migrations } from '@vinh-danh/migrations';
import { entities } from '../../modules/entities';

export const createDataSource = (url: string): DataSource =>
  new DataSource({
    type: 'postgres',
    url,
    entities,
    migrations,
    synchronize: false,
    migrationsRun: false,
    extra: { max: 20, application_name: 'vinh-danh' },
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
