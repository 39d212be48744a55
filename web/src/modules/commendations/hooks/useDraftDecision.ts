import { useMutation } from '@apollo/client/react';
import { DraftDecisionMutation } from '../graphql/draftDecision';

export function useDraftDecision() {
  // A draft is a new decision: the list of decisions reads it again.
  const [mutate, { loading, error, reset }] = useMutation(DraftDecisionMutation, {
    refetchQueries: ['Decisions', 'Proposals'],
  });
  const draft = async (proposalId: string) =>
    (await mutate({ variables: { input: { proposalId } } })).data?.draftDecision ?? null;
  return { draft, loading, error, reset };
}
