import { graphql } from '../../../gql';

export const EndorseCandidaciesMutation = graphql(`
  mutation EndorseCandidacies($input: BulkEndorseInput!) {
    endorseCandidacies(input: $input) {
      candidacyId
      errorCode
      message
      candidacy {
        id
        state
        version
        availableActions
      }
    }
  }
`);
