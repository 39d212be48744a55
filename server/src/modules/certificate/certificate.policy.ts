import { Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/**
 * "May this person rotate the signing key?" The key signs for the whole tree, so only an
 * administrator of all of it: system-wide, or granted on a root unit (a path of one id).
 */
export const mayRotateKeys = (viewer: Viewer): boolean =>
  viewer.grants.some(
    (g) =>
      g.role === Role.ADMIN &&
      (g.unitPath === null || g.unitPath.split('/').filter(Boolean).length === 1),
  );
