/**
 * PostgreSQL `numeric` arrives from pg as a string (it may exceed a double); the scores and
 * indicators kept in it fit a JavaScript number, so entities read them as numbers.
 */
export const numeric = {
  to: (value: number | null) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
