/**
 * Verification codes: 10 Crockford base32 characters (50 random bits), shown as XXXXX-XXXXX.
 * The alphabet has no I, L, O or U, so what is read aloud or typed from paper is unambiguous,
 * and the usual slips (o for 0, l or i for 1, lower case, spaces) are forgiven when typed.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const LENGTH = 10;

/** Crockford base32 of bytes, 5 bits a character, the last padded with zero bits. */
export const encodeBase32 = (bytes: Uint8Array): string => {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(buffer >> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
};

/** XXXXX-XXXXX from the 10 bare characters. */
export const formatCode = (bare: string): string => `${bare.slice(0, 5)}-${bare.slice(5)}`;

export const generateCode = (): string => {
  const bytes = new Uint8Array(7);
  crypto.getRandomValues(bytes);
  return formatCode(encodeBase32(bytes).slice(0, LENGTH));
};

/**
 * The code someone typed, in its printed form; null when it cannot be one. Case, spaces and
 * dashes do not matter; O reads as 0, I and L as 1.
 */
export const normaliseCode = (typed: string): string | null => {
  const bare = typed
    .toUpperCase()
    .replace(/[\s\-_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (bare.length !== LENGTH) return null;
  for (const char of bare) if (!ALPHABET.includes(char)) return null;
  return formatCode(bare);
};
