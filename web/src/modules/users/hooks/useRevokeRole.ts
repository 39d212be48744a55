import { useMutation } from '@apollo/client/react';
import type { RevokeRoleInput } from '../../../gql/graphql';
import { RevokeRoleMutation } from '../graphql/revokeRole';

export function useRevokeRole() {
  const [mutate, { loading, error, reset }] = useMutation(RevokeRoleMutation);
  const revokeRole = async (input: RevokeRoleInput) =>
    (await mutate({ variables: { input } })).data?.revokeRole ?? null;
  return { revokeRole, loading, error, reset };
}
