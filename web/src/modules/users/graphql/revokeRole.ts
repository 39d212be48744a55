import { graphql } from '../../../gql';

export const RevokeRoleMutation = graphql(`
  mutation RevokeRole($input: RevokeRoleInput!) {
    revokeRole(input: $input) {
      ...UserRow
    }
  }
`);
