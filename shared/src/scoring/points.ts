/**
 * The score sheet's rule for one criterion, on the server and in the form alike: from 0 to the
 * criterion's maximum, in whole or half points.
 */
export const isValidPoints = (points: number, max: number): boolean =>
  points >= 0 && points <= max && Number.isInteger(points * 2);

/** A line of a score sheet as it is sent. */
export interface SheetLine {
  criterion: string;
  points: number;
}

/**
 * What is wrong with a score sheet against the rubric, one sentence a problem (for the API's
 * `extensions.problems`); none for a sheet the server takes. A sheet may leave criteria out: it
 * is complete once every criterion has its line.
 */
export const sheetProblems = (
  rubric: { criteria: ReadonlyArray<{ code: string; maxPoints: number }> },
  lines: readonly SheetLine[],
): string[] => {
  const problems = lines.flatMap((line) => {
    const criterion = rubric.criteria.find((c) => c.code === line.criterion);
    if (!criterion) return [`there is no criterion ${line.criterion}`];
    if (!isValidPoints(line.points, criterion.maxPoints))
      return [`${line.criterion} takes 0 to ${criterion.maxPoints} points, whole or half`];
    return [];
  });
  if (new Set(lines.map((l) => l.criterion)).size !== lines.length)
    problems.push('a criterion is given twice');
  return problems;
};
