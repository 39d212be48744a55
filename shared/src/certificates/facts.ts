import canonicalize from 'canonicalize';

/**
 * What a certificate states, and so what its signature covers. Plain strings and integers only:
 * the canonical form (RFC 8785) is then the same in every JSON implementation.
 */
export interface CertificateFacts {
  code: string;
  /** an AwardType code, e.g. GIAY_KHEN */
  awardType: string;
  recipientName: string;
  /** the person's position; null for a collective */
  position: string | null;
  unitName: string;
  achievement: string;
  /** as printed, e.g. "01/QĐ-UBND" */
  decisionNumber: string;
  /** YYYY-MM-DD */
  decisionDate: string;
  issuerName: string;
  /** số sổ vàng */
  bookNumber: number;
  keyId: string;
  /** ISO 8601 instant */
  issuedAt: string;
}

/** The facts' fields in a fixed order: the QR payload lists the values in it, without the names. */
export const FACT_FIELDS: readonly (keyof CertificateFacts)[] = [
  'code',
  'awardType',
  'recipientName',
  'position',
  'unitName',
  'achievement',
  'decisionNumber',
  'decisionDate',
  'issuerName',
  'bookNumber',
  'keyId',
  'issuedAt',
];

/**
 * RFC 8785 canonical JSON of the facts, every string in NFC: "Luống" typed on a Mac (NFD) and on
 * Windows (NFC) must sign and verify alike. Only the known fields are taken, so an extra key in a
 * payload can neither break nor sneak into the signed text.
 */
export const canonicalFacts = (facts: CertificateFacts): string => {
  const picked: Record<string, string | number | null> = {};
  for (const field of FACT_FIELDS) {
    const value = facts[field];
    picked[field] = typeof value === 'string' ? value.normalize('NFC') : value;
  }
  const text = canonicalize(picked);
  if (text === undefined) throw new Error('facts have no JSON form');
  return text;
};

/** Whether a parsed value has the shape of CertificateFacts (for payloads read from a URL). */
export const isCertificateFacts = (value: unknown): value is CertificateFacts => {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return FACT_FIELDS.every((field) => {
    if (field === 'bookNumber') return Number.isInteger(v[field]);
    if (field === 'position') return v[field] === null || typeof v[field] === 'string';
    return typeof v[field] === 'string';
  });
};
