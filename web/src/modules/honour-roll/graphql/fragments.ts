import { graphql } from '../../../gql';

/** What the public reads of one commended entry, in the list and on its page. */
export const HonourItemFragment = graphql(`
  fragment HonourItem on HonourEntry {
    code
    title
    kind
    personName
    position
    unitName
    fieldCode
    year
    awardType
    level
    issuerName
    decisionNumber
    decisionDate
    status
    annulledAt
  }
`);
