import { useMutation } from '@apollo/client/react';
import type { CreateUnitInput } from '../../../gql/graphql';
import { CreateUnitMutation } from '../graphql/createUnit';

export function useCreateUnit() {
  // A new unit changes its parent's child list and count: refresh the open parts of the tree.
  const [mutate, { loading, error, reset }] = useMutation(CreateUnitMutation, {
    refetchQueries: ['UnitRoots', 'UnitChildren'],
  });
  const createUnit = async (input: CreateUnitInput) =>
    (await mutate({ variables: { input } })).data?.createUnit ?? null;
  return { createUnit, loading, error, reset };
}
