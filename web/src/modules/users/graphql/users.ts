import { graphql } from '../../../gql';

export const UsersQuery = graphql(`
  query Users($unitId: ID, $search: String, $first: Int, $after: String) {
    users(unitId: $unitId, search: $search, first: $first, after: $after) {
      nodes {
        ...UserRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
