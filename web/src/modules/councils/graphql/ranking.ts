import { graphql } from '../../../gql';

/** One line of the ranking: the ranking query and the round's live activity both read these. */
export const RankingLineFragment = graphql(`
  fragment RankingLine on RankingRow {
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
`);

export const RoundRankingQuery = graphql(`
  query RoundRanking($id: ID!, $rankBy: RankBy) {
    round(id: $id) {
      id
      ranking(rankBy: $rankBy) {
        ...RankingLine
      }
    }
  }
`);
