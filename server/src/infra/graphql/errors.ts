import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import {
  en,
  ErrorCode,
  interpolate,
  REFUSALS,
  type ParamsOf,
  type Refusal,
  type RefusalParams,
} from '@vinh-danh/shared';
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
