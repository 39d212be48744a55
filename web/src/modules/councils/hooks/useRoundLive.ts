import { useSubscription } from '@apollo/client/react';
import type { RankBy } from '@vinh-danh/shared';
import { RoundActivitySubscription } from '../graphql/roundActivity';

/**
 * Keeps a round on screen current over graphql-ws. A score sheet or a ballot arrives with its
 * entry, the round's progress and (for `ranking`, the order on screen) the ranking, all taken
 * into the cache in place: nothing is fetched again, the author's client included. A step of the
 * round may take entries in, return or close them: then the round and its ranking are read again.
 */
export function useRoundLive(roundId: string, ranking: { rankBy: RankBy } | null = null) {
  useSubscription(RoundActivitySubscription, {
    variables: { roundId, rankBy: ranking?.rankBy ?? null, withRanking: ranking !== null },
    onData: ({ client, data }) => {
      if (data.data && !data.data.roundActivity.entry) {
        void client.refetchQueries({ include: ['RoundRanking', 'Round'] });
      }
    },
  });
}
