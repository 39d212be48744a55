import { useMutation } from '@apollo/client/react';
import type { MoveUnitInput } from '../../../gql/graphql';
import { MoveUnitMutation } from '../graphql/moveUnit';

export function useMoveUnit() {
  const [mutate, { loading, error, reset }] = useMutation(MoveUnitMutation, {
    refetchQueries: ['UnitRoots', 'UnitChildren', 'SearchUnits'],
  });
  const moveUnit = async (input: MoveUnitInput) =>
    (await mutate({ variables: { input } })).data?.moveUnit ?? null;
  return { moveUnit, loading, error, reset };
}
