import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import {
  OPENINGS,
  ROUND_TABLE,
  TRANSITIONS,
  validateRoundTable,
  validateTable,
} from '@vinh-danh/shared';
import type { Config } from './config';
import { openDatabase } from './infra/db/database';
import { EventBus } from './infra/events/bus';
import { jitQueries } from './infra/graphql/jit';
import { buildContext, type Context } from './modules/context';
import {
  createErrorFormatter,
  isConnectionLost,
  isUnexpected,
  lostConnectionStatus,
  serviceUnavailable,
} from './infra/graphql/errors';
import {
  apolloPlugins,
  checkSocketOperation,
  LIMITS,
  parseOptions,
  validationRules,
} from './infra/graphql/limits';
import { createSchema } from './infra/graphql/schema';
import { serveWeb } from './infra/http/static';
import type { Logger } from './infra/log';
import { seedDemo } from './modules/demo/seed';
import { seedCommendations } from './modules/demo/seed-commendation';
import { evidenceRoutes } from './modules/model/evidence.routes';
import { documentRoutes } from './modules/documents/documents.routes';
import { commendationRoutes } from './modules/commendation/commendation.routes';
import { certificateRoutes } from './modules/certificate/certificate.routes';
import { entities } from './modules/entities';
import { resolvers } from './modules/resolvers';
import { createServices } from './modules/services';

export { configWith, loadConfig, type Config } from './config';
export { createLogger } from './infra/log';
export { startEmbeddedPostgres } from './infra/db/embedded';

export interface RunningApp {
  url: string;
  port: number;
  db: DataSource;
  stop(): Promise<void>;
}

/**
 * Wires and starts the whole server: database (embedded unless DATABASE_URL), migrations, demo
 * data, GraphQL, health check and the built web app, all on one port.
 */
export const startApp = async (config: Config, log: Logger): Promise<RunningApp> => {
  const production = config.NODE_ENV === 'production';
  assertLifecycleSound();
  const database = await openDatabase(config, log, entities);
  const db = database.dataSource;
  const bus = new EventBus(database.url, log);
  let seeded = false;
  try {
    if (config.DEMO_SEED) seeded = await seedDemo(db, config.DEMO_PASSWORD, log);
    await bus.start();
  } catch (error) {
    await database.close(); // or an embedded PostgreSQL would outlive us
    throw error;
  }
  const services = createServices(db, config, bus);
  try {
    // Certificates are signed from the first decision on: the key exists before anyone signs.
    await services.certificates.keys.ensure(log);
    // The year's decisions are taken through the services, as their people would take them.
    if (seeded) await seedCommendations(services);
  } catch (error) {
    await bus.stop();
    await database.close();
    throw error;
  }
  const authenticate = async (authorization: string | undefined) => {
    const token = bearer(authorization);
    try {
      return { token, viewer: token ? await services.auth.resolve(token) : null };
    } catch (error) {
      throw isConnectionLost(error) ? serviceUnavailable() : error;
    }
  };

  const app = express();
  app.disable('x-powered-by');
  // No ETag on what handlers send: GraphQL answers are POSTed and never revalidated, and hashing
  // a long answer costs time. Static files keep theirs (serve-static sets its own).
  app.set('etag', false);
  // No answer of ours is meant to be read as another type than the one it says.
  app.use((_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  });
  const httpServer = http.createServer(app);
  const schema = await createSchema([...resolvers]);
  const formatError = createErrorFormatter(production);
  const wsServer = new WebSocketServer({
    server: httpServer,
    path: '/graphql',
    maxPayload: LIMITS.bytes,
  });
  // Over the socket as over HTTP: the same limits, the same error formatting.
  const wsCleanup = useServer<{ authorization?: string }, { request: http.IncomingMessage }>(
    {
      schema,
      onSubscribe: (_ctx, _id, payload) => {
        const checked = checkSocketOperation(schema, payload);
        if ('errors' in checked) return checked.errors;
        return {
          schema,
          document: checked.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatError(e.toJSON(), e)),
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatError(e.toJSON(), e)) }
          : undefined,
      context: async ({ connectionParams, extra }) => {
        const requestId = randomUUID();
        const { token, viewer } = await authenticate(connectionParams?.authorization);
        return buildContext(db, {
          requestId,
          log: log.child({ requestId }),
          services,
          viewer,
          token,
          ip: extra.request.socket.remoteAddress ?? 'unknown',
        });
      },
    },
    wsServer,
  );
  const apollo = new ApolloServer<Context>({
    gateway: jitQueries(schema),
    csrfPrevention: true,
    introspection: true,
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !production,
    formatError,
    parseOptions,
    // Compact JSON: Apollo indents by default, which costs time and bytes on long lists.
    stringifyResult: (value) => JSON.stringify(value),
    validationRules,
    plugins: [
      ...apolloPlugins,
      lostConnectionStatus,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
      ApolloServerPluginLandingPageDisabled(),
      // No HTTP caching of GraphQL here; its per-field hook costs time on long lists.
      ApolloServerPluginCacheControlDisabled(),
      {
        async requestDidStart() {
          return {
            async didEncounterErrors({ errors, contextValue }) {
              for (const err of errors.filter(isUnexpected)) {
                contextValue.log.error(
                  { err: err.originalError ?? err, path: err.path },
                  'unexpected error',
                );
              }
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_req, res) => {
    try {
      await db.query('SELECT 1');
      res.json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'unavailable', database: 'down' });
    }
  });

  // A browser opening /graphql gets the bundled GraphiQL of the web app (no CDN).
  app.get('/graphql', (req, res, next) => {
    if (req.accepts(['application/json', 'text/html']) === 'text/html' && !req.query.query) {
      res.redirect('/graphiql');
    } else next();
  });

  app.use(
    '/graphql',
    express.json({ limit: LIMITS.bytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const requestId = String(req.headers['x-request-id'] ?? randomUUID());
        res.setHeader('x-request-id', requestId);
        const { token, viewer } = await authenticate(req.headers.authorization);
        return buildContext(db, {
          requestId,
          log: log.child({ requestId }),
          services,
          viewer,
          token,
          ip: req.socket.remoteAddress ?? 'unknown',
        });
      },
    }),
  );

  const viewerOfRequest = async (req: express.Request) =>
    (await authenticate(req.headers.authorization)).viewer;
  app.use(evidenceRoutes(services, viewerOfRequest, log));
  app.use(documentRoutes(services, viewerOfRequest, log));
  app.use(commendationRoutes(services, viewerOfRequest, log));
  app.use(certificateRoutes(services, log));
  serveWeb(app, config.WEB_DIST, log);

  await new Promise<void>((resolve) => httpServer.listen(config.PORT, config.HOST, resolve));
  const address = httpServer.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://localhost:${port}`;
  log.info({ url, graphql: `${url}/graphql` }, 'Vinh Danh is listening');

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      httpServer.closeIdleConnections();
      await apollo.stop(); // drains HTTP and WebSockets first, through the plugins
      await bus.stop();
      await database.close();
      log.info('stopped');
    })());
  return { url, port, db, stop };
};

/** The lifecycles are data: refuse to run on a table with unreachable states or dead ends. */
const assertLifecycleSound = () => {
  const problems = [
    ...validateTable(TRANSITIONS, OPENINGS).map((p) => `candidacy: ${p}`),
    ...validateRoundTable(ROUND_TABLE).map((p) => `round: ${p}`),
  ];
  if (problems.length)
    throw new Error(`A lifecycle table is not sound:\n  ${problems.join('\n  ')}`);
};

const bearer = (header: string | undefined): string | null => {
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match ? match[1] : null;
};
