import { LEADING_SEATS } from '@vinh-danh/shared';
import { forbidden } from '../../infra/graphql/errors';
import type { RoundAccess } from '../round/round-access';

/**
 * Who reads a round's results (ranking, counts): the seats that lead it at once, every other
 * member once the chair has published them. The one statement of the rule on the server.
 */
export const mayReadResults = (access: RoundAccess | null): boolean =>
  Boolean(
    access &&
    ((access.member && LEADING_SEATS.includes(access.member.seat)) || access.round.publishedAt),
  );

/** The round's access, for whoever may read its results: RESULTS_NOT_PUBLISHED otherwise. */
export const requireResults = (access: RoundAccess | null): RoundAccess => {
  if (!mayReadResults(access)) throw forbidden('RESULTS_NOT_PUBLISHED');
  return access!;
};
