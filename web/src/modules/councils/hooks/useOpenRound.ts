import { useMutation } from '@apollo/client/react';
import { OpenRoundMutation } from '../graphql/openRound';

export function useOpenRound() {
  const [mutate, { loading, error, reset }] = useMutation(OpenRoundMutation, {
    refetchQueries: ['Council'],
  });
  const openRound = async (councilId: string, name: string) =>
    (await mutate({ variables: { input: { councilId, name } } })).data ?? null;
  return { openRound, loading, error, reset };
}
