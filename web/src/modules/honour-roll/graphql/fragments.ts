import { graphql } from '../../../gql';

/** What the public reads of one commended entry, in the list and on its page. */
export const HonourItemFragment = graphql(`
  fragment HonourItem on HonourEntry {
    code
    title
    kind
    personName
    unitName
    awardType
    issuerName
    year
    decisionNumberText
    decisionDate
    certificate {
      code
      status
      annulledAt
    }
  }
`);
