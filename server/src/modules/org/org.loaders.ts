import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId } from '../../infra/graphql/batch';
import { OrgUnit } from './org-unit.entity';

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

export const orgLoaders = (db: DataSource) => ({
  unit: byId(db, OrgUnit),
  activeChildren: childrenLoader(db, false),
  allChildren: childrenLoader(db, true),
  activeChildCount: new DataLoader<string, number>(async (ids) => {
    const rows: Array<{ parent_id: string; n: number }> = await db.query(
      `SELECT parent_id, count(*)::int AS n FROM org_unit
        WHERE parent_id = ANY($1) AND archived_at IS NULL GROUP BY parent_id`,
      [[...ids]],
    );
    const counts = new Map(rows.map((r) => [r.parent_id, r.n]));
    return ids.map((id) => counts.get(id) ?? 0);
  }),
});
