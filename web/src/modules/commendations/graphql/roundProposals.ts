import { graphql } from '../../../gql';

/** The proposals already made from one round. */
export const RoundProposalsQuery = graphql(`
  query RoundProposals($id: ID!) {
    round(id: $id) {
      id
      proposals {
        ...ProposalFields
      }
    }
  }
`);
