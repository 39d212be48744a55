import { graphql } from '../../../gql';

export const StartScoringMutation = graphql(`
  mutation StartScoring($roundId: ID!) {
    startScoring(roundId: $roundId) {
      ...RoundFields
    }
  }
`);
