import * as ed from '@noble/ed25519';
import { sha256, sha512 } from '@noble/hashes/sha2.js';
import { fromBase64Url, toBase64Url } from './base64url';
import { encodeBase32 } from './code';
import { canonicalFacts, type CertificateFacts } from './facts';

// The synchronous API needs SHA-512 given; the async one would use WebCrypto, which browsers
// withhold from pages served over plain HTTP. A verification page must work there too.
ed.hashes.sha512 = sha512;

export interface KeyPair {
  /** the 32-byte Ed25519 secret (seed) */
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

export const generateKeyPair = (): KeyPair => {
  const privateKey = ed.utils.randomSecretKey();
  return { privateKey, publicKey: ed.getPublicKey(privateKey) };
};

export const publicKeyOf = (privateKey: Uint8Array): Uint8Array => ed.getPublicKey(privateKey);

/** A short, stable name for a public key: 8 Crockford base32 characters of its SHA-256. */
export const keyIdOf = (publicKey: Uint8Array): string =>
  encodeBase32(sha256(publicKey).slice(0, 5));

const message = (facts: CertificateFacts): Uint8Array =>
  new TextEncoder().encode(canonicalFacts(facts));

/** The Ed25519 signature of the canonical facts, base64url. */
export const signFacts = (facts: CertificateFacts, privateKey: Uint8Array): string =>
  toBase64Url(ed.sign(message(facts), privateKey));

/**
 * Whether the signature is the key's over these facts. Never throws: a malformed signature or
 * key (from a URL anyone can type) is simply not valid.
 */
export const verifyFacts = (
  facts: CertificateFacts,
  signature: string,
  publicKey: Uint8Array | string,
): boolean => {
  const sig = fromBase64Url(signature);
  const key = typeof publicKey === 'string' ? fromBase64Url(publicKey) : publicKey;
  if (!sig || sig.length !== 64 || !key || key.length !== 32) return false;
  try {
    return ed.verify(sig, message(facts), key);
  } catch {
    return false;
  }
};
