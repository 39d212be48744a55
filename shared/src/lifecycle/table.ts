import { CAPABILITIES, Role } from '../auth/roles';
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
  PROPOSE: 'PROPOSE',
  COMMEND: 'COMMEND',
  ANNUL: 'ANNUL',
} as const;

export type CandidacyAction = (typeof CandidacyAction)[keyof typeof CandidacyAction];

/** The ways a candidacy comes to be: registered by its unit, or sent up from a council below. */
export const OpeningAction = {
  REGISTER: 'REGISTER',
  PROMOTED: 'PROMOTED',
} as const;

export type OpeningAction = (typeof OpeningAction)[keyof typeof OpeningAction];

/** Conditions checked by the server before a transition, each with its refusal code. */
export type Guard =
  /** the named phase of the campaign is open today (DEADLINE_PASSED otherwise) */
  | { kind: 'phaseOpen'; phase: Phase }
  /** the model's registration form has every required part (BAD_USER_INPUT otherwise) */
  | { kind: 'dossierComplete' };

/**
 * Who is told of a step, besides the person who took it: the officer who registered the model;
 * the people holding these roles on the nearest unit at or above the candidacy's; nobody.
 */
export type Audience =
  { kind: 'registrant' } | { kind: 'nearest'; roles: readonly Role[] } | { kind: 'nobody' };

const REGISTRANT: Audience = { kind: 'registrant' };

export interface Transition<A extends string = CandidacyAction> {
  action: A;
  from: readonly CandidacyState[];
  to: CandidacyState;
  /** who may take it, on the candidacy's unit or above */
  roles: readonly Role[];
  /** or: who may take it by their seat on the council reviewing the candidacy */
  seats: readonly Seat[];
  guards: readonly Guard[];
  /** a reason must be given, and is kept in the audit event */
  reasonRequired: boolean;
  notify: Audience;
  /**
   * Taken only as part of a larger act (a proposal, an objection's resolution, a decision's
   * signing or annulment), never as a step on its own: the candidacy's page does not offer it.
   */
  through?: 'proposal' | 'objection' | 'decision';
}

/**
 * A step that brings a candidacy into being (it has no state to leave). A promotion also leaves
 * a mark on the candidacy it came from: the audit action `onSource`, its state unchanged.
 */
export interface Opening extends Transition<OpeningAction> {
  from: readonly [];
  onSource?: string;
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
    notify: { kind: 'nearest', roles: [Role.UNIT_LEADER] },
    reasonRequired: false,
  },
  {
    action: CandidacyAction.ENDORSE,
    from: [S.SUBMITTED],
    to: S.ENDORSED,
    roles: [Role.UNIT_LEADER],
    seats: [],
    guards: [{ kind: 'phaseOpen', phase: Phase.NOMINATION }],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    action: CandidacyAction.RETURN,
    from: [S.SUBMITTED],
    to: S.RETURNED,
    roles: [Role.UNIT_LEADER],
    seats: [],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: true,
  },
  {
    action: CandidacyAction.WITHDRAW,
    from: [S.DRAFT, S.SUBMITTED, S.RETURNED, S.ENDORSED],
    to: S.WITHDRAWN,
    roles: [Role.UNIT_OFFICER, Role.UNIT_LEADER],
    seats: [],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    action: CandidacyAction.INTAKE,
    from: [S.ENDORSED],
    to: S.IN_REVIEW,
    roles: [],
    seats: [Seat.SECRETARY],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    action: CandidacyAction.RETURN,
    from: [S.IN_REVIEW],
    to: S.RETURNED,
    roles: [],
    seats: [Seat.SECRETARY],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: true,
  },
  {
    action: CandidacyAction.RECOGNISE,
    from: [S.IN_REVIEW],
    to: S.RECOGNISED,
    roles: [],
    seats: [Seat.CHAIR],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    action: CandidacyAction.NOT_RECOGNISE,
    from: [S.IN_REVIEW],
    to: S.NOT_RECOGNISED,
    roles: [],
    seats: [Seat.CHAIR],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  // The end of the year: a proposal to the signing authority, its decision, an annulment.
  {
    action: CandidacyAction.PROPOSE,
    through: 'proposal',
    from: [S.RECOGNISED],
    to: S.PROPOSED,
    roles: [Role.CAMPAIGN_MANAGER],
    seats: [Seat.SECRETARY],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    // An objection upheld during disclosure: the entry leaves the list, its unit hears why.
    action: CandidacyAction.RETURN,
    through: 'objection',
    from: [S.PROPOSED],
    to: S.RETURNED,
    roles: [Role.CAMPAIGN_MANAGER],
    seats: [],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: true,
  },
  {
    action: CandidacyAction.COMMEND,
    through: 'decision',
    from: [S.PROPOSED],
    to: S.COMMENDED,
    roles: [Role.SIGNER],
    seats: [],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: false,
  },
  {
    action: CandidacyAction.ANNUL,
    through: 'decision',
    from: [S.COMMENDED],
    to: S.ANNULLED,
    roles: [Role.SIGNER],
    seats: [],
    guards: [],
    notify: REGISTRANT,
    reasonRequired: true,
  },
];

/** How candidacies open, as data beside the transitions: the same engine takes them. */
export const OPENINGS: readonly Opening[] = [
  {
    action: OpeningAction.REGISTER,
    from: [],
    to: S.DRAFT,
    roles: CAPABILITIES.registerModels,
    seats: [],
    guards: [{ kind: 'phaseOpen', phase: Phase.REGISTRATION }],
    reasonRequired: false,
    notify: { kind: 'nobody' },
  },
  {
    action: OpeningAction.PROMOTED,
    from: [],
    to: S.ENDORSED,
    roles: [],
    seats: [Seat.SECRETARY],
    guards: [],
    reasonRequired: false,
    notify: REGISTRANT,
    onSource: 'PROMOTE',
  },
];

export const openingFor = (action: OpeningAction): Opening =>
  OPENINGS.find((o) => o.action === action)!;

/** The transition an action takes from a state, if the table has one. */
export const transitionFor = (
  action: CandidacyAction,
  from: CandidacyState,
  table: readonly Transition[] = TRANSITIONS,
): Transition | undefined => table.find((t) => t.action === action && t.from.includes(from));

/** The states an action leaves from, as the table says (e.g. those a submission leaves). */
export const statesLeavingBy = (
  action: CandidacyAction,
  table: readonly Transition[] = TRANSITIONS,
): CandidacyState[] => [
  ...new Set(table.filter((t) => t.action === action).flatMap((t) => t.from)),
];

/** Whether a candidacy in `state` got there by `action` (e.g. recognised by RECOGNISE). */
export const reachedBy = (
  action: CandidacyAction,
  state: CandidacyState,
  table: readonly Transition[] = TRANSITIONS,
): boolean => table.some((t) => t.action === action && t.to === state);

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
