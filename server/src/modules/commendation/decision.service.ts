import type { DataSource, EntityManager } from 'typeorm';
import {
  CandidacyAction,
  CandidacyState,
  DecisionState,
  interpolate,
  ObjectionState,
  vi,
} from '@vinh-danh/shared';
import { conflict, notFound, refuse } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { recordStep } from '../audit/audit';
import type { Viewer } from '../auth/viewer';
import type { TransitionService } from '../candidacy/transition.service';
import { Campaign } from '../campaign/campaign.entity';
import { disclosureEnd, dmy } from './calendar';
import { requireManager, requireSigner } from './commendation.policy';
import { Decision, DecisionEntry } from './decision.entity';
import { Proposal } from './proposal.entity';

/** Signing issues the certificates in the same transaction (the certificate module). */
export interface CertificateIssuer {
  issue(tx: EntityManager, decisionId: string): Promise<void>;
}

export interface Versioned {
  decisionId: string;
  version: number;
}

interface Locked {
  decision: Decision;
  issuerPath: string;
  symbol: string;
}

/**
 * A decision's life: drafted from a proposal and published for objections; signed once the
 * disclosure has run, which numbers it and commends its entries; annulled, wholly or for one
 * entry, which marks and never deletes. Each step is one transaction, on the version the caller
 * saw; every candidacy it moves goes through the one transition path.
 */
export class DecisionService {
  constructor(
    private readonly db: DataSource,
    private readonly transitions: TransitionService,
    private readonly certificates: CertificateIssuer,
    private readonly today: () => string,
  ) {}

  async draft(viewer: Viewer, proposalId: string, title?: string | null): Promise<Decision> {
    return this.db.transaction(async (tx) => {
      const proposal = isId(proposalId)
        ? await tx
            .getRepository(Proposal)
            .findOne({ where: { id: proposalId }, lock: { mode: 'pessimistic_write' } })
        : null;
      if (!proposal) throw notFound();
      const [{ path }] = await tx.query('SELECT path FROM org_unit WHERE id = $1', [
        proposal.unitId,
      ]);
      requireManager(viewer, path);
      // What of the proposal still waits: proposed, and on no live list.
      const pending: Array<{ candidacy_id: string; achievement: string }> = await tx.query(
        `SELECT p.candidacy_id, p.achievement FROM proposal_entry p
           JOIN candidacy c ON c.id = p.candidacy_id AND c.state = $2
          WHERE p.proposal_id = $1
            AND NOT EXISTS (SELECT 1 FROM decision_entry d
                             WHERE d.candidacy_id = p.candidacy_id AND d.removed_at IS NULL)
          ORDER BY p.position`,
        [proposal.id, CandidacyState.PROPOSED],
      );
      if (pending.length === 0) throw refuse('NOTHING_TO_DECIDE');

      const campaign = await tx
        .getRepository(Campaign)
        .findOneByOrFail({ id: proposal.campaignId });
      const today = this.today();
      const decision = await tx.getRepository(Decision).save({
        issuerId: proposal.issuerId,
        proposalId: proposal.id,
        campaignId: campaign.id,
        awardType: proposal.awardType,
        title:
          title?.normalize('NFC').trim() ||
          interpolate(vi.commendation.decisionTitle, {
            award: vi.awardTypes[proposal.awardType],
            campaign: campaign.name,
          }),
        state: DecisionState.DISCLOSING,
        disclosureStartsOn: today,
        disclosureEndsOn: await disclosureEnd(tx, today, campaign.disclosureDays),
        prizeAmount: await this.prize(tx, proposal.awardType, today),
        version: 1,
        createdBy: viewer.user.id,
      });
      await tx.getRepository(DecisionEntry).insert(
        pending.map((p, i) => ({
          decisionId: decision.id,
          candidacyId: p.candidacy_id,
          position: i + 1,
          achievement: p.achievement,
        })),
      );
      await recordStep(tx, {
        candidacyIds: pending.map((p) => p.candidacy_id),
        actorId: viewer.user.id,
        action: 'DISCLOSE',
      });
      return decision;
    });
  }

  /** Signs each in turn, in one transaction: a bulk signing is all or nothing. */
  async signMany(viewer: Viewer, requests: Versioned[]): Promise<Decision[]> {
    if (requests.length === 0) return [];
    return this.db.transaction(async (tx) => {
      const signed: Decision[] = [];
      for (const r of requests) signed.push(await this.signIn(tx, viewer, r));
      return signed;
    });
  }

  sign(viewer: Viewer, req: Versioned): Promise<Decision> {
    return this.db.transaction((tx) => this.signIn(tx, viewer, req));
  }

