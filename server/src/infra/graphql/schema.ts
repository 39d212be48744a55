import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuthResolver } from '../../modules/auth/auth.resolver';
import { OrgResolver } from '../../modules/org/org.resolver';
import { RoleGrantResolver, UserResolver } from '../../modules/user/user.resolver';
import { authChecker } from './auth-checker';

export const resolvers = [AuthResolver, OrgResolver, UserResolver, RoleGrantResolver] as const;

export const createSchema = (): Promise<GraphQLSchema> =>
  buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
