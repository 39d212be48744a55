import { graphql } from '../../../gql';

export const CloseRoundMutation = graphql(`
  mutation CloseRound($roundId: ID!) {
    closeRound(roundId: $roundId) {
      ...RoundFields
    }
  }
`);
