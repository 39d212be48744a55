import DataLoader from 'dataloader';
import { In, IsNull, type DataSource } from 'typeorm';
import { AuditEvent } from '../../modules/audit/audit-event.entity';
import { Council, CouncilMember } from '../../modules/council/council.entity';
import { loadRoundAccess, type RoundAccess } from '../../modules/round/round-access';
import { promotionTarget, type PromotionTarget } from '../../modules/round/promotion';
import { ReviewRound, RoundEntry } from '../../modules/round/round.entity';
import { CampaignPhase } from '../../modules/campaign/campaign-phase.entity';
import { Campaign } from '../../modules/campaign/campaign.entity';
import { Candidacy } from '../../modules/candidacy/candidacy.entity';
import { EvidenceFile } from '../../modules/model/evidence.entity';
import { Indicator } from '../../modules/model/indicator.entity';
import { Model } from '../../modules/model/model.entity';
import { OrgUnit } from '../../modules/org/org-unit.entity';
import { User } from '../../modules/user/user.entity';
import { isId } from './ids';
import { RoleGrant } from '../../modules/user/role-grant.entity';

/** Per-request batching, so a list costs a fixed number of queries however long it is. */
const childrenLoader = (db: DataSource, includeArchived: boolean) =>
  new DataLoader<string, OrgUnit[]>(async (ids) => {
    const q = db
      .getRepository(OrgUnit)
      .createQueryBuilder('u')
      .where('u.parent_id IN (:...ids)', { ids: [...ids] })
      .orderBy('u.search_name')
      .addOrderBy('u.id');
    if (!includeArchived) q.andWhere('u.archived_at IS NULL');
    const rows = await q.getMany();
    return ids.map((id) => rows.filter((r) => r.parentId === id));
  });

/** Loads rows by id, in the order asked, null for a missing one. */
const byId = <T extends { id: string }>(db: DataSource, entity: new () => T) =>
  new DataLoader<string, T | null>(async (ids) => {
    const rows = await db.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  });

/** Loads the rows belonging to each parent id, in the given order. */
const manyOf = <T extends object>(
  db: DataSource,
  entity: new () => T,
  key: keyof T & string,
  order: Record<string, 'ASC' | 'DESC'>,
) =>
  new DataLoader<string, T[]>(async (ids) => {
    const rows: T[] = await db
      .getRepository(entity)
      .find({ where: { [key]: In([...ids]) } as never, order: order as never });
    return ids.map((id) => rows.filter((r) => r[key] === (id as unknown)));
  });

/**
 * Rows of a SQL query (taking the keys as `$1`, an array) grouped under the value of `key`:
 * one query for a whole list's worth of keys.
 */
export const groupedBy = <Row extends Record<string, unknown>>(
  db: DataSource,
  sql: string,
  key: keyof Row & string,
) =>
  new DataLoader<string, Row[]>(async (keys) => {
    const rows: Row[] = await db.query(sql, [[...keys]]);
    return keys.map((k) => rows.filter((r) => r[key] === k));
  });

