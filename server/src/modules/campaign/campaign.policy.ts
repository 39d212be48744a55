import { Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** A campaign is run by a campaign manager whose grant reaches the campaign's unit. */
export const mayManageCampaign = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches([Role.CAMPAIGN_MANAGER], unitPath);

/** Deadlines are moved by an administrator of the campaign's unit. */
export const mayExtendPhase = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches([Role.ADMIN], unitPath);
