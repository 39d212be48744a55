import { CAPABILITIES, LEADING_SEATS } from '@vinh-danh/shared';
import { forbidden } from '../../infra/graphql/errors';
import type { Viewer } from '../auth/viewer';
import type { CouncilMember } from '../council/council.entity';
import type { RoundAccess } from './round-access';

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
