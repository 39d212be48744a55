import { graphql } from '../../../gql';

export const ProposalsQuery = graphql(`
  query Proposals($campaignId: ID) {
    proposals(campaignId: $campaignId) {
      ...ProposalFields
    }
  }
`);
