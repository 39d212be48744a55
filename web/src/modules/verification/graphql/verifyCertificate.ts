import { graphql } from '../../../gql';

/** A certificate's public facts and status by its code; null when no certificate has it. */
export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      status
      recipientName
      unitName
      achievement
      awardType
      issuerName
      decisionNumberText
      decisionDate
      bookNumber
      annulledAt
      annulReason
      pdfUrl
    }
  }
`);
