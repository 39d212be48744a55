import { graphql } from '../../../gql';

export const DraftDecisionMutation = graphql(`
  mutation DraftDecision($input: DraftDecisionInput!) {
    draftDecision(input: $input) {
      ...DecisionFields
      proposal {
        id
        decisions {
          id
          state
          numberText
        }
      }
    }
  }
`);
