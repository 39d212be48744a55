import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@vinh-danh/shared';

/**
 * An expected refusal: it reaches the client with its code and message as they are. Anything
 * else that escapes a resolver is a bug, logged and reported as INTERNAL_SERVER_ERROR.
 */
export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, details?: Record<string, unknown>) {
    super(message, { extensions: { code, ...details } });
  }
}

export const unauthenticated = (message = 'Please sign in.') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this.') =>
  new AppError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) =>
  new AppError(ErrorCode.NOT_FOUND, `${what} was not found.`);
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, details);
export const conflict = (
  message = 'Someone else changed this in the meantime. Reload it and try again.',
) => new AppError(ErrorCode.CONFLICT, message);

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

/**
 * A bug rather than a refusal: something thrown in a resolver that is neither an AppError nor a
 * validation failure. These are logged with the request id and hidden from clients.
 */
export const isUnexpected = (error: unknown): boolean => {
  const original = originalOf(error);
  if (original instanceof AppError || isValidationError(original)) return false;
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
      return {
        message: original.message,
        path: formatted.path,
        extensions: { ...original.extensions },
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
    return { message: formatted.message, locations: formatted.locations, extensions: { code } };
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
