import type { DataSource, EntityManager } from 'typeorm';
import { decisionNumberText } from '@vinh-danh/shared';
import {
  generateCode,
  normaliseCode,
  qrPayloadUrl,
  signFacts,
  type CertificateFacts,
} from '@vinh-danh/shared/certificates';
import {
  CERTIFICATE_VIEW,
  FACTS_OF_DECISION,
  type CertificateRow,
  type FactsRow,
} from './certificate.sql';
import { Certificate, CertificateStatus } from './certificate.types';
import type { SigningKeys } from './signing-keys';

/**
 * Issues certificates when a decision is signed, and reads them back for anyone who checks one.
 * `origin` is the public address the QR codes point to; without one, the addresses are relative
 * to this server.
 */
export class CertificateService {
  constructor(
    private readonly db: DataSource,
    readonly keys: SigningKeys,
    readonly origin: string = '',
  ) {}

  /**
   * One certificate per entry of the decision still on it, signed with the current key. Runs in
   * the signing transaction (DecisionService.sign), after the numbers are given, so that a
   * decision is never signed without its certificates nor the other way round. Entries that
   * already have one keep it: issuing twice issues nothing new.
   */
  async issue(tx: EntityManager, decisionId: string): Promise<void> {
    await this.issueCodes(tx, decisionId);
  }

  /** As `issue`, and says which codes it gave, in book order. */
  async issueCodes(tx: EntityManager, decisionId: string): Promise<string[]> {
    const rows = (await tx.query(FACTS_OF_DECISION, [decisionId])) as FactsRow[];
    if (rows.length === 0) return [];
    const key = await this.keys.current(tx);
    const issuedAt = new Date().toISOString();
    const codes: string[] = [];
    for (const row of rows) {
      if (row.number === null || row.decision_date === null || row.book_number === null) {
        throw new Error(`decision ${decisionId} is not signed: no number, date or book number`);
      }
      for (;;) {
        const facts: CertificateFacts = inNfc({
          code: generateCode(),
          awardType: row.award_type,
          recipientName: (row.kind === 'INDIVIDUAL' && row.person_name) || row.title,
          position: row.kind === 'INDIVIDUAL' ? row.person_position : null,
          unitName: row.unit_name,
          achievement: row.achievement,
          decisionNumber: decisionNumberText(row.number, row.symbol, row.party),
          decisionDate: row.decision_date,
          issuerName: row.issuer_name,
          bookNumber: row.book_number,
          keyId: key.id,
          issuedAt,
        });
        const signature = signFacts(facts, key.privateKey);
        // 50 random bits: a clash is all but impossible, and a new code is drawn if one comes.
        const inserted = (await tx.query(
          `INSERT INTO certificate (code, decision_entry_id, facts, signature, key_id, issued_at)
           VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING RETURNING code`,
          [facts.code, row.entry_id, facts, signature, key.id, issuedAt],
        )) as { code: string }[];
        if (inserted.length) {
          codes.push(facts.code);
          break;
        }
      }
    }
    return codes;
  }

  /** The certificate of a code as someone typed it (loosely); null when there is none. */
  async find(typed: string): Promise<Certificate | null> {
    const code = normaliseCode(typed);
    if (!code) return null;
    const [row] = (await this.db.query(`${CERTIFICATE_VIEW} WHERE c.code = $1`, [
      code,
    ])) as CertificateRow[];
    return row ? this.toView(row) : null;
  }

  qrUrl(facts: CertificateFacts, signature: string, origin = this.origin): string {
    return qrPayloadUrl(origin, facts.code, facts, facts.keyId, signature);
  }

  /** What anyone may read of a certificate row, its status included. */
  toView(row: CertificateRow): Certificate {
    const f = row.facts;
    return {
      code: row.code,
      status: row.annulled_at ? CertificateStatus.ANNULLED : CertificateStatus.VALID,
      annulledAt: row.annulled_at,
      annulReason: row.annulled_at ? row.annul_reason : null,
      awardType: f.awardType,
      recipientName: f.recipientName,
      position: f.position,
      unitName: f.unitName,
      achievement: f.achievement,
      decisionNumber: f.decisionNumber,
      decisionDate: f.decisionDate,
      issuerName: f.issuerName,
      bookNumber: f.bookNumber,
      keyId: row.key_id,
      issuedAt: f.issuedAt,
      signature: row.signature,
      qrUrl: this.qrUrl(f, row.signature),
      pdfUrl: `/api/certificates/${row.code}.pdf`,
    };
  }
}

/** Stored as signed: in NFC, so that what the page shows is byte for byte what was signed. */
const inNfc = (facts: CertificateFacts): CertificateFacts =>
  Object.fromEntries(
    Object.entries(facts).map(([k, v]) => [k, typeof v === 'string' ? v.normalize('NFC') : v]),
  ) as unknown as CertificateFacts;
