import { CAPABILITIES, Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** People are seen by those whose roles reach the unit they belong to. */
export const maySeeUsersOf = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches(CAPABILITIES.browseOrg, unitPath);

/** People are managed by an administrator whose grant reaches their unit. */
export const mayManageUsersOf = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches([Role.ADMIN], unitPath);

/**
 * Granting a role on a unit needs an administrator reaching that unit; a system-wide grant needs
 * a system-wide administrator. Nobody hands out more than they hold.
 */
export const mayGrantOn = (viewer: Viewer, unitPath: string | null): boolean =>
  unitPath === null
    ? viewer.grants.some((g) => g.role === Role.ADMIN && g.unitPath === null)
    : viewer.reaches([Role.ADMIN], unitPath);

/** An administrator keeps their own administration: someone else must revoke it. */
export const isOwnAdminGrant = (viewer: Viewer, grant: { userId: string; role: Role }): boolean =>
  grant.userId === viewer.user.id && grant.role === Role.ADMIN;

/** Only administration is granted system-wide; every other role is granted on a unit. */
export const mayGrantSystemWide = (role: Role): boolean => role === Role.ADMIN;
