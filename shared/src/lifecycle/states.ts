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
  /** on a proposal to the signing authority, awaiting its decision */
  PROPOSED: 'PROPOSED',
  COMMENDED: 'COMMENDED',
  /** commended, then the decision (or its entry) was annulled: nothing is deleted */
  ANNULLED: 'ANNULLED',
} as const;

export type CandidacyState = (typeof CandidacyState)[keyof typeof CandidacyState];

export const CANDIDACY_STATES: readonly CandidacyState[] = Object.values(CandidacyState);

/** Where a candidacy starts when its model is registered. */
export const INITIAL_STATE: CandidacyState = CandidacyState.DRAFT;

/**
 * States nothing leaves. Every other state must have a way out. (A recognised model may go on
 * to a proposal for commendation, so recognition is not final. Promotion to the next level
 * opens a new candidacy and leaves this one as it is.)
 */
export const FINAL_STATES: readonly CandidacyState[] = [
  CandidacyState.WITHDRAWN,
  CandidacyState.NOT_RECOGNISED,
  CandidacyState.ANNULLED,
];
