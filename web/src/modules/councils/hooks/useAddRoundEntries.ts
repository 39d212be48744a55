import { useMutation } from '@apollo/client/react';
import { AddRoundEntriesMutation } from '../graphql/addRoundEntries';

export function useAddRoundEntries() {
  const [mutate, { loading, error, reset }] = useMutation(AddRoundEntriesMutation);
  const addEntries = async (roundId: string, candidacyIds: string[]) =>
    (await mutate({ variables: { input: { roundId, candidacyIds } } })).data ?? null;
  return { addEntries, loading, error, reset };
}
