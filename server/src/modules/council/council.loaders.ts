import type { DataSource } from 'typeorm';
import { byId, manyOf } from '../../infra/graphql/batch';
import { ReviewRound } from '../round/round.entity';
import { Council, CouncilMember } from './council.entity';

export const councilLoaders = (db: DataSource) => ({
  council: byId(db, Council),
  membersOfCouncil: manyOf(db, CouncilMember, 'councilId', { seat: 'ASC' }),
  roundsOfCouncil: manyOf(db, ReviewRound, 'councilId', { createdAt: 'ASC' }),
});
