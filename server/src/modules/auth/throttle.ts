import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';

/** How many more attempts one address may make than one username: offices share addresses. */
const ADDRESS_ALLOWANCE = 10;

/**
 * Counts sign-in attempts per username and per address. An attempt is counted before its
 * password is checked, in one atomic upsert (`login_throttle`, shared by every server process),
 * so that a burst sent at once is held to the same allowance as attempts sent one by one: only
 * the first `maxAttempts` of a window are checked at all. A success gives its attempt back
 * and clears the username's count; after `maxAttempts` failures the username is blocked until
 * the window ends, from everywhere, even with the right password. An address gets ten times
 * the allowance.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterPostgres;
  private readonly byAddress: RateLimiterPostgres;

  constructor(db: DataSource, maxAttempts: number, blockMinutes: number) {
    const store = {
      storeClient: db,
      storeType: 'typeorm',
      tableName: 'login_throttle',
      tableCreated: true, // by the migration
      duration: blockMinutes * 60,
    };
    this.byUser = new RateLimiterPostgres({ ...store, keyPrefix: 'user', points: maxAttempts });
    this.byAddress = new RateLimiterPostgres({
      ...store,
      keyPrefix: 'address',
      points: maxAttempts * ADDRESS_ALLOWANCE,
    });
  }

  /**
   * Counts one attempt. Answers 0 when its password may be checked, or the seconds until
   * sign-in is allowed again.
   */
  async attempt(username: string, ip: string): Promise<number> {
    const counted = await Promise.allSettled([
      this.byUser.consume(username),
      this.byAddress.consume(ip),
    ]);
    let waitMs = 0;
    for (const c of counted) {
      if (c.status === 'fulfilled') continue;
      // The store's own failures are not a refusal: let them surface as the fault they are.
      if (!(c.reason instanceof RateLimiterRes)) throw c.reason;
      waitMs = Math.max(waitMs, c.reason.msBeforeNext);
    }
    return waitMs > 0 ? Math.max(1, Math.ceil(waitMs / 1000)) : 0;
  }

  /** The attempt was right: the username starts afresh and the address gets its point back. */
  async succeed(username: string, ip: string): Promise<void> {
    await Promise.all([this.byUser.delete(username), this.byAddress.reward(ip, 1)]);
  }
}
