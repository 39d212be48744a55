/**
 * Checks a certificate's signature in the browser, from the payload the QR code put in the
 * address's fragment, against the keys the site publishes. The Ed25519 code comes in its own
 * chunk, only when there is a payload to check: the first page never carries it.
 */
export type SignatureCheck =
  | { state: 'checking' }
  | { state: 'valid'; keyId: string }
  | { state: 'invalid' }
  /** the payload is signed, but for another code than the one on the page */
  | { state: 'mismatch'; code: string }
  | { state: 'unreadable' }
  /** the published keys could not be fetched: nothing was checked */
  | { state: 'unavailable' };

interface PublishedKey {
  id: string;
  publicKey: string;
}

const publishedKeys = async (): Promise<PublishedKey[]> => {
  const response = await fetch('/api/keys', { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET /api/keys: ${response.status}`);
  const body = (await response.json()) as { keys?: PublishedKey[] } | PublishedKey[];
  return Array.isArray(body) ? body : (body.keys ?? []);
};

export async function checkSignature(code: string, fragment: string): Promise<SignatureCheck> {
  const { parseQrPayload, verifyFacts, normaliseCode } =
    await import('@vinh-danh/shared/certificates');
  const payload = parseQrPayload(fragment);
  if (!payload) return { state: 'unreadable' };
  const signed = payload.facts.code;
  if ((normaliseCode(signed) ?? signed) !== (normaliseCode(code) ?? code)) {
    return { state: 'mismatch', code: signed };
  }
  // The payload names its key; a key the site never published vouches for nothing.
  const key = (await publishedKeys()).find((k) => k.id === payload.keyId);
  if (!key || payload.facts.keyId !== key.id) return { state: 'invalid' };
  return verifyFacts(payload.facts, payload.signature, key.publicKey)
    ? { state: 'valid', keyId: key.id }
    : { state: 'invalid' };
}
