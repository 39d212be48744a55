import { Phase, REVIEW_LEVELS, type UnitKind } from '@vinh-danh/shared';
import type { PhaseInput } from '../../gql/graphql';

/** One row of the phase editor: a phase (a review phase names its level) and its two dates. */
export interface PhaseRow {
  key: string;
  phase: Phase;
  level: UnitKind | null;
  opensOn: string;
  closesOn: string;
  required: boolean;
}

export const phaseKey = (phase: Phase, level: UnitKind | null | undefined) =>
  level ? `${phase}-${level}` : phase;

/** Every phase a campaign may have, in order; registration is the only one required. */
export const phaseRows = (
  existing: readonly { phase: Phase; level?: UnitKind | null; opensOn: string; closesOn: string }[],
): PhaseRow[] => {
  const slots: Array<{ phase: Phase; level: UnitKind | null }> = [
    { phase: Phase.REGISTRATION, level: null },
    { phase: Phase.NOMINATION, level: null },
    ...REVIEW_LEVELS.map((level) => ({ phase: Phase.REVIEW, level })),
    { phase: Phase.DISCLOSURE, level: null },
  ];
  return slots.map(({ phase, level }) => {
    const found = existing.find((p) => p.phase === phase && (p.level ?? null) === level);
    return {
      key: phaseKey(phase, level),
      phase,
      level,
      opensOn: found?.opensOn ?? '',
      closesOn: found?.closesOn ?? '',
      required: phase === Phase.REGISTRATION,
    };
  });
};

/** The rows that have dates, as the API takes them. */
export const phaseInputs = (rows: readonly PhaseRow[]): PhaseInput[] =>
  rows
    .filter((r) => r.opensOn || r.closesOn)
    .map((r) => ({ phase: r.phase, level: r.level, opensOn: r.opensOn, closesOn: r.closesOn }));
