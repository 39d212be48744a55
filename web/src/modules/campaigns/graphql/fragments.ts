import { graphql } from '../../../gql';

export const CampaignFieldsFragment = graphql(`
  fragment CampaignFields on Campaign {
    id
    name
    startYear
    endYear
    version
    unit {
      id
      code
      name
    }
    phases {
      phase
      level
      opensOn
      closesOn
      open
    }
    fields {
      code
      name
    }
    rubric {
      total
      criteria {
        code
        name
        maxPoints
      }
    }
    awardTypes
  }
`);
