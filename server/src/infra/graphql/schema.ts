import { buildSchema, type BuildSchemaOptions, type PubSub } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { authChecker } from './auth-checker';
import { withCheckedIds } from './ids';

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
export const createSchema = async (
  resolvers: BuildSchemaOptions['resolvers'],
): Promise<GraphQLSchema> =>
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
