import { graphql } from '../../../gql';

export const ModelsQuery = graphql(`
  query Models($filter: ModelFilter, $first: Int, $after: String) {
    models(filter: $filter, first: $first, after: $after) {
      nodes {
        ...ModelRow
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
