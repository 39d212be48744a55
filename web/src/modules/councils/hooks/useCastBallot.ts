import { useMutation } from '@apollo/client/react';
import type { Vote } from '@vinh-danh/shared';
import { CastBallotMutation } from '../graphql/castBallot';

export function useCastBallot() {
  const [mutate, { loading, error, reset }] = useMutation(CastBallotMutation);
  const castBallot = async (entryId: string, vote: Vote) =>
    (await mutate({ variables: { input: { entryId, vote } } })).data ?? null;
  return { castBallot, loading, error, reset };
}
