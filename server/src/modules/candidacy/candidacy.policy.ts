import {
  CAPABILITIES,
  CandidacyAction,
  statesLeavingBy,
  type CandidacyState,
  type Role,
} from '@vinh-danh/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import { belongsToCouncil } from '../council/council-scope';

/** The roles the viewer holds on this unit (granted on it or above it). */
export const rolesOn = (viewer: Viewer, unitPath: string): Role[] => [
  ...new Set(
    viewer.grants
      .filter((g) => g.unitPath === null || unitPath.startsWith(g.unitPath))
      .map((g) => g.role),
  ),
];

/** Anyone whose roles reach a candidacy's unit may act on it, as far as its transitions allow. */
export const maySeeCandidacy = (viewer: Viewer, unitPath: string): boolean =>
  viewer.reaches(CAPABILITIES.browseOrg, unitPath);

/** A transition is taken by someone holding one of its roles on the candidacy's unit. */
export const mayTake = (viewer: Viewer, roles: readonly Role[], unitPath: string): boolean =>
  viewer.reaches(roles, unitPath);

/**
 * A candidacy is still with its unit until it is submitted: the states its officer submits from
 * (a draft, or one returned for changes), as the transition table says.
 */
export const WITH_UNIT: readonly CandidacyState[] = statesLeavingBy(CandidacyAction.SUBMIT);

/** Where the council's intake takes candidacies from (endorsed ones), as the table says. */
const WAITING_FOR_COUNCIL: readonly CandidacyState[] = statesLeavingBy(CandidacyAction.INTAKE);

/**
 * By role: whoever may browse models and reaches the candidacy's unit reads it, once it has
 * left its unit; while it is with its unit, only the unit's own people do.
 */
export const mayReadByRole = (viewer: Viewer, unitPath: string, state: CandidacyState): boolean =>
  viewer.reaches(
    WITH_UNIT.includes(state) ? CAPABILITIES.readDrafts : CAPABILITIES.browseModels,
    unitPath,
  );

/**
 * By seat: council members hold no role on the units they review, yet read what they review
 * and the history below it. A candidacy is theirs to read when it, or one promoted from it at a
 * later level, is in a round of a council they sit on, or waits in that council's intake.
 */
export const reviewsOnCouncil = async (
  db: DataSource | EntityManager,
  userId: string,
  candidacyId: string,
): Promise<boolean> => {
  const rows = await db.query(
    `WITH RECURSIVE later AS (
       SELECT id FROM candidacy WHERE id = $1
       UNION SELECT c.id FROM candidacy c JOIN later ON c.promoted_from = later.id)
     SELECT 1 FROM later l
      WHERE EXISTS (
              SELECT 1 FROM round_entry e JOIN review_round r ON r.id = e.round_id
                JOIN council_member m ON m.council_id = r.council_id
               WHERE e.candidacy_id = l.id AND m.user_id = $2)
         OR EXISTS (
              SELECT 1 FROM candidacy c JOIN org_unit cu ON cu.id = c.unit_id
                JOIN council k ON k.campaign_id = c.campaign_id
                JOIN org_unit ku ON ku.id = k.unit_id
                JOIN council_member m ON m.council_id = k.id AND m.user_id = $2
               WHERE c.id = l.id AND c.state = ANY($3::text[])
                 AND ${belongsToCouncil({
                   campaignId: 'k.campaign_id',
                   councilId: 'k.id',
                   councilPath: 'ku.path',
                   candidacyPath: 'cu.path',
                 })})
      LIMIT 1`,
    [candidacyId, userId, WAITING_FOR_COUNCIL],
  );
  return rows.length > 0;
};

/**
 * "May this person read this candidacy, its model's dossier and evidence?" The one answer for
 * the candidacy and model queries and for evidence downloads.
 */
export const mayReadCandidacy = async (
  db: DataSource | EntityManager,
  viewer: Viewer,
  candidacy: { id: string; state: CandidacyState; unitPath: string },
): Promise<boolean> =>
  mayReadByRole(viewer, candidacy.unitPath, candidacy.state) ||
  reviewsOnCouncil(db, viewer.user.id, candidacy.id);

/** The same answer as a refusal: OUTSIDE_SCOPE for whoever may not read the candidacy. */
export const requireReadable = async (
  db: DataSource | EntityManager,
  viewer: Viewer,
  candidacy: { id: string; state: CandidacyState; unitPath: string },
): Promise<void> => {
  if (!(await mayReadCandidacy(db, viewer, candidacy))) throw forbidden('OUTSIDE_SCOPE');
};
