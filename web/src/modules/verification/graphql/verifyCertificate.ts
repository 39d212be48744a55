import { graphql } from '../../../gql';

/** A certificate's public facts and status by its code; null when no certificate has it. */
export const VerifyCertificateQuery = graphql(`
  query VerifyCertificate($code: String!) {
    verifyCertificate(code: $code) {
      code
      status
      annulledAt
      annulReason
      awardType
      recipientName
      position
      unitName
      achievement
      decisionNumber
      decisionDate
      issuerName
      bookNumber
      keyId
      pdfUrl
    }
  }
`);
