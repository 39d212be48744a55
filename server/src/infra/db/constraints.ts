/**
 * Did this database error come from the named constraint? Two people doing the same thing at
 * once get past the service's own checks; the constraint then decides, and the service turns
 * its error into the refusal a person understands.
 */
export const violates = (error: unknown, constraint: string): boolean =>
  typeof error === 'object' &&
  error !== null &&
  (error as { constraint?: string }).constraint === constraint;
