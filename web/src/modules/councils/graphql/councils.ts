import { graphql } from '../../../gql';

export const CouncilsQuery = graphql(`
  query Councils {
    councils {
      ...CouncilSummary
    }
  }
`);
