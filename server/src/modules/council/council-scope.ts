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
