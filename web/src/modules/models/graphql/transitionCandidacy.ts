import { graphql } from '../../../gql';

export const TransitionCandidacyMutation = graphql(`
  mutation TransitionCandidacy($input: TransitionInput!) {
    transitionCandidacy(input: $input) {
      ...CandidacyProgress
    }
  }
`);
