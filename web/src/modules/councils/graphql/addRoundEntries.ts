import { graphql } from '../../../gql';

export const AddRoundEntriesMutation = graphql(`
  mutation AddRoundEntries($input: RoundEntriesInput!) {
    addRoundEntries(input: $input) {
      ...RoundFields
    }
  }
`);
