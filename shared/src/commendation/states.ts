/** A decision: a draft under public disclosure, then signed; an annulment keeps it, marked. */
export const DecisionState = {
  DISCLOSING: 'DISCLOSING',
  SIGNED: 'SIGNED',
  ANNULLED: 'ANNULLED',
} as const;
export type DecisionState = (typeof DecisionState)[keyof typeof DecisionState];

/** An objection from the public: open holds its entry back; upheld takes it off the list. */
export const ObjectionState = {
  OPEN: 'OPEN',
  UPHELD: 'UPHELD',
  DISMISSED: 'DISMISSED',
} as const;
export type ObjectionState = (typeof ObjectionState)[keyof typeof ObjectionState];

/** The longest objection the public form takes: enough for a page, not for a flood. */
export const OBJECTION_MAX_CHARS = 2000;
