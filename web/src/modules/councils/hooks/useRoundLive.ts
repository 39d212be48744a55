import { useSubscription } from '@apollo/client/react';
import { RoundChangedSubscription } from '../graphql/roundChanged';

/**
 * Keeps a round on screen current over graphql-ws: steps, score sheets and ballots cast arrive
 * in the cache as they happen; the ranking and the council's intake are fetched again.
 */
export function useRoundLive(roundId: string) {
  useSubscription(RoundChangedSubscription, {
    variables: { roundId },
    onData: ({ client }) => {
      void client.refetchQueries({ include: ['RoundRanking', 'Round'] });
    },
  });
}
