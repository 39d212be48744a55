import type { Response } from 'express';
import { GraphQLError } from 'graphql';
import { ErrorCode } from '@vinh-danh/shared';
import { AppError, isConnectionLost, serviceUnavailable } from '../graphql/errors';
import type { Logger } from '../log';

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.DEADLINE_PASSED]: 409,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * Refusals of the plain-HTTP routes (files, PDFs) in the same shape and with the same codes,
 * refusal keys and params as the GraphQL API's; anything unexpected is logged and hidden.
 */
export const refuse = (res: Response, log: Logger, raw: unknown): void => {
  const error = isConnectionLost(raw) ? serviceUnavailable() : raw;
  const code =
    error instanceof GraphQLError ? String(error.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) log.error({ err: error }, 'route failed');
  res.status(STATUS[code] ?? 500).json({
    errors: [
      code === ErrorCode.INTERNAL_SERVER_ERROR
        ? { message: 'Internal server error.', extensions: { code } }
        : { message: (error as Error).message, extensions: answerOf(error as GraphQLError) },
    ],
  });
};

/** What a refusal tells the client: its extensions, less Apollo's status instruction. */
const answerOf = (error: GraphQLError) => {
  const extensions = { ...error.extensions };
  delete extensions.http;
  return extensions;
};

export const unauthenticated = new AppError('UNAUTHENTICATED');
