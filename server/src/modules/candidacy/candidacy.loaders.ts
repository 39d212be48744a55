import type { DataSource } from 'typeorm';
import { byClientId, manyOf } from '../../infra/graphql/batch';
import { AuditEvent } from '../audit/audit-event.entity';
import { Candidacy } from './candidacy.entity';

export const candidacyLoaders = (db: DataSource) => ({
  candidacy: byClientId(db, Candidacy),
  auditOfCandidacy: manyOf(db, AuditEvent, 'candidacyId', { id: 'ASC' }),
});
