import { CandidacyState, Role } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';

/** A model can be edited while its own candidacy is still with its unit. */
const EDITABLE: readonly CandidacyState[] = [CandidacyState.DRAFT, CandidacyState.RETURNED];

/** Its unit's officer edits a model, and only while it is a draft or has been returned. */
export const mayEditModel = (viewer: Viewer, unitPath: string, state: CandidacyState): boolean =>
  viewer.reaches([Role.UNIT_OFFICER], unitPath) && EDITABLE.includes(state);