export const createLoaders = (db: DataSource) => ({
  /** a round with its council, campaign, unit path and the viewer's seat; key `roundId|userId` */
  roundAccess: new DataLoader<string, RoundAccess | null>(
    (keys) =>
      Promise.all(
        keys.map((key) => {
          const [roundId, userId] = key.split('|');
          return loadRoundAccess(db.manager, userId, roundId);
        }),
      ),
    { batch: false },
  ),
  round: new DataLoader<string, ReviewRound | null>(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length ? await db.getRepository(ReviewRound).findBy({ id: In(valid) }) : [];
    return ids.map((id) => rows.find((r) => r.id === id) ?? null);
  }),
  council: byId(db, Council),
  /** where a council's entries go up to and its quota used; key `councilId|unitPath` */
  promotionTarget: new DataLoader<string, PromotionTarget>(
    (keys) =>
      Promise.all(
        keys.map(async (key) => {
          const [councilId, unitPath] = key.split('|');
          const council = await db.getRepository(Council).findOneByOrFail({ id: councilId });
          return promotionTarget(db.manager, council, unitPath);
        }),
      ),
    { batch: false },
  ),
  membersOfCouncil: manyOf(db, CouncilMember, 'councilId', { seat: 'ASC' }),
  roundsOfCouncil: manyOf(db, ReviewRound, 'councilId', { createdAt: 'ASC' }),
  entriesOfRound: new DataLoader<string, RoundEntry[]>(async (ids) => {
    const rows = await db.getRepository(RoundEntry).find({
      where: { roundId: In([...ids]), removedAt: IsNull() },
      order: { intakeOrder: 'ASC' },
    });
    return ids.map((id) => rows.filter((r) => r.roundId === id));
  }),
  assignmentsOfEntry: groupedBy<{ entry_id: string; member_id: string }>(
    db,
    'SELECT entry_id, member_id FROM assignment WHERE entry_id = ANY($1::uuid[])',
    'entry_id',
  ),
  conflictsOfEntry: groupedBy<{
    entry_id: string;
    member_id: string;
    kind: string;
    reason: string;
  }>(
    db,
    'SELECT entry_id, member_id, kind, reason FROM conflict_of_interest WHERE entry_id = ANY($1::uuid[])',
    'entry_id',
  ),
  /** complete sheets per entry: members who scored every criterion of the campaign's rubric */
  sheetsOfEntry: groupedBy<{ entry_id: string; done: number }>(
    db,
    `SELECT entry_id, count(*)::int AS done FROM (
       SELECT s.entry_id, s.member_id FROM score s
         JOIN round_entry e ON e.id = s.entry_id JOIN review_round r ON r.id = e.round_id
         JOIN council k ON k.id = r.council_id JOIN campaign c ON c.id = k.campaign_id
        WHERE s.entry_id = ANY($1::uuid[])
        GROUP BY s.entry_id, s.member_id, c.rubric
       HAVING count(*) = jsonb_array_length(c.rubric -> 'criteria')) sheets
     GROUP BY entry_id`,
    'entry_id',
  ),
  ballotsOfEntry: groupedBy<{ entry_id: string; n: number }>(
    db,
    'SELECT entry_id, count(*)::int AS n FROM ballot_cast WHERE entry_id = ANY($1::uuid[]) GROUP BY entry_id',
    'entry_id',
  ),
  campaign: byId(db, Campaign),
  model: byId(db, Model),
  candidacy: new DataLoader<string, Candidacy | null>(async (ids) => {
    const valid = ids.filter(isId);
    const rows = valid.length ? await db.getRepository(Candidacy).findBy({ id: In(valid) }) : [];
    const found = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => found.get(id) ?? null);
  }),
  user: byId(db, User),
  phasesOfCampaign: manyOf(db, CampaignPhase, 'campaignId', { opensOn: 'ASC' }),
  indicatorsOfModel: manyOf(db, Indicator, 'modelId', { position: 'ASC' }),
  evidenceOfModel: manyOf(db, EvidenceFile, 'modelId', { createdAt: 'ASC' }),
  auditOfCandidacy: manyOf(db, AuditEvent, 'candidacyId', { id: 'ASC' }),
  ownCandidacyOfModel: new DataLoader<string, Candidacy | null>(async (ids) => {
    const rows: Candidacy[] = await db
      .getRepository(Candidacy)
      .createQueryBuilder('c')
      .innerJoin(Model, 'm', 'm.id = c.model_id AND m.unit_id = c.unit_id')
      .where('c.model_id IN (:...ids)', { ids: [...ids] })
      .getMany();
    return ids.map((id) => rows.find((r) => r.modelId === id) ?? null);
  }),
  activeChildren: childrenLoader(db, false),
  allChildren: childrenLoader(db, true),
  unit: byId(db, OrgUnit),
  activeChildCount: new DataLoader<string, number>(async (ids) => {
    const rows: Array<{ parent_id: string; n: number }> = await db.query(
      `SELECT parent_id, count(*)::int AS n FROM org_unit
        WHERE parent_id = ANY($1) AND archived_at IS NULL GROUP BY parent_id`,
      [[...ids]],
    );
    const byId = new Map(rows.map((r) => [r.parent_id, r.n]));
    return ids.map((id) => byId.get(id) ?? 0);
  }),
  grantsOfUser: new DataLoader<string, RoleGrant[]>(async (ids) => {
    const rows = await db
      .getRepository(RoleGrant)
      .find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.userId === id));
  }),
});

export type Loaders = ReturnType<typeof createLoaders>;
