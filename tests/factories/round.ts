import { RoundState, SEATS, Seat } from '@vinh-danh/shared';
import type { GraphQLResponse } from '../support/client';
import { review, sheet, type Round } from '../support/review';
import type { SeatedCouncil } from './council';

const ORDER: readonly RoundState[] = [
  RoundState.DRAFT,
  RoundState.SCORING,
  RoundState.VOTING,
  RoundState.CLOSED,
];

const must = <T>(res: GraphQLResponse<T>, what: string): T => {
  if (res.errors?.length || !res.data) throw new Error(`${what}: ${JSON.stringify(res.errors)}`);
  return res.data;
};

export interface BuiltRound {
  roundId: string;
  /** the round's entries, in the order of `candidacyIds` */
  entryIds: string[];
}

/**
 * A round of the council in `state`, reached through the API as its people would: the
 * secretary opens it, takes the endorsed candidacies in and assigns every member; every seat
 * scores every entry before voting opens and votes before the chair closes it, with everyone
 * recorded present. `verdict` decides the scores and ballots: exemplary (90 points, approve)
 * or not recognised (20 points, reject).
 */
export const buildRound = async (
  council: SeatedCouncil,
  opts: {
    state: RoundState;
    candidacyIds: string[];
    /** in a draft round: assign the members already (scoring can then open) */
    assigned?: boolean;
    verdict?: 'exemplary' | 'rejected';
    /** in a voting round: the secretary has recorded everyone present (the chair may close) */
    attended?: boolean;
  },
): Promise<BuiltRound> => {
  const secretary = council.seats[Seat.SECRETARY].api;
  const reached = (step: RoundState) => ORDER.indexOf(opts.state) >= ORDER.indexOf(step);
  const opened = await review.open(secretary, council.id);
  let round: Round = opened;
  if (opts.candidacyIds.length) round = await review.add(secretary, opened.id, opts.candidacyIds);
  const entryIds = opts.candidacyIds.map(
    (id) => round.entries.find((e) => e.candidacy.id === id)!.id,
  );
  if (opts.assigned || reached(RoundState.SCORING)) await review.assign(secretary, round.id);
  if (reached(RoundState.SCORING))
    must(await review.step(secretary, 'startScoring', round.id), 'startScoring');
  const exemplary = (opts.verdict ?? 'exemplary') === 'exemplary';
  if (reached(RoundState.VOTING)) {
    for (const seat of SEATS)
      for (const entryId of entryIds)
        must(
          await review.score(council.seats[seat].api, entryId, sheet(exemplary ? 90 : 20)),
          'score',
        );
    must(await review.step(secretary, 'startVoting', round.id), 'startVoting');
  }
  if (reached(RoundState.CLOSED) || opts.attended) {
    for (const seat of SEATS) {
      if (reached(RoundState.CLOSED))
        for (const entryId of entryIds)
          must(
            await review.vote(council.seats[seat].api, entryId, exemplary ? 'APPROVE' : 'REJECT'),
            'vote',
          );
      must(await review.attend(secretary, round.id, council.seats[seat].memberId, true), 'attend');
    }
  }
  if (reached(RoundState.CLOSED)) {
    must(await review.step(council.seats[Seat.CHAIR].api, 'closeRound', round.id), 'closeRound');
  }
  return { roundId: round.id, entryIds };
};
