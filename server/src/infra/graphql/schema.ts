import { buildSchema, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { OrgResolver } from '../../modules/org/org.resolver';
import { RoleGrantResolver, UserResolver } from '../../modules/user/user.resolver';
import { CampaignPhaseResolver, CampaignResolver } from '../../modules/campaign/campaign.resolver';
import { AuditEventResolver, CandidacyResolver } from '../../modules/candidacy/candidacy.resolver';
import { CouncilMemberResolver, CouncilResolver } from '../../modules/council/council.resolver';
import {
  CouncilWorkResolver,
  RoundWorkResolver,
} from '../../modules/council/council-work.resolver';
import { ModelResolver } from '../../modules/model/model.resolver';
import {
  RankingRowResolver,
  RoundEntryResolver,
  RoundResolver,
} from '../../modules/round/round.resolver';
import {
  EntryPromotionResolver,
  RoundPromotionResolver,
} from '../../modules/round/promotion.resolver';
import { NotificationResolver } from '../../modules/notification/notification.resolver';
import { AttendanceResolver } from '../../modules/round/attendance.resolver';
import { authChecker } from './auth-checker';
import { withCheckedIds } from './ids';

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
  CouncilWorkResolver,
  RoundWorkResolver,
  RoundResolver,
  RoundEntryResolver,
  RankingRowResolver,
  RoundPromotionResolver,
  EntryPromotionResolver,
  AttendanceResolver,
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

/*
 * Every object type is declared with `simpleResolvers: true`: its plain fields are read straight
 * off the object. Otherwise type-graphql wraps each one in a middleware chain that returns a
 * promise, which on a 500-line ranking is thousands of promises per request. No plain field
 * carries @Authorized or a middleware; checks live on queries, mutations and field resolvers.
 */
export const createSchema = async (): Promise<GraphQLSchema> =>
  withCheckedIds(
    await buildSchema({
      resolvers,
      authChecker,
      authMode: 'error',
      pubSub: topicsUnused,
      validate: { forbidUnknownValues: false },
      emitSchemaFile: false,
    }),
  );
