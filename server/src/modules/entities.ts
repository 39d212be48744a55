import { Session } from './auth/session.entity';
import { OrgUnit } from './org/org-unit.entity';
import { RoleGrant } from './user/role-grant.entity';
import { User } from './user/user.entity';

/** Every TypeORM entity, for the data source. */
export const entities = [OrgUnit, User, RoleGrant, Session];
