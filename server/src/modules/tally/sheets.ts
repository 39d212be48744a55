/**
 * The one statement of what a score sheet is: a member's scores for an entry, complete when it
 * holds one score per criterion of the rubric. Everything that counts sheets (the ranking, the
 * members' progress, the sheets an entry has, the work waiting for a member) selects from this,
 * so that a change of the rule is made once.
 *
 * Rows: `entry_id`, `member_id`, `total` (the sheet's points). `where` filters the scores, with
 * `s` the score and `se` its round entry (aliases chosen not to clash with the caller's);
 * `criteria` is the rubric's size: a parameter, an outer column, or `rubricSizeOf(entry)`.
 * It stays a plain grouped subquery, so the ranking built on it keeps one flat plan.
 */
export const completeSheets = (where: string, criteria: string): string => `
  SELECT s.entry_id, s.member_id, sum(s.points)::float8 AS total
    FROM score s JOIN round_entry se ON se.id = s.entry_id
   WHERE ${where}
   GROUP BY s.entry_id, s.member_id
  HAVING count(*) = ${criteria}`;

/** The number of criteria in the rubric of the campaign an entry (an SQL expression) is in. */
export const rubricSizeOf = (entry: string): string => `(
  SELECT jsonb_array_length(c.rubric -> 'criteria')
    FROM round_entry re JOIN review_round r ON r.id = re.round_id
    JOIN council k ON k.id = r.council_id JOIN campaign c ON c.id = k.campaign_id
   WHERE re.id = ${entry})`;
