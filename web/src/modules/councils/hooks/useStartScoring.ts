import { useMutation } from '@apollo/client/react';
import { StartScoringMutation } from '../graphql/startScoring';

export function useStartScoring() {
  const [mutate, { loading, error, reset }] = useMutation(StartScoringMutation);
  const startScoring = async (roundId: string) =>
    (await mutate({ variables: { roundId } })).data ?? null;
  return { startScoring, loading, error, reset };
}
