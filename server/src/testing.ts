/** What the integration tests' factories need from the server, and nothing more. */
export { hashPassword } from './modules/auth/password';
export { validationRules } from './infra/graphql/limits';
export { pdfText } from './modules/documents/testing/pdf-text';
export { certificateDocOf, issueCertificatesOf } from './modules/certificate/testing';
