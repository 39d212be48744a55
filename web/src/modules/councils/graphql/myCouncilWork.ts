import { graphql } from '../../../gql';

export const MyCouncilWorkQuery = graphql(`
  query MyCouncilWork {
    myCouncilWork {
      councilId
      seat
      intake
      council {
        ...CouncilSummary
      }
      rounds {
        roundId
        toScore
        toVote
        toAdvance
        round {
          id
          name
          state
        }
      }
    }
  }
`);
