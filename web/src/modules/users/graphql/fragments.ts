import { graphql } from '../../../gql';

export const UserRowFragment = graphql(`
  fragment UserRow on User {
    id
    username
    displayName
    active
    createdAt
    version
    unit {
      id
      code
      name
    }
    roles {
      id
      role
      unit {
        id
        code
        name
      }
    }
  }
`);
