import { graphql } from '../../../gql';

export const StartVotingMutation = graphql(`
  mutation StartVoting($roundId: ID!) {
    startVoting(roundId: $roundId) {
      ...RoundFields
    }
  }
`);
