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

/**
 * Appends a step that leaves the candidacies' state as it is (a list published, an objection
 * received or dismissed), in the caller's transaction.
 */
export const recordStep = async (
  tx: EntityManager,
  step: { candidacyIds: string[]; actorId: string | null; action: string; reason?: string | null },
): Promise<void> => {
  await tx.query(
    `INSERT INTO audit_event (candidacy_id, actor_id, action, from_state, to_state, reason)
     SELECT id, $2, $3, state, state, $4 FROM candidacy WHERE id = ANY($1::uuid[])`,
    [step.candidacyIds, step.actorId, step.action, step.reason ?? null],
  );
};
