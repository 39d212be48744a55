import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { OrgUnit } from '../../modules/org/org-unit.entity';
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

export const createLoaders = (db: DataSource) => ({
  activeChildren: childrenLoader(db, false),
  allChildren: childrenLoader(db, true),
  unit: new DataLoader<string, OrgUnit | null>(async (ids) => {
    const rows = await db.getRepository(OrgUnit).findBy({ id: In([...ids]) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
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
