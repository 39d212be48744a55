import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { CertificateFacts } from '@vinh-danh/shared/certificates';

/**
 * A certificate as issued: the facts exactly as signed, the signature and the key. Written once
 * at signing and never changed (the database refuses it); its status is read from the decision
 * and its entry, where an annulment is kept.
 */
@Entity('certificate')
export class CertificateRecord {
  @PrimaryColumn('text')
  code: string;

  @Column('uuid', { name: 'decision_entry_id' })
  decisionEntryId: string;

  @Column('jsonb')
  facts: CertificateFacts;

  @Column('text')
  signature: string;

  @Column('text', { name: 'key_id' })
  keyId: string;

  @Column('timestamptz', { name: 'issued_at' })
  issuedAt: Date;
}
