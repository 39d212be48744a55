import { CAPABILITIES, type Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** The roles the viewer holds on this unit (granted on it or above it). */
export const rolesOn = (viewer: Viewer, unitPath: string): Role[] => [
  ...new Set(
    viewer.grants
      .filter((g) => g.unitPath === null || unitPath.startsWith(g.unitPath))
      .map((g) => g.role),
  ),
];

/** Anyone whose roles reach a candidacy's unit may see it. */
export const maySeeCandidacy = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches(CAPABILITIES.browseOrg, unitPath);

/** A transition is taken by someone holding one of its roles on the candidacy's unit. */
export const mayTake = (viewer: Viewer, roles: readonly Role[], unitPath: string): boolean =>
  viewer.reaches(roles, unitPath);
