import { useMutation } from '@apollo/client/react';
import { ReturnRoundEntryMutation } from '../graphql/returnRoundEntry';

export function useReturnRoundEntry() {
  const [mutate, { loading, error, reset }] = useMutation(ReturnRoundEntryMutation);
  const returnEntry = async (roundId: string, candidacyId: string, reason: string) =>
    (await mutate({ variables: { input: { roundId, candidacyId, reason } } })).data ?? null;
  return { returnEntry, loading, error, reset };
}
