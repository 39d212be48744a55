import { useMutation } from '@apollo/client/react';
import type { CreateUserInput } from '../../../gql/graphql';
import { CreateUserMutation } from '../graphql/createUser';

export function useCreateUser() {
  const [mutate, { loading, error, reset }] = useMutation(CreateUserMutation, {
    refetchQueries: ['Users'],
  });
  const createUser = async (input: CreateUserInput) =>
    (await mutate({ variables: { input } })).data?.createUser ?? null;
  return { createUser, loading, error, reset };
}
