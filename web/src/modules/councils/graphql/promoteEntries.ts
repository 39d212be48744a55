import { graphql } from '../../../gql';

export const PromoteEntriesMutation = graphql(`
  mutation PromoteEntries($input: RoundEntriesInput!) {
    promoteEntries(input: $input) {
      ...RoundFields
      ...RoundPromotion
    }
  }
`);
