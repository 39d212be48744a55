import { graphql } from '../../../gql';

export const SignDecisionMutation = graphql(`
  mutation SignDecision($input: DecisionVersionInput!) {
    signDecision(input: $input) {
      ...DecisionFields
    }
  }
`);
