import { useMutation } from '@apollo/client/react';
import type { CreateCouncilInput } from '../../../gql/graphql';
import { CreateCouncilMutation } from '../graphql/createCouncil';

export function useCreateCouncil() {
  const [mutate, { loading, error, reset }] = useMutation(CreateCouncilMutation, {
    refetchQueries: ['Councils'],
  });
  const createCouncil = async (input: CreateCouncilInput) =>
    (await mutate({ variables: { input } })).data?.createCouncil ?? null;
  return { createCouncil, loading, error, reset };
}
