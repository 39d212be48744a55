import { CAPABILITIES, Role, type Seat } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** Councils are formed by a campaign manager whose grant reaches the council's unit. */
export const mayFormCouncil = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches([Role.CAMPAIGN_MANAGER], unitPath);

/** A council is seen by its members, and by those whose roles to browse councils reach its unit. */
export const maySeeCouncil = (viewer: Viewer, seat: Seat | null, unitPath: string): boolean =>
  seat !== null || viewer.reaches(CAPABILITIES.browseCouncils, unitPath);
