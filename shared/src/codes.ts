/**
 * Every refusal the API gives carries one of these in `extensions.code`. The web translates them
 * (see i18n `errors.*`), so a code, once published, never changes meaning.
 */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CONFLICT: 'CONFLICT',
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** closing a round whose voting session has too few members present */
  QUORUM_NOT_MET: 'QUORUM_NOT_MET',
  TOO_MANY_REQUESTS: 'TOO_MANY_REQUESTS',
  /** the server could not reach its database: nothing was done, the same request may be retried */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;

export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export const isErrorCode = (value: unknown): value is ErrorCode =>
  typeof value === 'string' && value in ErrorCode;
