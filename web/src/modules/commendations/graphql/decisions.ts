import { graphql } from '../../../gql';

/** Every decision the viewer may read; the screens split them by state, so a signature moves one. */
export const DecisionsQuery = graphql(`
  query Decisions {
    decisions {
      ...DecisionFields
    }
  }
`);
