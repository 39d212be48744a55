import type { EntityManager } from 'typeorm';
import type { CandidacyState } from '@vinh-danh/shared';
import { AuditEvent } from './audit-event.entity';

export interface AuditEntry {
  candidacyId: string;
  /** null for the public (an objection has no account) */
  actorId: string | null;
  action: string;
  fromState: CandidacyState | null;
  toState: CandidacyState;
  reason?: string | null;
}

/** Appends to the audit trail inside the caller's transaction, so it commits with the change. */
export const recordAudit = async (tx: EntityManager, entry: AuditEntry): Promise<void> => {
  await tx.getRepository(AuditEvent).insert({ ...entry, reason: entry.reason ?? null });
};
