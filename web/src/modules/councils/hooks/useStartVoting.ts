import { useMutation } from '@apollo/client/react';
import { StartVotingMutation } from '../graphql/startVoting';

export function useStartVoting() {
  const [mutate, { loading, error, reset }] = useMutation(StartVotingMutation);
  const startVoting = async (roundId: string) =>
    (await mutate({ variables: { roundId } })).data ?? null;
  return { startVoting, loading, error, reset };
}
