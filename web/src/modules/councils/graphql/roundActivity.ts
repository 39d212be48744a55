import { graphql } from '../../../gql';

/**
 * One change of a round. A score sheet or a ballot carries its entry, the round's progress and,
 * for those who may read it, the ranking in the order on screen: the cache takes them in place
 * and nothing is fetched again. A step of the round carries no entry (see useRoundLive).
 */
export const RoundActivitySubscription = graphql(`
  subscription RoundActivity($roundId: ID!, $rankBy: RankBy, $withRanking: Boolean!) {
    roundActivity(roundId: $roundId) {
      round {
        ...RoundHead
        ranking(rankBy: $rankBy) @include(if: $withRanking) {
          ...RankingLine
        }
      }
      entry {
        ...ReviewEntryFields
      }
    }
  }
`);
