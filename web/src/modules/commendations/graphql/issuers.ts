import { graphql } from '../../../gql';

/** The signing authorities that may commend a round's entries (all of the viewer's without one). */
export const IssuersQuery = graphql(`
  query Issuers($roundId: ID) {
    issuers(roundId: $roundId) {
      ...IssuerFields
    }
  }
`);
