import { graphql } from '../../../gql';

export const SearchUnitsQuery = graphql(`
  query SearchUnits($search: String, $first: Int, $after: String) {
    units(search: $search, first: $first, after: $after) {
      nodes {
        ...UnitWithPath
      }
      pageInfo {
        endCursor
        hasNextPage
      }
    }
  }
`);
