import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Failed sign-ins, counted in the database so that every server process behind a load balancer
 * sees the same count (rate-limiter-flexible's PostgreSQL store: key, points, expiry in ms).
 * Unlogged: counters that a crash forgets cost nothing, and they are written on every failure.
 */
export class LoginThrottle1763787600000 implements MigrationInterface {
  name = 'LoginThrottle1763787600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE UNLOGGED TABLE login_throttle (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE login_throttle`);
  }
}
