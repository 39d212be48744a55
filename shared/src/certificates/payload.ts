import { fromBase64Url, toBase64Url } from './base64url';
import { FACT_FIELDS, isCertificateFacts, type CertificateFacts } from './facts';

/** What the QR code carries after `#`: enough to check the signature without asking the server. */
export interface QrPayload {
  facts: CertificateFacts;
  keyId: string;
  signature: string;
}

/** The payload's layout; a later one gets a new number, and this one is still read. */
const FORMAT = 1;

/**
 * The public verification address with the signed payload in its fragment. A fragment never
 * reaches the server, so scanning shows the facts even offline and the server learns nothing
 * more than the code. The payload is `<facts>.<signature>`: the facts as a JSON array (format,
 * then the values in FACT_FIELDS order) in base64url, and the signature as it is. Without the
 * field names, and without encoding the signature twice, it is a third shorter than the plain
 * object, and a shorter text is a coarser QR code, which a phone reads off paper more surely.
 * The key id is the facts' own.
 */
export const qrPayloadUrl = (
  origin: string,
  code: string,
  facts: CertificateFacts,
  keyId: string,
  signature: string,
): string => {
  if (keyId !== facts.keyId) throw new Error('the key id is the facts’ own');
  const values = FACT_FIELDS.map((field) => facts[field]);
  const json = new TextEncoder().encode(JSON.stringify([FORMAT, ...values]));
  const fragment = `${toBase64Url(json)}.${signature}`;
  return `${origin.replace(/\/+$/, '')}/xac-minh/${encodeURIComponent(code)}#${fragment}`;
};

/** The payload from a location hash (with or without its `#`); null when it is not one. */
export const parseQrPayload = (hash: string): QrPayload | null => {
  const [encoded, signature, extra] = hash.replace(/^#/, '').split('.');
  const bytes = encoded ? fromBase64Url(encoded) : null;
  if (!bytes || bytes.length === 0 || !signature || extra !== undefined) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (!Array.isArray(value) || value[0] !== FORMAT || value.length !== FACT_FIELDS.length + 1)
      return null;
    const facts = Object.fromEntries(FACT_FIELDS.map((field, i) => [field, value[i + 1]]));
    if (!isCertificateFacts(facts) || !/^[A-Za-z0-9_-]+$/.test(signature)) return null;
    return { facts, keyId: facts.keyId, signature };
  } catch {
    return null;
  }
};
