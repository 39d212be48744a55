import type { DataSource } from 'typeorm';
import {
  CandidacyAction,
  DecisionState,
  OBJECTION_MAX_CHARS,
  ObjectionState,
} from '@vinh-danh/shared';
import { notFound, refuse } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { recordStep } from '../audit/audit';
import type { Viewer } from '../auth/viewer';
import type { TransitionService } from '../candidacy/transition.service';
import { dmy } from './calendar';
import { requireManager } from './commendation.policy';
import { Objection } from './objection.entity';

export interface ObjectionRequest {
  entryId: string;
  name: string;
  contact: string;
  body: string;
}

const NAME_MAX = 200;

/**
 * Objections from the public during disclosure. Anyone may send one, without an account, as
 * often as the hourly limit per address allows; an open one holds its entry out of the decision
 * until the campaign manager resolves it: upheld (the entry leaves the list and its candidacy is
 * returned to its unit with the reason) or dismissed (it stays).
 */
export class ObjectionService {
  constructor(
    private readonly db: DataSource,
    private readonly transitions: TransitionService,
    private readonly perHour: number,
    private readonly today: () => string,
  ) {}

  async submit(client: string, req: ObjectionRequest): Promise<Objection> {
    const [name, contact, body] = [req.name, req.contact, req.body].map((s) =>
      s.normalize('NFC').trim(),
    );
    if (!name || !contact || !body || name.length > NAME_MAX || contact.length > NAME_MAX)
      throw refuse('OBJECTION_INVALID');
    if (body.length > OBJECTION_MAX_CHARS) throw refuse('OBJECTION_INVALID', {}, { field: 'body' });
    if (!isId(req.entryId)) throw notFound();

    return this.db.transaction(async (tx) => {
      // One address at a time, across server processes: the count below cannot be raced.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`objection:${client}`]);
      const [{ n }] = await tx.query(
        `SELECT count(*)::int AS n FROM objection
          WHERE client = $1 AND created_at > now() - interval '1 hour'`,
        [client],
      );
      if (n >= this.perHour) throw refuse('OBJECTIONS_THROTTLED', { minutes: 60 });

      const [entry]: Array<{ candidacy_id: string; state: DecisionState; ends: string }> =
        await tx.query(
          `SELECT e.candidacy_id, d.state, d.disclosure_ends_on::text AS ends
             FROM decision_entry e JOIN decision d ON d.id = e.decision_id
            WHERE e.id = $1 AND e.removed_at IS NULL`,
          [req.entryId],
        );
      if (!entry || entry.state !== DecisionState.DISCLOSING) throw notFound();
      if (entry.ends < this.today()) throw refuse('DISCLOSURE_ENDED', { date: dmy(entry.ends) });

      const objection = await tx.getRepository(Objection).save({
        entryId: req.entryId,
        name,
        contact,
        body,
        client,
        state: ObjectionState.OPEN,
      });
      // The audit keeps that an objection came, not who sent it: that stays with the objection.
      await recordStep(tx, { candidacyIds: [entry.candidacy_id], actorId: null, action: 'OBJECT' });
      return objection;
    });
  }

  async resolve(
    viewer: Viewer,
    req: { objectionId: string; upheld: boolean; reason: string },
  ): Promise<Objection> {
    const reason = req.reason.normalize('NFC').trim();
    return this.db.transaction(async (tx) => {
      const objection = isId(req.objectionId)
        ? await tx
            .getRepository(Objection)
            .findOne({ where: { id: req.objectionId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!objection) throw notFound();
      const [entry]: Array<{ id: string; candidacy_id: string; version: number; path: string }> =
        await tx.query(
          `SELECT e.id, e.candidacy_id, c.version, u.path FROM decision_entry e
             JOIN decision d ON d.id = e.decision_id
             JOIN proposal p ON p.id = d.proposal_id
             JOIN org_unit u ON u.id = p.unit_id
             JOIN candidacy c ON c.id = e.candidacy_id
            WHERE e.id = $1 FOR UPDATE OF c`,
          [objection.entryId],
        );
      requireManager(viewer, entry.path);
      if (objection.state !== ObjectionState.OPEN) throw refuse('OBJECTION_RESOLVED');
      if (!reason) throw refuse('REASON_REQUIRED', {}, { field: 'reason' });

      const state = req.upheld ? ObjectionState.UPHELD : ObjectionState.DISMISSED;
      const resolved = {
        state,
        resolution: reason,
        resolvedBy: viewer.user.id,
        resolvedAt: new Date(),
      };
      if (req.upheld) {
        // The entry leaves the list; any other open objection to it is answered with it.
        await tx.query(
          `UPDATE decision_entry SET removed_at = now(), removed_reason = $2
            WHERE id = $1 AND removed_at IS NULL`,
          [entry.id, reason],
        );
        await tx
          .getRepository(Objection)
          .update({ entryId: entry.id, state: ObjectionState.OPEN }, resolved);
        await this.transitions.apply(tx, viewer, {
          candidacyId: entry.candidacy_id,
          version: entry.version,
          action: CandidacyAction.RETURN,
          reason,
          via: 'objection',
        });
      } else {
        await tx.getRepository(Objection).update({ id: objection.id }, resolved);
        await recordStep(tx, {
          candidacyIds: [entry.candidacy_id],
          actorId: viewer.user.id,
          action: 'DISMISS_OBJECTION',
          reason,
        });
      }
      return tx.getRepository(Objection).findOneByOrFail({ id: objection.id });
    });
  }
}
