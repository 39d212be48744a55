import { graphql } from '../../../gql';

export const SignDecisionMutation = graphql(`
  mutation SignDecision($input: SignDecisionInput!) {
    signDecision(input: $input) {
      ...DecisionFields
    }
  }
`);
