import { graphql } from '../../../gql';

export const ReturnRoundEntryMutation = graphql(`
  mutation ReturnRoundEntry($input: ReturnEntryInput!) {
    returnRoundEntry(input: $input) {
      ...RoundFields
    }
  }
`);
