import { graphql } from '../../../gql';

export const TransitionCandidacyMutation = graphql(`
  mutation TransitionCandidacy($input: TransitionInput!) {
    transitionCandidacy(input: $input) {
      id
      state
      version
      availableActions
      timeline {
        id
        action
        fromState
        toState
        reason
        at
        actor {
          id
          displayName
        }
      }
    }
  }
`);
