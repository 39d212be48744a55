import { useMutation } from '@apollo/client/react';
import { SetEntryReviewersMutation } from '../graphql/setEntryReviewers';

export function useSetEntryReviewers() {
  const [mutate, { loading, error, reset }] = useMutation(SetEntryReviewersMutation);
  const setReviewers = async (entryId: string, memberIds: string[]) =>
    (await mutate({ variables: { input: { entryId, memberIds } } })).data ?? null;
  return { setReviewers, loading, error, reset };
}