  /**
   * The number comes from a counter row per issuer, symbol and year, bumped inside this
   * transaction: concurrent signings queue on that row, and a signing that fails rolls its
   * number back with it, so numbers run 01, 02, … with no gap (a sequence would leave gaps).
   */
  private async signIn(tx: EntityManager, viewer: Viewer, req: Versioned): Promise<Decision> {
    const { decision, issuerPath, symbol } = await this.lock(tx, req);
    requireSigner(viewer, issuerPath);
    if (decision.state !== DecisionState.DISCLOSING) throw refuse('DECISION_NOT_DRAFT');
    const today = this.today();
    if (decision.disclosureEndsOn >= today)
      throw refuse('DISCLOSURE_NOT_ENDED', { date: dmy(decision.disclosureEndsOn) });

    // An open objection holds its entry out: it leaves this list, still proposed, for a later one.
    await tx.query(
      `UPDATE decision_entry d SET removed_at = now(), removed_reason = $2
        WHERE d.decision_id = $1 AND d.removed_at IS NULL
          AND EXISTS (SELECT 1 FROM objection o WHERE o.decision_entry_id = d.id AND o.state = $3)`,
      [decision.id, vi.commendation.heldOut, ObjectionState.OPEN],
    );
    const listed: Array<{ id: string; candidacy_id: string; version: number }> = await tx.query(
      `SELECT d.id, d.candidacy_id, c.version FROM decision_entry d
         JOIN candidacy c ON c.id = d.candidacy_id
        WHERE d.decision_id = $1 AND d.removed_at IS NULL
        ORDER BY d.position FOR UPDATE OF c`,
      [decision.id],
    );
    if (listed.length === 0) throw refuse('NOTHING_TO_SIGN');

    const year = Number(today.slice(0, 4));
    const [{ last }] = await tx.query(
      `INSERT INTO decision_counter (issuer_id, symbol, year, last) VALUES ($1, $2, $3, 1)
       ON CONFLICT (issuer_id, symbol, year) DO UPDATE SET last = decision_counter.last + 1
       RETURNING last`,
      [decision.issuerId, symbol, year],
    );
    for (const [i, entry] of listed.entries()) {
      await tx.query('UPDATE decision_entry SET book_number = $2 WHERE id = $1', [entry.id, i + 1]);
      await this.transitions.apply(tx, viewer, {
        candidacyId: entry.candidacy_id,
        version: entry.version,
        action: CandidacyAction.COMMEND,
        via: 'decision',
      });
    }
    await tx.getRepository(Decision).update(
      { id: decision.id },
      {
        state: DecisionState.SIGNED,
        year,
        number: last,
        signedAt: new Date(),
        signedBy: viewer.user.id,
        version: decision.version + 1,
      },
    );
    await this.certificates.issue(tx, decision.id);
    return tx.getRepository(Decision).findOneByOrFail({ id: decision.id });
  }

  /** Annuls the whole decision, or one entry of it; the candidacies become ANNULLED. */
  async annul(
    viewer: Viewer,
    req: Versioned & { entryId?: string | null; reason: string },
  ): Promise<Decision> {
    const reason = req.reason.normalize('NFC').trim();
    return this.db.transaction(async (tx) => {
      const { decision, issuerPath } = await this.lock(tx, req);
      requireSigner(viewer, issuerPath);
      if (decision.state === DecisionState.ANNULLED) throw refuse('ALREADY_ANNULLED');
      if (decision.state !== DecisionState.SIGNED) throw refuse('DECISION_NOT_SIGNED');
      if (!reason) throw refuse('REASON_REQUIRED', {}, { field: 'reason' });
      if (req.entryId != null && !isId(req.entryId)) throw notFound();

      const entries: Array<{ id: string; candidacy_id: string; version: number }> = await tx.query(
        `SELECT d.id, d.candidacy_id, c.version FROM decision_entry d
           JOIN candidacy c ON c.id = d.candidacy_id
          WHERE d.decision_id = $1 AND d.book_number IS NOT NULL AND d.annulled_at IS NULL
            AND ($2::uuid IS NULL OR d.id = $2::uuid)
          ORDER BY d.position FOR UPDATE OF c`,
        [decision.id, req.entryId ?? null],
      );
      if (req.entryId && entries.length === 0) {
        const [known] = await tx.query(
          'SELECT 1 FROM decision_entry WHERE id = $1 AND decision_id = $2 AND book_number IS NOT NULL',
          [req.entryId, decision.id],
        );
        throw known ? refuse('ALREADY_ANNULLED') : notFound();
      }
      await tx.query(
        `UPDATE decision_entry SET annulled_at = now(), annul_reason = $2 WHERE id = ANY($1::uuid[])`,
        [entries.map((e) => e.id), reason],
      );
      for (const e of entries) {
        await this.transitions.apply(tx, viewer, {
          candidacyId: e.candidacy_id,
          version: e.version,
          action: CandidacyAction.ANNUL,
          reason,
          via: 'decision',
        });
      }
      // The decision itself is annulled when asked, or when its last entry goes.
      const [{ left }] = await tx.query(
        `SELECT count(*)::int AS left FROM decision_entry
          WHERE decision_id = $1 AND book_number IS NOT NULL AND annulled_at IS NULL`,
        [decision.id],
      );
      const whole = !req.entryId || left === 0;
      await tx.getRepository(Decision).update(
        { id: decision.id },
        {
          version: decision.version + 1,
          ...(whole
            ? {
                state: DecisionState.ANNULLED,
                annulledAt: new Date(),
                annulledBy: viewer.user.id,
                annulReason: reason,
              }
            : {}),
        },
      );
      return tx.getRepository(Decision).findOneByOrFail({ id: decision.id });
    });
  }

  private async lock(tx: EntityManager, req: Versioned): Promise<Locked> {
    const decision = isId(req.decisionId)
      ? await tx
          .getRepository(Decision)
          .findOne({ where: { id: req.decisionId }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!decision) throw notFound();
    if (decision.version !== req.version) throw conflict();
    const [issuer]: Array<{ path: string; symbol: string }> = await tx.query(
      `SELECT u.path, i.symbol FROM issuer i JOIN org_unit u ON u.id = i.unit_id WHERE i.id = $1`,
      [decision.issuerId],
    );
    return { decision, issuerPath: issuer.path, symbol: issuer.symbol };
  }

  /** The prize in force today: a multiple of the base salary, both dated rows. */
  private async prize(tx: EntityManager, awardType: string, today: string) {
    const [rate]: Array<{ amount: number }> = await tx.query(
      `SELECT round(multiple * base_salary / 1000) * 1000 AS amount FROM prize_rate
        WHERE award_type = $1 AND valid_from <= $2 ORDER BY valid_from DESC LIMIT 1`,
      [awardType, today],
    );
    return rate ? Number(rate.amount) : null;
  }
}
