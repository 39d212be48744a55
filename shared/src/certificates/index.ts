// Published only as `@vinh-danh/shared/certificates`, never from the package's index: the
// Ed25519 code then loads only on the pages that check a signature.
export { canonicalFacts, FACT_FIELDS, isCertificateFacts, type CertificateFacts } from './facts';
export {
  generateKeyPair,
  publicKeyOf,
  keyIdOf,
  signFacts,
  verifyFacts,
  type KeyPair,
} from './signature';
export { qrPayloadUrl, parseQrPayload, type QrPayload } from './payload';
export { generateCode, formatCode, normaliseCode, encodeBase32 } from './code';
export { toBase64Url, fromBase64Url } from './base64url';
