/**
 * Fills {{name}} placeholders the way i18next does, for text made outside React (the server's
 * English refusal messages, tests). A placeholder without a value is left as it is, so a test
 * can tell it was forgotten.
 */
export const interpolate = (template: string, params: Record<string, unknown> = {}): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) =>
    params[name] === undefined || params[name] === null ? whole : String(params[name]),
  );

/** The names a message interpolates. */
export const placeholdersOf = (template: string): string[] =>
  [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]);
