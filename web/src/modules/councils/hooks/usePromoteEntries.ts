import { useMutation } from '@apollo/client/react';
import { PromoteEntriesMutation } from '../graphql/promoteEntries';

export function usePromoteEntries() {
  const [mutate, { loading, error, reset }] = useMutation(PromoteEntriesMutation);
  const promote = async (roundId: string, candidacyIds: string[]) =>
    (await mutate({ variables: { input: { roundId, candidacyIds } } })).data ?? null;
  return { promote, loading, error, reset };
}
