import { fromBase64Url, toBase64Url } from './base64url';
import { isCertificateFacts, type CertificateFacts } from './facts';

/** What the QR code carries after `#`: enough to check the signature without asking the server. */
export interface QrPayload {
  facts: CertificateFacts;
  keyId: string;
  signature: string;
}

/**
 * The public verification address with the signed payload in its fragment. A fragment never
 * reaches the server, so scanning shows the facts even offline and the server learns nothing
 * more than the code.
 */
export const qrPayloadUrl = (
  origin: string,
  code: string,
  facts: CertificateFacts,
  keyId: string,
  signature: string,
): string => {
  const payload: QrPayload = { facts, keyId, signature };
  const json = new TextEncoder().encode(JSON.stringify(payload));
  return `${origin.replace(/\/+$/, '')}/xac-minh/${encodeURIComponent(code)}#${toBase64Url(json)}`;
};

/** The payload from a location hash (with or without its `#`); null when it is not one. */
export const parseQrPayload = (hash: string): QrPayload | null => {
  const bytes = fromBase64Url(hash.replace(/^#/, ''));
  if (!bytes || bytes.length === 0) return null;
  try {
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (value === null || typeof value !== 'object') return null;
    const { facts, keyId, signature } = value as Record<string, unknown>;
    if (!isCertificateFacts(facts) || typeof keyId !== 'string' || typeof signature !== 'string')
      return null;
    return { facts, keyId, signature };
  } catch {
    return null;
  }
};
