import { graphql } from '../../../gql';

export const ProposeCommendationMutation = graphql(`
  mutation ProposeCommendation($input: ProposeCommendationInput!) {
    proposeCommendation(input: $input) {
      ...ProposalFields
    }
  }
`);
