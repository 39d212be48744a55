import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { byId, manyOf } from '../../infra/graphql/batch';
import { Candidacy } from '../candidacy/candidacy.entity';
import { EvidenceFile } from './evidence.entity';
import { Indicator } from './indicator.entity';
import { Model } from './model.entity';

export const modelLoaders = (db: DataSource) => ({
  model: byId(db, Model),
  indicatorsOfModel: manyOf(db, Indicator, 'modelId', { position: 'ASC' }),
  evidenceOfModel: manyOf(db, EvidenceFile, 'modelId', { createdAt: 'ASC' }),
  /** the candidacy at the model's own unit, not those of the levels above */
  ownCandidacyOfModel: new DataLoader<string, Candidacy | null>(async (ids) => {
    const rows: Candidacy[] = await db
      .getRepository(Candidacy)
      .createQueryBuilder('c')
      .innerJoin(Model, 'm', 'm.id = c.model_id AND m.unit_id = c.unit_id')
      .where('c.model_id IN (:...ids)', { ids: [...ids] })
      .getMany();
    return ids.map((id) => rows.find((r) => r.modelId === id) ?? null);
  }),
});
