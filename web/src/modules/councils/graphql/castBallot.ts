import { graphql } from '../../../gql';

export const CastBallotMutation = graphql(`
  mutation CastBallot($input: BallotInput!) {
    castBallot(input: $input) {
      ...ReviewEntryFields
    }
  }
`);
