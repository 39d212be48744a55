import { CANDIDACY_STATES, type CandidacyState } from '../lifecycle/states';
import { CandidacyAction, reachedBy } from '../lifecycle/table';
import { Recognition } from '../scoring/tally';
import { ROUND_TABLE } from './round-lifecycle';
import type { RoundState, Seat } from './seats';

const { PROMOTE } = ROUND_TABLE;

/**
 * Recognised, and still so after a proposal or a commendation at this level: promotion and
 * commendation are independent, a commune's Giấy khen does not stop the model going up.
 */
const RECOGNISED_STATES: readonly CandidacyState[] = [
  CandidacyAction.RECOGNISE,
  CandidacyAction.PROPOSE,
  CandidacyAction.COMMEND,
].flatMap((action) => CANDIDACY_STATES.filter((state) => reachedBy(action, state)));

/**
 * Why an entry of a round cannot go up a level now. The server refuses a promotion with the
 * same reason it shows beforehand, and the web words it from the shared messages
 * (`promotion.blocks.*`), so the page never offers a step that would fail.
 */
export const PromotionBlock = {
  /** promoting is the secretary's work */
  NOT_SECRETARY: 'NOT_SECRETARY',
  /** the chair has not closed the round */
  ROUND_NOT_CLOSED: 'ROUND_NOT_CLOSED',
  /** it has gone up already */
  ALREADY_PROMOTED: 'ALREADY_PROMOTED',
  /** only models recognised as exemplary go up */
  NOT_EXEMPLARY: 'NOT_EXEMPLARY',
  /** the campaign has no council above this one: its review ends at this level */
  NO_PARENT_COUNCIL: 'NO_PARENT_COUNCIL',
  /** the level above has finished reviewing for the campaign: its council could not take it in */
  PARENT_REVIEW_CLOSED: 'PARENT_REVIEW_CLOSED',
  /** the council has sent up as many as its quota allows */
  QUOTA_USED: 'QUOTA_USED',
} as const;

export type PromotionBlock = (typeof PromotionBlock)[keyof typeof PromotionBlock];

export const PROMOTION_BLOCKS: readonly PromotionBlock[] = Object.values(PromotionBlock);

/** What decides whether one entry can go up, gathered by the server. */
export interface PromotionFacts {
  seat: Seat | null;
  roundState: RoundState;
  entry: { state: CandidacyState; recognition: Recognition | null; promoted: boolean };
  /** the nearest council above for the campaign, or null */
  parent: {
    /** the last day of the campaign's review at the parent's level; null when it sets none */
    reviewClosesOn: string | null;
  } | null;
  /** today in Vietnam, YYYY-MM-DD */
  today: string;
  quota: number;
  /** promotions the council has made so far */
  used: number;
}

/** The first reason, in the order a person would fix them, or null when it can go up. */
export const promotionBlock = (f: PromotionFacts): PromotionBlock | null => {
  // Who promotes and when, as the round table says; what goes up: recognised, as exemplary.
  if (!f.seat || !PROMOTE.seats!.includes(f.seat)) return PromotionBlock.NOT_SECRETARY;
  if (!PROMOTE.from.includes(f.roundState)) return PromotionBlock.ROUND_NOT_CLOSED;
  if (f.entry.promoted) return PromotionBlock.ALREADY_PROMOTED;
  if (!RECOGNISED_STATES.includes(f.entry.state) || f.entry.recognition !== Recognition.EXEMPLARY)
    return PromotionBlock.NOT_EXEMPLARY;
  if (!f.parent) return PromotionBlock.NO_PARENT_COUNCIL;
  if (f.parent.reviewClosesOn !== null && f.parent.reviewClosesOn < f.today)
    return PromotionBlock.PARENT_REVIEW_CLOSED;
  if (f.used >= f.quota) return PromotionBlock.QUOTA_USED;
  return null;
};
