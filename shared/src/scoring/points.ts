/**
 * The score sheet's rule for one criterion, on the server and in the form alike: from 0 to the
 * criterion's maximum, in whole or half points.
 */
export const isValidPoints = (points: number, max: number): boolean =>
  points >= 0 && points <= max && Number.isInteger(points * 2);
