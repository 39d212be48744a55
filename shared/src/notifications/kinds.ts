import { CandidacyAction, OpeningAction } from '../lifecycle/table';
import { Recognition } from '../scoring/tally';

/**
 * Council events a unit or a member is told about that are not transitions of the table: a
 * member's work in a round, and what became of a unit's model beyond its state.
 */
export const CouncilEvent = {
  /** a member is given entries to score */
  ASSIGNED: 'ASSIGNED',
  SCORING_OPEN: 'SCORING_OPEN',
  VOTING_OPEN: 'VOTING_OPEN',
  RESULTS_PUBLISHED: 'RESULTS_PUBLISHED',
  /** the RECOGNISE transition, worded by the level the tally gave */
  RECOGNISED_EFFECTIVE: 'RECOGNISED_EFFECTIVE',
  RECOGNISED_EXEMPLARY: 'RECOGNISED_EXEMPLARY',
  /** sent up to the council above */
  PROMOTED: 'PROMOTED',
} as const;

export type CouncilEvent = (typeof CouncilEvent)[keyof typeof CouncilEvent];

/** The events of a round its members are told of. */
export type RoundEvent =
  | typeof CouncilEvent.ASSIGNED
  | typeof CouncilEvent.SCORING_OPEN
  | typeof CouncilEvent.VOTING_OPEN
  | typeof CouncilEvent.RESULTS_PUBLISHED;

export type NotificationKind = CandidacyAction | CouncilEvent;

/**
 * Every kind of notification and what its wording may name (i18n `notifications.kinds.<kind>`):
 * actor, the person who acted; title, the model's (already quoted, see `quoteTitle`); council;
 * round (quoted); count; unit, where a promoted model went.
 */
export const NOTIFICATION_KINDS: Record<NotificationKind, readonly string[]> = {
  [CandidacyAction.SUBMIT]: ['actor', 'title'],
  [CandidacyAction.ENDORSE]: ['actor', 'title'],
  [CandidacyAction.RETURN]: ['actor', 'title'],
  [CandidacyAction.WITHDRAW]: ['actor', 'title'],
  [CandidacyAction.INTAKE]: ['council', 'title'],
  [CandidacyAction.RECOGNISE]: ['council', 'title'],
  [CandidacyAction.NOT_RECOGNISE]: ['council', 'title'],
  [CandidacyAction.PROPOSE]: ['actor', 'title'],
  [CandidacyAction.COMMEND]: ['actor', 'title'],
  [CandidacyAction.ANNUL]: ['title'],
  [CouncilEvent.ASSIGNED]: ['council', 'round', 'count'],
  [CouncilEvent.SCORING_OPEN]: ['council', 'round'],
  [CouncilEvent.VOTING_OPEN]: ['council', 'round'],
  [CouncilEvent.RESULTS_PUBLISHED]: ['council', 'round'],
  [CouncilEvent.RECOGNISED_EFFECTIVE]: ['council', 'title'],
  [CouncilEvent.RECOGNISED_EXEMPLARY]: ['council', 'title'],
  [CouncilEvent.PROMOTED]: ['title', 'unit'],
};

export const NOTIFICATION_KIND_KEYS = Object.keys(NOTIFICATION_KINDS) as NotificationKind[];

export const isNotificationKind = (value: string): value is NotificationKind =>
  Object.prototype.hasOwnProperty.call(NOTIFICATION_KINDS, value);

/**
 * The kind a step of the lifecycle is told as: a recognition says at which level; a promotion is
 * the council event; a registration is told to nobody (its author is the one who did it).
 */
export const notificationKindOf = (
  action: CandidacyAction | OpeningAction,
  recognition?: Recognition | null,
): NotificationKind | null => {
  if (action === OpeningAction.REGISTER) return null;
  if (action === OpeningAction.PROMOTED) return CouncilEvent.PROMOTED;
  if (action !== CandidacyAction.RECOGNISE || !recognition) return action;
  return recognition === Recognition.EXEMPLARY
    ? CouncilEvent.RECOGNISED_EXEMPLARY
    : CouncilEvent.RECOGNISED_EFFECTIVE;
};

const QUOTES = /["“”„«»]/;

/**
 * A title in quotation marks, unless it has its own: “Dân vận khéo” trong … is not wrapped in a
 * second pair.
 */
export const quoteTitle = (title: string): string => (QUOTES.test(title) ? title : `“${title}”`);
