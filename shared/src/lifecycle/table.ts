import { Role } from '../auth/roles';
import { Phase } from '../campaign/phases';
import { Seat } from '../council/seats';
import { CandidacyState as S, type CandidacyState } from './states';

export const CandidacyAction = {
  SUBMIT: 'SUBMIT',
  ENDORSE: 'ENDORSE',
  RETURN: 'RETURN',
  WITHDRAW: 'WITHDRAW',
  INTAKE: 'INTAKE',
  RECOGNISE: 'RECOGNISE',
  NOT_RECOGNISE: 'NOT_RECOGNISE',
} as const;

export type CandidacyAction = (typeof CandidacyAction)[keyof typeof CandidacyAction];

/** Conditions checked by the server before a transition, each with its refusal code. */
export type Guard =
  /** the named phase of the campaign is open today (DEADLINE_PASSED otherwise) */
  | { kind: 'phaseOpen'; phase: Phase }
  /** the model's registration form has every required part (BAD_USER_INPUT otherwise) */
  | { kind: 'dossierComplete' };

export interface Transition {
  action: CandidacyAction;
  from: readonly CandidacyState[];
  to: CandidacyState;
  /** who may take it, on the candidacy's unit or above */
  roles: readonly Role[];
  /** or: who may take it by their seat on the council reviewing the candidacy */
  seats: readonly Seat[];
  guards: readonly Guard[];
  /** a reason must be given, and is kept in the audit event */
  reasonRequired: boolean;
}

/**
 * The lifecycle as data. The server enforces it through one transition service; the web shows
 * the actions the server lists as available. Later issues add the review transitions here.
 */
export const TRANSITIONS: readonly Transition[] = [
  {
    action: CandidacyAction.SUBMIT,
    from: [S.DRAFT, S.RETURNED],
    to: S.SUBMITTED,
    roles: [Role.UNIT_OFFICER],
    seats: [],
    guards: [{ kind: 'phaseOpen', phase: Phase.REGISTRATION }, { kind: 'dossierComplete' }],
    reasonRequired: false,
  },
  {
    action: CandidacyAction.ENDORSE,
    from: [S.SUBMITTED],
    to: S.ENDORSED,
    roles: [Role.UNIT_LEADER],
    seats: [],
    guards: [{ kind: 'phaseOpen', phase: Phase.NOMINATION }],
    reasonRequired: false,
  },
  {
    action: CandidacyAction.RETURN,
    from: [S.SUBMITTED],
    to: S.RETURNED,
    roles: [Role.UNIT_LEADER],
    seats: [],
    guards: [],
    reasonRequired: true,
  },
  {
    action: CandidacyAction.WITHDRAW,
    from: [S.DRAFT, S.SUBMITTED, S.RETURNED, S.ENDORSED],
    to: S.WITHDRAWN,
    roles: [Role.UNIT_OFFICER, Role.UNIT_LEADER],
    seats: [],
    guards: [],
    reasonRequired: false,
  },
  {
    action: CandidacyAction.INTAKE,
    from: [S.ENDORSED],
    to: S.IN_REVIEW,
    roles: [],
    seats: [Seat.SECRETARY],
    guards: [],
    reasonRequired: false,
  },
  {
    action: CandidacyAction.RETURN,
    from: [S.IN_REVIEW],
    to: S.RETURNED,
    roles: [],
    seats: [Seat.SECRETARY],
    guards: [],
    reasonRequired: true,
  },
  {
    action: CandidacyAction.RECOGNISE,
    from: [S.IN_REVIEW],
    to: S.RECOGNISED,
    roles: [],
    seats: [Seat.CHAIR],
    guards: [],
    reasonRequired: false,
  },
  {
    action: CandidacyAction.NOT_RECOGNISE,
    from: [S.IN_REVIEW],
    to: S.NOT_RECOGNISED,
    roles: [],
    seats: [Seat.CHAIR],
    guards: [],
    reasonRequired: false,
  },
];

/** The transition an action takes from a state, if the table has one. */
export const transitionFor = (
  action: CandidacyAction,
  from: CandidacyState,
  table: readonly Transition[] = TRANSITIONS,
): Transition | undefined => table.find((t) => t.action === action && t.from.includes(from));

/**
 * Actions the table allows from a state for someone holding these roles on the candidacy's unit.
 * Guards (dates, completeness) are the server's to check; it lists only what passes them.
 */
export const actionsFrom = (
  state: CandidacyState,
  roles: readonly Role[],
  table: readonly Transition[] = TRANSITIONS,
  seats: readonly Seat[] = [],
): Transition[] =>
  table.filter(
    (t) =>
      t.from.includes(state) &&
      (t.roles.some((r) => roles.includes(r)) || t.seats.some((s) => seats.includes(s))),
  );
