import { graphql } from '../../../gql';

export const UnitChildrenQuery = graphql(`
  query UnitChildren($id: ID!) {
    unit(id: $id) {
      id
      children {
        ...UnitSummary
      }
    }
  }
`);
