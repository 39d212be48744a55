import { graphql } from '../../../gql';

/** One entry by its code, with its certificate's golden-book number and PDF. */
export const HonourEntryQuery = graphql(`
  query HonourEntry($code: String!) {
    honourEntry(code: $code) {
      ...HonourItem
      summary
    }
    verifyCertificate(code: $code) {
      code
      bookNumber
      pdfUrl
    }
  }
`);
