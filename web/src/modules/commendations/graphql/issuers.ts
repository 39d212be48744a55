import { graphql } from '../../../gql';

export const IssuersQuery = graphql(`
  query Issuers {
    issuers {
      ...IssuerFields
    }
  }
`);
