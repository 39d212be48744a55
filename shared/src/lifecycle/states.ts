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
  IN_REVIEW: 'IN_REVIEW',
  RECOGNISED: 'RECOGNISED',
  NOT_RECOGNISED: 'NOT_RECOGNISED',
} as const;

export type CandidacyState = (typeof CandidacyState)[keyof typeof CandidacyState];

export const CANDIDACY_STATES: readonly CandidacyState[] = Object.values(CandidacyState);

/** Where a candidacy starts when its model is registered. */
export const INITIAL_STATE: CandidacyState = CandidacyState.DRAFT;

/**
 * States nothing leaves. Every other state must have a way out. (Recognised models will go on
 * to commendation decisions; until then recognition ends the candidacy. Promotion to the next
 * level opens a new candidacy and leaves this one as it is.)
 */
export const FINAL_STATES: readonly CandidacyState[] = [
  CandidacyState.WITHDRAWN,
  CandidacyState.RECOGNISED,
  CandidacyState.NOT_RECOGNISED,
];
