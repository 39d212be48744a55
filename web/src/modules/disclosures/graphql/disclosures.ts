import { graphql } from '../../../gql';

/** The lists under disclosure, as the public reads them: nobody's contact, no draft state. */
export const DisclosuresQuery = graphql(`
  query Disclosures {
    disclosures {
      id
      title
      issuerName
      awardType
      endsOn
      workingDaysLeft
      entries {
        id
        title
        kind
        personName
        unitName
        achievement
      }
    }
  }
`);
