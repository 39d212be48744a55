import { graphql } from '../../../gql';

export const RoundQuery = graphql(`
  query Round($id: ID!) {
    round(id: $id) {
      ...RoundFields
      ...RoundPromotion
      entries {
        id
        candidacy {
          ...EntryCandidacy
        }
      }
      council {
        ...CouncilSummary
        ...CouncilRules
        members {
          ...CouncilMemberFields
        }
        reviewDates {
          opensOn
          closesOn
          open
        }
        campaign {
          id
          name
          rubric {
            total
            criteria {
              code
              name
              maxPoints
            }
          }
        }
        intake {
          ...EntryCandidacy
        }
      }
    }
  }
`);
