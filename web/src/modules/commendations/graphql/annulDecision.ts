import { graphql } from '../../../gql';

export const AnnulDecisionMutation = graphql(`
  mutation AnnulDecision($input: AnnulDecisionInput!) {
    annulDecision(input: $input) {
      ...DecisionFields
    }
  }
`);
