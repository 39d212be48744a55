import { Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';
import type { OrgUnit } from './org-unit.entity';

/**
 * "May this person administer this unit?" An administrator's grant reaches its unit's subtree;
 * only a system-wide administrator may create or move roots.
 */
export const mayAdministerUnit = (viewer: Viewer, unit: Pick<OrgUnit, 'path'> | null): boolean =>
  unit === null
    ? viewer.grants.some((g) => g.role === Role.ADMIN && g.unitPath === null)
    : viewer.reaches([Role.ADMIN], unit.path);
