/**
 * The states of a candidacy: one model's case before one level. This file and `table.ts` are
 * the only places where a state is decided; server and web import them.
 */
export const CandidacyState = {
  DRAFT: 'DRAFT',
  SUBMITTED: 'SUBMITTED',
  RETURNED: 'RETURNED',
  ENDORSED: 'ENDORSED',
  WITHDRAWN: 'WITHDRAWN',
} as const;

export type CandidacyState = (typeof CandidacyState)[keyof typeof CandidacyState];

export const CANDIDACY_STATES: readonly CandidacyState[] = Object.values(CandidacyState);

/** Where a candidacy starts when its model is registered. */
export const INITIAL_STATE: CandidacyState = CandidacyState.DRAFT;

/** States nothing leaves. Every other state must have a way out. */
export const FINAL_STATES: readonly CandidacyState[] = [CandidacyState.WITHDRAWN];
