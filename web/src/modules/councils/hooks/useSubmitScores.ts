import { useMutation } from '@apollo/client/react';
import type { ScoreItemInput } from '../../../gql/graphql';
import { SubmitScoresMutation } from '../graphql/submitScores';

export function useSubmitScores() {
  const [mutate, { loading, error, reset }] = useMutation(SubmitScoresMutation);
  const submitScores = async (entryId: string, scores: ScoreItemInput[]) =>
    (await mutate({ variables: { input: { entryId, scores } } })).data ?? null;
  return { submitScores, loading, error, reset };
}
