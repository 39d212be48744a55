/**
 * A share of a council's membership, as councils write it: "more than 1/2" (strict) or "at
 * least 80%" (4/5, not strict). Always configuration, never code.
 */
export interface Threshold {
  numerator: number;
  denominator: number;
  /** true: more than the share; false: at least the share */
  strict: boolean;
}

export const MAJORITY: Threshold = { numerator: 1, denominator: 2, strict: true };

/**
 * How many of `base` members make the threshold. Integer arithmetic, so 80% of 15 is exactly 12
 * and more than half of 15 is 8, with no floating-point edge.
 */
export const needed = (t: Threshold, base: number): number => {
  if (base <= 0) return 1; // nobody may decide: the threshold cannot be met by zero people
  const product = t.numerator * base;
  return t.strict ? Math.floor(product / t.denominator) + 1 : Math.ceil(product / t.denominator);
};

export const meets = (t: Threshold, count: number, base: number): boolean =>
  count >= needed(t, base);

export const thresholdProblems = (t: Threshold): string[] =>
  Number.isInteger(t.numerator) &&
  Number.isInteger(t.denominator) &&
  t.numerator > 0 &&
  t.denominator > 0 &&
  t.numerator <= t.denominator
    ? []
    : [`a threshold is a fraction between 0 and 1 (got ${t.numerator}/${t.denominator})`];
