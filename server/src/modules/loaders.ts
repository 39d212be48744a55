import type { DataSource } from 'typeorm';
import { campaignLoaders } from './campaign/campaign.loaders';
import { candidacyLoaders } from './candidacy/candidacy.loaders';
import { certificateLoaders } from './certificate/certificate.loaders';
import { commendationLoaders } from './commendation/commendation.loaders';
import { councilLoaders } from './council/council.loaders';
import { modelLoaders } from './model/model.loaders';
import { orgLoaders } from './org/org.loaders';
import { reviewLoaders } from './review/review.loaders';
import { roundLoaders } from './round/round.loaders';
import { userLoaders } from './user/user.loaders';

/** Every feature's loaders, fresh for each request (and each live event). */
export const createLoaders = (db: DataSource) => ({
  ...orgLoaders(db),
  ...userLoaders(db),
  ...campaignLoaders(db),
  ...modelLoaders(db),
  ...candidacyLoaders(db),
  ...councilLoaders(db),
  ...roundLoaders(db),
  ...reviewLoaders(db),
  ...certificateLoaders(db),
  ...commendationLoaders(db),
});

export type Loaders = ReturnType<typeof createLoaders>;
