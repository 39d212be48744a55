import { graphql } from '../../../gql';

export const HonourRollQuery = graphql(`
  query HonourRoll($filter: HonourRollFilter, $first: Int, $after: String) {
    honourRoll(filter: $filter, first: $first, after: $after) {
      nodes {
        ...HonourItem
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
