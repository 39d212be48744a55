import { Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** Councils are formed by a campaign manager whose grant reaches the council's unit. */
export const mayFormCouncil = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches([Role.CAMPAIGN_MANAGER], unitPath);
