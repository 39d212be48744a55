import type { AuthChecker } from 'type-graphql';
import type { Role } from '@vinh-danh/shared';
import { forbidden, unauthenticated } from './errors';

/**
 * "May this role call this at all?" `@Authorized()` needs a signed-in viewer;
 * `@Authorized(roles)` needs one of the roles somewhere. Whether the viewer may act on a given
 * row is each feature's policy, checked in its service.
 */
/** What the checker needs of a request's context: who is asking, if anyone. */
interface WithViewer {
  viewer: { hasRole(roles: readonly Role[]): boolean } | null;
}

export const authChecker: AuthChecker<WithViewer, Role> = ({ context }, roles) => {
  if (!context.viewer) throw unauthenticated();
  if (roles.length > 0 && !context.viewer.hasRole(roles)) throw forbidden();
  return true;
};
