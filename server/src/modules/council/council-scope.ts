import type { EntityManager } from 'typeorm';
import type { Seat } from '@vinh-danh/shared';

/**
 * SQL: the candidacy at unit path `candidacyPath` belongs to the council `councilId` of campaign
 * `campaignId` at unit path `councilPath`: it sits inside the council's unit and no council of
 * the campaign nearer to it (further down) takes it first. The arguments are SQL expressions
 * (columns or placeholders), so the round's intake and the read policy share one rule.
 */
export const belongsToCouncil = (refs: {
  campaignId: string;
  councilId: string;
  councilPath: string;
  candidacyPath: string;
}): string => `
  ${refs.candidacyPath} LIKE ${refs.councilPath} || '%'
  AND NOT EXISTS (
    SELECT 1 FROM council nk JOIN org_unit nku ON nku.id = nk.unit_id
     WHERE nk.campaign_id = ${refs.campaignId} AND nk.id <> ${refs.councilId}
       AND nku.path LIKE ${refs.councilPath} || '_%' AND ${refs.candidacyPath} LIKE nku.path || '%')`;

/**
 * The seats a person holds on a council for a candidacy at `candidacyPath`: none when the
 * candidacy is not the council's to review.
 */
export const seatsOnCouncilOf = async (
  tx: EntityManager,
  userId: string,
  councilId: string,
  candidacyPath: string,
): Promise<Seat[]> => {
  const rows: Array<{ seat: Seat }> = await tx.query(
    `SELECT m.seat FROM council_member m JOIN council k ON k.id = m.council_id
       JOIN org_unit ku ON ku.id = k.unit_id
      WHERE m.council_id = $1 AND m.user_id = $2
        AND ${belongsToCouncil({
          campaignId: 'k.campaign_id',
          councilId: 'k.id',
          councilPath: 'ku.path',
          candidacyPath: '$3::text',
        })}`,
    [councilId, userId, candidacyPath],
  );
  return rows.map((r) => r.seat);
};
