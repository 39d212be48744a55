import { graphql } from '../../../gql';

export const UnitQuery = graphql(`
  query Unit($id: ID!) {
    unit(id: $id) {
      ...UnitWithPath
    }
  }
`);
