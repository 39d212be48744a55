import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { gatherCertificateDoc } from './certificate-doc';
import { CertificateService } from './certificate.service';
import { SigningKeys } from './signing-keys';

/**
 * For test factories that sign a decision by SQL: issues its certificates as the signing does,
 * in a transaction of their own.
 */
export const issueCertificatesOf = (db: DataSource, decisionId: string): Promise<string[]> =>
  db.transaction((tx) =>
    new CertificateService(db, new SigningKeys(db)).issueCodes(tx, decisionId),
  );

/** The document a certificate's PDF prints, gathered as its route gathers it. */
export const certificateDocOf = (db: DataSource, code: string, origin: string) =>
  gatherCertificateDoc(db, new CertificateService(db, new SigningKeys(db)), code, origin);
