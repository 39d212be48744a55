import { graphql } from '../../../gql';

export const UserQuery = graphql(`
  query User($id: ID!) {
    user(id: $id) {
      ...UserRow
    }
  }
`);
