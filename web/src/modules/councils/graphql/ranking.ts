import { graphql } from '../../../gql';

export const RoundRankingQuery = graphql(`
  query RoundRanking($id: ID!, $rankBy: RankBy) {
    round(id: $id) {
      id
      ranking(rankBy: $rankBy) {
        rank
        entryId
        raw
        normalised
        spread
        disagreement
        sheets
        candidacyId
        state
        recognition
        title
        unitName
      }
    }
  }
`);
