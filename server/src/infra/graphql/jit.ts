import type {
  GatewayExecutor,
  GatewayGraphQLRequestContext,
  GatewayInterface,
} from '@apollo/server-gateway-interface';
import {
  execute,
  getVariableValues,
  GraphQLError,
  printSchema,
  valueFromASTUntyped,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

interface Compiled {
  query: CompiledQuery;
  /** the operation's variable defaults, as a client would send them */
  defaults: Record<string, unknown>;
}

/**
 * Queries run on graphql-jit: each distinct query is compiled once into a function that resolves
 * and completes its fields directly, where graphql-js walks the document and builds a resolve
 * info for every field of every row. On the 500-line round ranking that took the GraphQL
 * overhead over the SQL from about 40% to about 30% (`pnpm bench:ranking`, benchmarks/README).
 *
 * Apollo still parses, validates (graphql-armor's rules included), runs the plugins and formats
 * errors; only execution is handed over, through the gateway interface, which is the seam Apollo
 * Server 5 offers for that. Mutations stay on graphql-js: they are short, and graphql-jit passes
 * a variable left out of an input object as null where graphql-js leaves the field out
 * (zalando-incubator/graphql-jit#91), which an update would read as "clear it". A query's filter
 * gets the same null, which filters read as "no filter" (the one such input today is `models`'
 * filter). Subscriptions stay on graphql-js through graphql-ws.
 */
export const jitQueries = (schema: GraphQLSchema): GatewayInterface => {
  // Documents come from clients: the cache is bounded.
  const cache = new LRUCache<string, Compiled>({ max: 1000 });

  const compiled = (request: GatewayGraphQLRequestContext): Compiled | ExecutionResult => {
    const key = `${request.queryHash}:${request.operationName ?? ''}`;
    const hit = cache.get(key);
    if (hit) return hit;
    const query = compileQuery(schema, request.document, request.operationName ?? undefined);
    if (!isCompiledQuery(query)) return query;
    const entry = { query, defaults: defaultsOf(request) };
    cache.set(key, entry);
    return entry;
  };

  const executor: GatewayExecutor = async (request) => {
    // No operation (several and no name, or an unknown name): graphql-js words the refusal, and
    // Apollo answers it with 400.
    if (request.operation?.operation !== 'query') {
      return execute({
        schema,
        document: request.document,
        operationName: request.operationName,
        variableValues: request.request.variables,
        contextValue: request.context,
      });
    }
    // Bad variables are refused by graphql-js, in its words and with their locations (graphql-jit
    // words some differently, and names the wrong variable inside an input object).
    const { errors } = getVariableValues(
      schema,
      request.operation.variableDefinitions ?? [],
      request.request.variables ?? {},
    );
    if (errors) return { errors };
    const entry = compiled(request);
    if (!('query' in entry)) return entry;
    // graphql-jit refuses a non-null variable with a default when it is left out; graphql-js
    // (and the spec) use the default.
    const variables = { ...entry.defaults, ...request.request.variables };
    const result = await entry.query.query(undefined, request.context, variables);
    // Its errors have a read-only message, which plugins rewrite: give Apollo graphql-js errors.
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    load: () => Promise.resolve({ schema, executor }),
    onSchemaLoadOrUpdate: (callback) => {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
};

const defaultsOf = (request: GatewayGraphQLRequestContext): Record<string, unknown> =>
  Object.fromEntries(
    (request.operation.variableDefinitions ?? [])
      .filter((d) => d.defaultValue)
      .map((d) => [d.variable.name.value, valueFromASTUntyped(d.defaultValue!)]),
  );

/**
 * graphql-jit's own errors on a field (null in a non-null field, a value its scalar cannot
 * serialise) carry no original error; graphql-js gives them one, which is what marks them as
 * bugs to log and hide rather than refusals of the request.
 */
const asGraphQLError = (e: GraphQLError) =>
  new GraphQLError(e.message, {
    path: e.path,
    originalError: e.originalError ?? (e.path ? new Error(e.message) : undefined),
    extensions: e.extensions,
  });
