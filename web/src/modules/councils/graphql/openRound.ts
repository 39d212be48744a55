import { graphql } from '../../../gql';

export const OpenRoundMutation = graphql(`
  mutation OpenRound($input: OpenRoundInput!) {
    openRound(input: $input) {
      ...RoundFields
    }
  }
`);
