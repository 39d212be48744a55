/**
 * The kinds of organisation unit. The tree's depth is data: before 2025 a commune sat under a
 * district under a province; since the 2025 reform it sits directly under a province. Nothing
 * here says which kind may sit under which, except that a province is always a root.
 */
export const UnitKind = {
  PROVINCE: 'PROVINCE',
  DISTRICT: 'DISTRICT',
  COMMUNE: 'COMMUNE',
  AGENCY: 'AGENCY',
} as const;

export type UnitKind = (typeof UnitKind)[keyof typeof UnitKind];

export const UNIT_KINDS: readonly UnitKind[] = Object.values(UnitKind);

/** Unit codes are short, upper-case and stable: they appear in decision numbers later. */
export const UNIT_CODE_PATTERN = /^[A-Z0-9][A-Z0-9_-]{1,39}$/;
