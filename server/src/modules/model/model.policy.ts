import { Role, type CandidacyState } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';
import { WITH_UNIT } from '../candidacy/candidacy.policy';

/** Its unit's officer edits a model, and only while its own candidacy is still with its unit. */
export const mayEditModel = (viewer: Viewer, unitPath: string, state: CandidacyState): boolean =>
  viewer.reaches([Role.UNIT_OFFICER], unitPath) && WITH_UNIT.includes(state);
