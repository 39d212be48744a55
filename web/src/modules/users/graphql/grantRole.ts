import { graphql } from '../../../gql';

export const GrantRoleMutation = graphql(`
  mutation GrantRole($input: GrantRoleInput!) {
    grantRole(input: $input) {
      ...UserRow
    }
  }
`);
