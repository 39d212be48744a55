import { RateLimiterMemory } from 'rate-limiter-flexible';

/** How many more failures one address may make than one username: offices share addresses. */
const ADDRESS_ALLOWANCE = 10;

/**
 * Counts failed sign-ins per username and per address. After `maxFailures` for a username within
 * the window, that username is blocked for `blockMinutes` from everywhere, even with the right
 * password; an address gets ten times the allowance. Kept in process memory: with several server
 * processes each counts its own share, which still bounds guessing.
 */
export class LoginThrottle {
  private readonly byUser: RateLimiterMemory;
  private readonly byAddress: RateLimiterMemory;

  constructor(maxFailures: number, blockMinutes: number) {
    const window = { duration: blockMinutes * 60, blockDuration: blockMinutes * 60 };
    this.byUser = new RateLimiterMemory({ points: maxFailures, ...window });
    this.byAddress = new RateLimiterMemory({ points: maxFailures * ADDRESS_ALLOWANCE, ...window });
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
