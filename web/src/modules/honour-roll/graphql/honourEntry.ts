import { graphql } from '../../../gql';

export const HonourEntryQuery = graphql(`
  query HonourEntry($code: String!) {
    honourEntry(code: $code) {
      ...HonourItem
      achievement
      bookNumber
      certificate {
        code
        status
        annulledAt
        pdfUrl
      }
    }
  }
`);
