import type { AuthChecker } from 'type-graphql';
import type { Role } from '@vinh-danh/shared';
import type { Context } from './context';
import { forbidden, unauthenticated } from './errors';

/**
 * "May this role call this at all?" `@Authorized()` needs a signed-in viewer;
 * `@Authorized(roles)` needs one of the roles somewhere. Whether the viewer may act on a given
 * row is each feature's policy, checked in its service.
 */
export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !context.viewer.hasRole(roles)) throw forbidden();
  return true;
};
