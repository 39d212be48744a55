import { RateLimiterPostgres } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** How many more failures one address may make than one username: offices share addresses. */
const ADDRESS_ALLOWANCE = 10;

/**
 * Counts failed sign-ins per username and per address. After `maxFailures` for a username within
 * the window, that username is blocked until the window ends, from everywhere, even with the
 * right password; an address gets ten times the allowance. The counts live in PostgreSQL
 * (`login_throttle`), so that several server processes share them.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(db: DataSource, maxFailures: number, blockMinutes: number) {
    const store = {
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'login_throttle',
      tableCreated: true, // by the migration
      duration: blockMinutes * 60,
    };
    this.byUser = new RateLimiterPostgres({ ...store, keyPrefix: 'user', points: maxFailures });
    this.byAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: maxFailures * ADDRESS_ALLOWANCE,
    });
  }

  /** Seconds until sign-in is allowed again, or 0. */
  async retryAfter(username: string, ip: string): Promise<number> {
    const states = await Promise.all([this.byUser.get(username), this.byAddress.get(ip)]);
    const waits = states.map((s) => (s && s.remainingPoints <= 0 ? s.msBeforeNext : 0));
    return Math.ceil(Math.max(...waits) / 1000);
  }

  async fail(username: string, ip: string): Promise<void> {
    await Promise.all([this.byUser.penalty(username), this.byAddress.penalty(ip)]);
  }

  async succeed(username: string): Promise<void> {
    await this.byUser.delete(username);
  }
}
