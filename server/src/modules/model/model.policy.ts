import { OpeningAction, openingFor, type CandidacyState } from '@vinh-danh/shared';
import type { Viewer } from '../auth/viewer';
import { WITH_UNIT } from '../candidacy/candidacy.policy';

/** Who registers a model at a unit: the roles of the table's registration. */
export const mayRegisterAt = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches(openingFor(OpeningAction.REGISTER).roles, unitPath);

/** Whoever registers there edits a model, and only while its candidacy is still with its unit. */
export const mayEditModel = (viewer: Viewer, unitPath: string, state: CandidacyState): boolean =>
  mayRegisterAt(viewer, unitPath) && WITH_UNIT.includes(state);
