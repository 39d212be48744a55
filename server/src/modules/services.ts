import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/throttle';
import { OrgService } from './org/org.service';
import { UserService } from './user/user.service';

/** The application's services, made once per server process. */
export const createServices = (db: DataSource, config: Config) => ({
  auth: new AuthService(
    db,
    new LoginThrottle(config.LOGIN_MAX_FAILURES, config.LOGIN_BLOCK_MINUTES),
    config.SESSION_TTL_HOURS,
  ),
  org: new OrgService(db),
  users: new UserService(db),
});

export type Services = ReturnType<typeof createServices>;
