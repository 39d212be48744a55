import type { DataSource } from 'typeorm';
import { DecisionState, type ObjectionState } from '@vinh-danh/shared';
import { escapeLike } from '../../infra/db/search';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { deskScopes } from './commendation.policy';
import { Decision } from './decision.entity';
import { Issuer } from './issuer.entity';
import { Objection } from './objection.entity';
import { Proposal } from './proposal.entity';

/** The most a desk list shows: a year's decisions of one issuer fit many times over. */
const LIMIT = 500;

/**
 * A unit path filter for the viewer's desk: `$n` takes the LIKE patterns, null for everywhere.
 * A viewer with neither role sees nothing.
 */
const scopeOf = (viewer: Viewer): string[] | null => {
  const scopes = deskScopes(viewer);
  if (scopes.includes(null)) return null;
  return (scopes as string[]).map((p) => `${escapeLike(p)}%`);
};

/** What the commendation desk lists: proposals, decisions, objections, and the public lists. */
export class DeskQueries {
  constructor(
    private readonly db: DataSource,
    readonly today: () => string,
  ) {}

  /** Issuers that may commend a round's council (its unit's and those above), or all in scope. */
  async issuers(viewer: Viewer, roundId?: string | null): Promise<Issuer[]> {
    if (roundId) {
      if (!isId(roundId)) return [];
      return this.db.query(
        `SELECT i.id, i.unit_id AS "unitId", i.heading, i.symbol, i.party, i.place,
                i.signer_capacity AS "signerCapacity", i.signer_title AS "signerTitle",
                i.signer_name AS "signerName", i.award_types AS "awardTypes"
           FROM review_round r JOIN council k ON k.id = r.council_id
           JOIN org_unit cu ON cu.id = k.unit_id
           JOIN issuer i ON true JOIN org_unit iu ON iu.id = i.unit_id
          WHERE r.id = $1 AND cu.path LIKE iu.path || '%'
          ORDER BY iu.depth DESC, i.symbol`,
        [roundId],
      );
    }
    const scope = scopeOf(viewer);
    if (scope?.length === 0) return [];
    return this.db
      .getRepository(Issuer)
      .createQueryBuilder('i')
      .innerJoin('org_unit', 'u', 'u.id = i.unit_id')
      .where(scope ? 'u.path LIKE ANY(:scope)' : 'true', { scope })
      .orderBy('u.path')
      .getMany();
  }

  async proposals(viewer: Viewer, campaignId?: string | null): Promise<Proposal[]> {
    const scope = scopeOf(viewer);
    if (scope?.length === 0 || (campaignId && !isId(campaignId))) return [];
    return this.db
      .getRepository(Proposal)
      .createQueryBuilder('p')
      .innerJoin('org_unit', 'u', 'u.id = p.unit_id')
      .innerJoin('issuer', 'i', 'i.id = p.issuer_id')
      .innerJoin('org_unit', 'iu', 'iu.id = i.unit_id')
      .where(scope ? '(u.path LIKE ANY(:scope) OR iu.path LIKE ANY(:scope))' : 'true', { scope })
      .andWhere(campaignId ? 'p.campaign_id = :campaignId' : 'true', { campaignId })
      .orderBy('p.created_at', 'DESC')
      .limit(LIMIT)
      .getMany();
  }

  /** One decision of the viewer's desk, or null (unknown, or outside their scope). */
  async decision(viewer: Viewer, id: string): Promise<Decision | null> {
    if (!isId(id)) return null;
    const [found] = await this.decisions(viewer, null, id);
    return found ?? null;
  }

  async decisions(viewer: Viewer, state?: DecisionState | null, id?: string): Promise<Decision[]> {
    const scope = scopeOf(viewer);
    if (scope?.length === 0) return [];
    return this.db
      .getRepository(Decision)
      .createQueryBuilder('d')
      .innerJoin('proposal', 'p', 'p.id = d.proposal_id')
      .innerJoin('org_unit', 'u', 'u.id = p.unit_id')
      .innerJoin('issuer', 'i', 'i.id = d.issuer_id')
      .innerJoin('org_unit', 'iu', 'iu.id = i.unit_id')
      .where(scope ? '(u.path LIKE ANY(:scope) OR iu.path LIKE ANY(:scope))' : 'true', { scope })
      .andWhere(state ? 'd.state = :state' : 'true', { state })
      .andWhere(id ? 'd.id = :id' : 'true', { id })
      .orderBy('d.created_at', 'DESC')
      .limit(LIMIT)
      .getMany();
  }

  async objections(viewer: Viewer, state?: ObjectionState | null): Promise<Objection[]> {
    const scope = scopeOf(viewer);
    if (scope?.length === 0) return [];
    return this.db
      .getRepository(Objection)
      .createQueryBuilder('o')
      .innerJoin('decision_entry', 'e', 'e.id = o.decision_entry_id')
      .innerJoin('decision', 'd', 'd.id = e.decision_id')
      .innerJoin('proposal', 'p', 'p.id = d.proposal_id')
      .innerJoin('org_unit', 'u', 'u.id = p.unit_id')
      .where(scope ? 'u.path LIKE ANY(:scope)' : 'true', { scope })
      .andWhere(state ? 'o.state = :state' : 'true', { state })
      .orderBy('o.created_at', 'ASC')
      .limit(LIMIT)
      .getMany();
  }

  /** Public: the drafts whose disclosure runs today. */
  disclosures(): Promise<Decision[]> {
    const today = this.today();
    return this.db
      .getRepository(Decision)
      .createQueryBuilder('d')
      .where('d.state = :state', { state: DecisionState.DISCLOSING })
      .andWhere(':today BETWEEN d.disclosure_starts_on AND d.disclosure_ends_on', { today })
      .orderBy('d.disclosure_ends_on')
      .addOrderBy('d.created_at')
      .limit(LIMIT)
      .getMany();
  }
}
