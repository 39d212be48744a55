import { useMutation } from '@apollo/client/react';
import { RemoveEvidenceMutation } from '../graphql/removeEvidence';

export function useRemoveEvidence() {
  const [mutate, { loading, error, reset }] = useMutation(RemoveEvidenceMutation);
  const removeEvidence = async (id: string) =>
    (await mutate({ variables: { id } })).data?.removeEvidence ?? null;
  return { removeEvidence, loading, error, reset };
}
