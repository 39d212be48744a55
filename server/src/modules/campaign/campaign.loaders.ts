import type { DataSource } from 'typeorm';
import { byId, manyOf } from '../../infra/graphql/batch';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';

export const campaignLoaders = (db: DataSource) => ({
  campaign: byId(db, Campaign),
  phasesOfCampaign: manyOf(db, CampaignPhase, 'campaignId', { opensOn: 'ASC' }),
});
