import { capacityLine } from '../commendation/issuer-lines';
import type { DataSource } from 'typeorm';
import { vi } from '@vinh-danh/shared';
import type { CertificateDoc } from '../documents';
import { notFound } from '../../infra/graphql/errors';
import type { CertificateService } from './certificate.service';
import { CERTIFICATE_VIEW, type CertificateRow } from './certificate.sql';

interface IssuerRow {
  heading: string[];
  party: boolean;
  place: string;
  signer_capacity: string;
  signer_title: string;
  signer_name: string;
  signed_at: Date;
}

/**
 * A certificate's document from what was signed: the recipient, achievement, number and book
 * number come from the signed facts (never re-read from rows that may have changed since), the
 * layout's heading and signature block from its issuer. `origin` is where its QR code points.
 */
export const gatherCertificateDoc = async (
  db: DataSource,
  certificates: CertificateService,
  code: string,
  origin: string,
): Promise<CertificateDoc> => {
  const [row] = (await db.query(`${CERTIFICATE_VIEW} WHERE c.code = $1`, [code])) as
    CertificateRow[] | [];
  if (!row) throw notFound();
  const [issuer] = (await db.query(
    `SELECT i.heading, i.party, i.place, i.signer_capacity, i.signer_title, i.signer_name,
            d.signed_at
       FROM decision_entry e JOIN decision d ON d.id = e.decision_id
       JOIN issuer i ON i.id = d.issuer_id
      WHERE e.id = $1`,
    [row.decision_entry_id],
  )) as IssuerRow[];
  const f = row.facts;
  const awardNames: Record<string, string> = vi.awardTypes;
  return {
    heading: issuer.heading,
    party: issuer.party,
    signerCapacityLine: capacityLine({
      heading: issuer.heading,
      party: issuer.party,
      signerTitle: issuer.signer_title,
    }),
    awardName: awardNames[f.awardType] ?? f.awardType,
    recipient: { name: f.recipientName, position: f.position, unitName: f.unitName },
    achievement: f.achievement,
    decision: { numberText: f.decisionNumber, date: issuer.signed_at },
    bookNumber: f.bookNumber,
    place: issuer.place,
    date: issuer.signed_at,
    signature: {
      capacity: issuer.signer_capacity,
      title: issuer.signer_title,
      name: issuer.signer_name,
    },
    code: row.code,
    qrPayload: certificates.qrUrl(f, row.signature, origin),
    annulled: row.annulled_at !== null,
  };
};
