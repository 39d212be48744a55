import { buildSchema, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { OrgResolver } from '../../modules/org/org.resolver';
import { RoleGrantResolver, UserResolver } from '../../modules/user/user.resolver';
import { CampaignPhaseResolver, CampaignResolver } from '../../modules/campaign/campaign.resolver';
import { AuditEventResolver, CandidacyResolver } from '../../modules/candidacy/candidacy.resolver';
import { CouncilMemberResolver, CouncilResolver } from '../../modules/council/council.resolver';
import { ModelResolver } from '../../modules/model/model.resolver';
import { RoundEntryResolver, RoundResolver } from '../../modules/round/round.resolver';
import { NotificationResolver } from '../../modules/notification/notification.resolver';
import { authChecker } from './auth-checker';

export const resolvers = [
  AuthResolver,
  OrgResolver,
  UserResolver,
  RoleGrantResolver,
  CampaignResolver,
  CampaignPhaseResolver,
  ModelResolver,
  CandidacyResolver,
  AuditEventResolver,
  NotificationResolver,
  CouncilResolver,
  CouncilMemberResolver,
  RoundResolver,
  RoundEntryResolver,
] as const;

/**
 * Every subscription here names its own `subscribe`, reading the EventBus (LISTEN/NOTIFY), so
 * type-graphql's topic pub/sub is never used; it only insists that one exists.
 */
const topicsUnused: PubSub = {
  publish: () => {
    throw new Error('publish through EventBus.publish inside the transaction instead');
  },
  subscribe: () => {
    throw new Error('subscriptions name their own subscribe function');
  },
};

export const createSchema = (): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    pubSub: topicsUnused,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
