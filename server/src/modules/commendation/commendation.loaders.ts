import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byClientId, byId, groupedBy, manyOf } from '../../infra/graphql/batch';
import { holidaysFrom } from './calendar';
import { Decision, DecisionEntry } from './decision.entity';
import { Issuer } from './issuer.entity';
import { Objection } from './objection.entity';
import { Proposal, ProposalEntry } from './proposal.entity';

/** What a list shows of an entry's model, read with the entry: one query per list. */
export interface EntryFacts extends Record<string, unknown> {
  candidacy_id: string;
  title: string;
  kind: string;
  person_name: string | null;
  person_position: string | null;
  unit_name: string;
  field_code: string;
}

export const commendationLoaders = (db: DataSource) => ({
  /** the holidays from a day on, read once per request however many decisions it lists */
  holidaysFrom: new DataLoader<string, ReadonlySet<string>>((days) =>
    Promise.all(days.map((day) => holidaysFrom(db, day))),
  ),
  issuer: byId(db, Issuer),
  proposal: byClientId(db, Proposal),
  decision: byClientId(db, Decision),
  decisionEntry: byId(db, DecisionEntry),
  proposalEntries: manyOf(db, ProposalEntry, 'proposalId', { position: 'ASC' }),
  decisionEntries: manyOf(db, DecisionEntry, 'decisionId', { position: 'ASC' }),
  decisionsOfProposal: manyOf(db, Decision, 'proposalId', { createdAt: 'ASC' }),
  proposalsOfRound: manyOf(db, Proposal, 'roundId', { createdAt: 'ASC' }),
  objectionsOfEntry: manyOf(db, Objection, 'entryId', { createdAt: 'ASC' }),
  entryFacts: groupedBy<EntryFacts>(
    db,
    `SELECT c.id AS candidacy_id, m.title, m.kind, m.person_name, m.person_position,
            u.name AS unit_name, m.field_code
       FROM candidacy c JOIN model m ON m.id = c.model_id JOIN org_unit u ON u.id = m.unit_id
      WHERE c.id = ANY($1::uuid[])`,
    'candidacy_id',
  ),
  /** entries with an open objection, by id */
  heldEntry: groupedBy<{ id: string }>(
    db,
    `SELECT DISTINCT decision_entry_id AS id FROM objection
      WHERE state = 'OPEN' AND decision_entry_id = ANY($1::uuid[])`,
    'id',
  ),
  openObjections: groupedBy<{ decision_id: string; n: number }>(
    db,
    `SELECT e.decision_id, count(*)::int AS n FROM objection o
       JOIN decision_entry e ON e.id = o.decision_entry_id
      WHERE o.state = 'OPEN' AND e.decision_id = ANY($1::uuid[]) GROUP BY e.decision_id`,
    'decision_id',
  ),
});
