import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { CERTIFICATE_VIEW, type CertificateRow } from './certificate.sql';

export const certificateLoaders = (db: DataSource) => ({
  /** the certificate of each decision entry, with its status; null before signing */
  certificateOfEntry: new DataLoader<string, CertificateRow | null>(async (ids) => {
    const rows = (await db.query(`${CERTIFICATE_VIEW} WHERE c.decision_entry_id = ANY($1)`, [
      [...ids],
    ])) as CertificateRow[];
    const byEntry = new Map(rows.map((r) => [r.decision_entry_id, r]));
    return ids.map((id) => byEntry.get(id) ?? null);
  }),
});
