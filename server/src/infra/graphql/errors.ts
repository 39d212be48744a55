import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  ErrorCode,
  interpolate,
  REFUSALS,
  type ParamsOf,
  type Refusal,
  type RefusalParams,
} from '@vinh-danh/shared';
import { en } from '@vinh-danh/shared/i18n/en';
import { InvalidIdError } from './ids';

/**
 * An expected refusal: it reaches the client with its class (`extensions.code`), its key in the
 * shared list of refusals (`extensions.refusal`) and what the message names (`extensions.params`),
 * which the web words in the reader's language. The message itself is the English wording, for
 * logs and API users. Anything else that escapes a resolver is a bug, logged and reported as
 * INTERNAL_SERVER_ERROR.
 */
export class AppError extends GraphQLError {
  constructor(refusal: Refusal, params: RefusalParams = {}, details?: Record<string, unknown>) {
    super(interpolate(en.errors[refusal], params), {
      extensions: {
        code: REFUSALS[refusal].code,
        refusal,
        ...(Object.keys(params).length ? { params } : {}),
        ...details,
      },
    });
  }
}

type Args<K extends Refusal> = keyof ParamsOf<K> extends never
  ? [params?: Record<string, never>, details?: Record<string, unknown>]
  : [params: ParamsOf<K>, details?: Record<string, unknown>];

/** Refuses with one of the shared refusals, naming what its message needs. */
export const refuse = <K extends Refusal>(refusal: K, ...[params, details]: Args<K>): AppError =>
  new AppError(refusal, params, details);

/**
 * The database dropped or refused the connection (a failover, a restart, an administrator):
 * PostgreSQL's connection-exception and shutdown codes, or node-postgres finding its socket
 * closed, and TypeORM's refusal to go on with the query runner it released when that happened
 * (in this code a runner is never used after its release otherwise). What ran on it was rolled back, or committed just before the answer was lost; either
 * way the same request, sent again with the version the client saw, is safe.
 */
const LOST_CODES = new Set([
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
]);
const LOST_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
const LOST_MESSAGE =
  /Connection terminated|terminating connection|ECONNREFUSED|ECONNRESET|timeout exceeded when trying to connect|Client has encountered a connection error/;

export const isConnectionLost = (error: unknown): boolean => {
  const seen = new Set<unknown>();
  for (let e = error; e instanceof Error && !seen.has(e);) {
    seen.add(e);
    const { code } = e as { code?: unknown };
    if (typeof code === 'string' && LOST_CODES.has(code)) return true;
    if (LOST_ERRORS.has(e.name) || LOST_MESSAGE.test(e.message)) return true;
    const inner = e as { originalError?: unknown; driverError?: unknown; cause?: unknown };
    e = inner.originalError ?? inner.driverError ?? inner.cause;
  }
  return false;
};

/** The answer to a lost connection: 503, and a flag that says sending it again is safe. */
export const serviceUnavailable = (): AppError =>
  refuse('SERVICE_UNAVAILABLE', {}, { retryable: true, http: { status: 503 } });

/** A refusal of the request itself, before anything ran: answered over HTTP with 400. */
export const refuseRequest = (refusal: 'CONTROL_CHARACTERS' | 'SUBSCRIPTIONS_ONLY'): AppError =>
  refuse(refusal, {}, { http: { status: 400 } });

export const unauthenticated = () => refuse('UNAUTHENTICATED');
export const forbidden = (refusal: Refusal = 'FORBIDDEN') => new AppError(refusal);
export const notFound = () => refuse('NOT_FOUND');
export const conflict = () => refuse('CONFLICT');

/** Codes that graphql-js, Apollo or type-graphql produce on their own for bad requests. */
const REQUEST_ERRORS: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

const originalOf = (error: unknown) =>
  error instanceof GraphQLError ? (error.originalError ?? error) : error;

/** An id refused by the ID scalar, however deep graphql-js and Apollo wrapped it. */
const isInvalidId = (error: unknown): boolean => {
  for (
    let e = error;
    e instanceof Error;
    e = e instanceof GraphQLError ? e.originalError : undefined
  )
    if (e instanceof InvalidIdError) return true;
  return false;
};

/**
 * A bug rather than a refusal: something thrown in a resolver that is neither an AppError nor a
 * validation failure. These are logged with the request id and hidden from clients.
 */
export const isUnexpected = (error: unknown): boolean => {
  if (isConnectionLost(error)) return false;
  const original = originalOf(error);
  if (original instanceof AppError || isValidationError(original) || isInvalidId(error))
    return false;
  if (!(error instanceof GraphQLError)) return true;
  if (String(error.extensions?.code) in REQUEST_ERRORS) return false;
  return error.originalError !== undefined && error.originalError !== null;
};

/**
 * The one place where errors become what the client sees: a stable `extensions.code`, a message
 * a person understands, and no stack trace in production.
 */
export const createErrorFormatter =
  (production: boolean) =>
  (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = originalOf(error);
    if (original instanceof AppError) {
      // `http` is Apollo's instruction for the status line, not part of the answer
      const extensions = { ...original.extensions };
      delete extensions.http;
      return { message: original.message, path: formatted.path, extensions };
    }
    if (isConnectionLost(error)) {
      const { message, extensions } = serviceUnavailable();
      delete extensions.http;
      return { message, path: formatted.path, extensions };
    }
    if (isInvalidId(error)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT, refusal: 'INVALID_ID' },
      };
    }
    if (isValidationError(original)) {
      return {
        message: `Invalid input: ${describeValidation(original)}`,
        path: formatted.path,
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      };
    }
    if (isUnexpected(error)) {
      return {
        message: production ? 'Internal server error.' : formatted.message,
        path: formatted.path,
        extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
      };
    }
    // graphql-js, Apollo and graphql-armor refusing the request itself.
    const code = REQUEST_ERRORS[String(formatted.extensions?.code)] ?? ErrorCode.BAD_USER_INPUT;
    const refusal = formatted.extensions?.refusal;
    return {
      message: formatted.message,
      locations: formatted.locations,
      extensions: refusal ? { code, refusal } : { code },
    };
  };

interface ValidationNode {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationNode[];
}

interface ValidationLike {
  extensions?: { validationErrors?: ValidationNode[] };
}

const isValidationError = (e: unknown): e is ValidationLike =>
  typeof e === 'object' &&
  e !== null &&
  Array.isArray((e as ValidationLike).extensions?.validationErrors);

const constraintsOf = (node: ValidationNode): string[] => [
  ...Object.values(node.constraints ?? {}),
  ...(node.children ?? []).flatMap(constraintsOf),
];

const describeValidation = (e: ValidationLike): string =>
  (e.extensions?.validationErrors ?? []).flatMap(constraintsOf).join('; ');

/**
 * Apollo takes a response's status from its errors' `extensions.http`: a resolver that lost
 * its connection makes the whole answer 503, so that clients and balancers see "try again".
 */
export const lostConnectionStatus: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors }) {
        for (const error of errors) {
          if (isConnectionLost(error)) Object.assign(error.extensions, { http: { status: 503 } });
        }
      },
    };
  },
};
