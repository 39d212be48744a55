import { graphql } from '../../../gql';

export const RoundChangedSubscription = graphql(`
  subscription RoundChanged($roundId: ID!) {
    roundChanged(roundId: $roundId) {
      ...RoundFields
    }
  }
`);
