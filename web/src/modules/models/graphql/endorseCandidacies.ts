import { graphql } from '../../../gql';

export const EndorseCandidaciesMutation = graphql(`
  mutation EndorseCandidacies($input: BulkEndorseInput!) {
    endorseCandidacies(input: $input) {
      candidacyId
      errorCode
      message
      refusal
      params {
        name
        value
      }
      candidacy {
        id
        state
        version
        availableActions
      }
    }
  }
`);
