import { CAPABILITIES, type Role } from '@vinh-danh/shared';
import type { DataSource } from 'typeorm';
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

/**
 * Council members hold no role on the units they review, yet must read what they review and the
 * history below it: a candidacy, or one promoted from it at any later level, is in a round of a
 * council the person sits on.
 */
export const reviewsOnCouncil = async (
  db: DataSource,
  userId: string,
  candidacyId: string,
): Promise<boolean> => {
  const rows = await db.query(
    `WITH RECURSIVE later AS (
       SELECT id FROM candidacy WHERE id = $1
       UNION SELECT c.id FROM candidacy c JOIN later ON c.promoted_from = later.id)
     SELECT 1 FROM round_entry e JOIN review_round r ON r.id = e.round_id
       JOIN council_member m ON m.council_id = r.council_id
      WHERE m.user_id = $2 AND e.candidacy_id IN (SELECT id FROM later)
      LIMIT 1`,
    [candidacyId, userId],
  );
  return rows.length > 0;
};
