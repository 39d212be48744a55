import { useMutation } from '@apollo/client/react';
import { DeclareConflictMutation } from '../graphql/declareConflict';

export function useDeclareConflict() {
  const [mutate, { loading, error, reset }] = useMutation(DeclareConflictMutation);
  const declareConflict = async (entryId: string, reason: string) =>
    (await mutate({ variables: { input: { entryId, reason } } })).data ?? null;
  return { declareConflict, loading, error, reset };
}
