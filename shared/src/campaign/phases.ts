import { UnitKind } from '../org/kinds';

/**
 * A campaign's year runs through these phases, in this order. Review has one phase per level
 * (commune, then district, then province), so its dates name a level too.
 */
export const Phase = {
  REGISTRATION: 'REGISTRATION',
  NOMINATION: 'NOMINATION',
  REVIEW: 'REVIEW',
  DISCLOSURE: 'DISCLOSURE',
} as const;

export type Phase = (typeof Phase)[keyof typeof Phase];

export const PHASES: readonly Phase[] = Object.values(Phase);

/** Review levels from the bottom up; a post-2025 campaign simply has no district review. */
export const REVIEW_LEVELS: readonly UnitKind[] = [
  UnitKind.COMMUNE,
  UnitKind.DISTRICT,
  UnitKind.PROVINCE,
];

export interface PhaseDates {
  phase: Phase;
  level?: UnitKind | null;
  /** ISO dates, YYYY-MM-DD, inclusive */
  opensOn: string;
  closesOn: string;
}

const rank = (p: PhaseDates) =>
  PHASES.indexOf(p.phase) * 10 + (p.level ? REVIEW_LEVELS.indexOf(p.level) : 0);

const label = (p: PhaseDates) => (p.level ? `${p.phase} (${p.level})` : p.phase);

/**
 * What is wrong with a campaign's phase dates: a phase that closes before it opens, a phase
 * opening before the one it follows, a phase given twice, review without a level. Empty when
 * the dates are in order.
 */
export const phaseProblems = (phases: readonly PhaseDates[]): string[] => {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const p of phases) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(p.opensOn) || !/^\d{4}-\d{2}-\d{2}$/.test(p.closesOn)) {
      problems.push(`${label(p)} needs dates as YYYY-MM-DD`);
    } else if (p.closesOn < p.opensOn) {
      problems.push(`${label(p)} closes before it opens`);
    }
    if ((p.phase === Phase.REVIEW) !== Boolean(p.level)) {
      problems.push(`${label(p)}: only review phases name a level, and each names one`);
    }
    if (p.level && !REVIEW_LEVELS.includes(p.level))
      problems.push(`${label(p)} is not a review level`);
    if (seen.has(label(p))) problems.push(`${label(p)} is given twice`);
    seen.add(label(p));
  }
  const ordered = [...phases].sort((a, b) => rank(a) - rank(b));
  for (let i = 1; i < ordered.length; i++) {
    if (ordered[i].opensOn < ordered[i - 1].opensOn) {
      problems.push(`${label(ordered[i])} opens before ${label(ordered[i - 1])}`);
    }
  }
  if (!phases.some((p) => p.phase === Phase.REGISTRATION))
    problems.push('REGISTRATION dates are required');
  return problems;
};

/** Is the phase open on this date (YYYY-MM-DD)? */
export const isOpenOn = (p: Pick<PhaseDates, 'opensOn' | 'closesOn'>, day: string): boolean =>
  p.opensOn <= day && day <= p.closesOn;
