import type { EntityManager } from 'typeorm';
import { decisionNumberText, DecisionState, ModelKind, vi } from '@vinh-danh/shared';
import type { DecisionDoc } from '../documents';
import { capacityLine } from './issuer-lines';

/**
 * A decision as its document prints it: the issuer's heading and signature block, the
 * campaign's legal bases, the proposal it answers, and its list. A signed decision lists what
 * was signed (in book-number order); a draft, what is on the list now.
 */
export const gatherDecision = async (
  tx: EntityManager,
  decisionId: string,
): Promise<DecisionDoc> => {
  const [d] = await tx.query(
    `SELECT d.state, d.title, d.number, d.signed_at, d.award_type, d.prize_amount,
            i.heading, i.party, i.symbol, i.place, i.signer_capacity, i.signer_title,
            i.signer_name, i.executors, i.recipients, c.legal_bases,
            k.name AS council_name, p.created_at AS proposed_at
       FROM decision d JOIN issuer i ON i.id = d.issuer_id
       JOIN campaign c ON c.id = d.campaign_id
       JOIN proposal p ON p.id = d.proposal_id
       JOIN review_round r ON r.id = p.round_id JOIN council k ON k.id = r.council_id
      WHERE d.id = $1`,
    [decisionId],
  );
  const signed = d.state !== DecisionState.DISCLOSING;
  const entries: Array<{
    kind: ModelKind;
    title: string;
    person_name: string | null;
    person_position: string | null;
    unit_name: string;
    achievement: string;
  }> = await tx.query(
    `SELECT m.kind, m.title, m.person_name, m.person_position, u.name AS unit_name, e.achievement
       FROM decision_entry e JOIN candidacy c ON c.id = e.candidacy_id
       JOIN model m ON m.id = c.model_id JOIN org_unit u ON u.id = m.unit_id
      WHERE e.decision_id = $1 AND ${signed ? 'e.book_number IS NOT NULL' : 'e.removed_at IS NULL'}
      ORDER BY coalesce(e.book_number, e.position)`,
    [decisionId],
  );
  return {
    heading: d.heading,
    party: d.party,
    symbol: d.symbol,
    numberText: signed ? decisionNumberText(d.number, d.symbol, d.party) : null,
    place: d.place,
    date: signed ? d.signed_at : null,
    summary: d.title,
    signerCapacityLine: capacityLine({
      heading: d.heading,
      party: d.party,
      signerTitle: d.signer_title,
    }),
    legalBases: d.legal_bases,
    proposal: { by: d.council_name, date: d.proposed_at },
    awardName: vi.awardTypes[d.award_type as keyof typeof vi.awardTypes],
    prize: d.prize_amount === null ? null : { amount: d.prize_amount },
    executors: d.executors,
    recipients: d.recipients,
    signature: { capacity: d.signer_capacity, title: d.signer_title, name: d.signer_name },
    collectives: entries
      .filter((e) => e.kind === ModelKind.COLLECTIVE)
      .map((e) => ({ name: e.title, achievement: e.achievement })),
    individuals: entries
      .filter((e) => e.kind === ModelKind.INDIVIDUAL)
      .map((e) => ({
        name: e.person_name ?? e.title,
        position: e.person_position,
        unitName: e.unit_name,
        achievement: e.achievement,
      })),
  };
};
