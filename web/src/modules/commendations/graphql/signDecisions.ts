import { graphql } from '../../../gql';

export const SignDecisionsMutation = graphql(`
  mutation SignDecisions($input: SignDecisionsInput!) {
    signDecisions(input: $input) {
      ...DecisionFields
    }
  }
`);
