import {
  CAPABILITIES,
  LEADING_SEATS,
  ROUND_TABLE,
  type RoundOperation,
  type RoundState,
  type Seat,
  seatRefusal,
} from '@vinh-danh/shared';
import { forbidden, refuse } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import type { CouncilMember } from '../council/council.entity';
import type { RoundAccess } from './round-access';
import type { ReviewRound } from './round.entity';

interface Seated {
  member: CouncilMember | null;
  unitPath: string;
}

/**
 * A round is seen by its council's members, and by those whose roles to browse councils reach
 * the council's unit.
 */
export const maySeeRound = (viewer: Viewer, ctx: Seated): boolean =>
  ctx.member !== null || viewer.reaches(CAPABILITIES.browseCouncils, ctx.unitPath);

/** The round, for whoever may see it: OUTSIDE_SCOPE for a round unknown or out of reach alike. */
export const requireRoundVisible = (viewer: Viewer, access: RoundAccess | null): RoundAccess => {
  if (!access || !maySeeRound(viewer, access)) throw forbidden('OUTSIDE_SCOPE');
  return access;
};

/**
 * Who follows the whole round (every entry, attendance, progress): the seats that lead it, and
 * those who see it by their roles without a seat (managers, reporters). Other members see their
 * own work.
 */
export const overseesRound = (ctx: Pick<Seated, 'member'>): boolean =>
  !ctx.member || LEADING_SEATS.includes(ctx.member.seat);

/**
 * Council work is done by seat: FORBIDDEN for anyone not holding one of these seats, with the
 * refusal naming the seat that does the step (`seatRefusal` in shared).
 */
export const requireSeat = (
  ctx: { member: CouncilMember | null },
  seats: readonly Seat[],
  what: string,
): CouncilMember => {
  if (!ctx.member || !seats.includes(ctx.member.seat))
    throw refuse(seatRefusal(seats), {}, { step: what });
  return ctx.member;
};

/**
 * The one check of the round lifecycle (`ROUND_TABLE` in shared): the seat the operation needs,
 * then the state it needs. Returns the member acting, when the operation names seats.
 */
export const requireOperation = (
  ctx: { member: CouncilMember | null; round: ReviewRound },
  operation: RoundOperation,
): CouncilMember | null => {
  const rule = ROUND_TABLE[operation];
  const member = rule.seats ? requireSeat(ctx, rule.seats, rule.step) : ctx.member;
  requireState(ctx.round, rule.from, rule.step);
  return member;
};

/** The round must be in one of these states; a round past them says its step has closed. */
export const requireState = (
  round: ReviewRound,
  states: readonly RoundState[],
  what: string,
): void => {
  if (states.includes(round.state)) return;
  throw refuse('ROUND_STEP_CLOSED', {}, { roundState: round.state, step: what });
};

/** Work on a round's entries (conflicts, scores, ballots) is its members': ONLY_MEMBERS for others. */
export const requireMember = (ctx: { member: CouncilMember | null }): CouncilMember => {
  if (!ctx.member) throw forbidden('ONLY_MEMBERS');
  return ctx.member;
};
