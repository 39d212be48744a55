import { useMutation } from '@apollo/client/react';
import { CloseRoundMutation } from '../graphql/closeRound';

export function useCloseRound() {
  const [mutate, { loading, error, reset }] = useMutation(CloseRoundMutation, {
    refetchQueries: ['RoundRanking'],
  });
  const closeRound = async (roundId: string) =>
    (await mutate({ variables: { roundId } })).data ?? null;
  return { closeRound, loading, error, reset };
}
