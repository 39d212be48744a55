import { useMutation } from '@apollo/client/react';
import { AssignReviewersMutation } from '../graphql/assignReviewers';

export function useAssignReviewers() {
  const [mutate, { loading, error, reset }] = useMutation(AssignReviewersMutation);
  const assign = async (roundId: string, perEntry: number | null) =>
    (await mutate({ variables: { input: { roundId, perEntry } } })).data ?? null;
  return { assign, loading, error, reset };
}
