import { graphql } from '../../../gql';

export const UnitRootsQuery = graphql(`
  query UnitRoots {
    unitRoots {
      ...UnitSummary
    }
  }
`);
