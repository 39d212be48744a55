import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { byId } from '../../infra/graphql/batch';
import { RoleGrant } from './role-grant.entity';
import { User } from './user.entity';

export const userLoaders = (db: DataSource) => ({
  user: byId(db, User),
  grantsOfUser: new DataLoader<string, RoleGrant[]>(async (ids) => {
    const rows = await db
      .getRepository(RoleGrant)
      .find({ where: { userId: In([...ids]) }, order: { createdAt: 'ASC' } });
    return ids.map((id) => rows.filter((r) => r.userId === id));
  }),
});
