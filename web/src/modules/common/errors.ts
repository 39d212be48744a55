import { CombinedGraphQLErrors } from '@apollo/client';
import type { TFunction } from 'i18next';
import {
  ErrorCode,
  isErrorCode,
  isRefusal,
  type Refusal,
  type RefusalParams,
} from '@vinh-danh/shared';

/**
 * What the UI says about a failed request: the refusal the server named (or its class), and what
 * the refusal's wording names. The server's English message is never shown; the words come from
 * the shared messages in the reader's language.
 */
export interface Problem {
  code: ErrorCode | 'NETWORK';
  refusal?: Refusal;
  params?: RefusalParams;
}

interface ErrorLike {
  extensions?: Record<string, unknown> | null;
}

/** One refusal as the API sends it (GraphQL or the plain-HTTP routes) into a Problem. */
export const problemOfError = (first: ErrorLike | undefined): Problem => {
  const code = first?.extensions?.code;
  if (!isErrorCode(code)) return { code: ErrorCode.INTERNAL_SERVER_ERROR };
  const refusal = first?.extensions?.refusal;
  const params = first?.extensions?.params;
  return {
    code,
    ...(isRefusal(refusal) ? { refusal } : {}),
    ...(params && typeof params === 'object' ? { params: params as RefusalParams } : {}),
  };
};

export const problemOf = (error: unknown): Problem => {
  if (CombinedGraphQLErrors.is(error)) return problemOfError(error.errors[0]);
  return { code: 'NETWORK' };
};

/** The one place a problem becomes words. */
export const problemText = (t: TFunction, problem: Problem): string =>
  t(`errors.${problem.refusal ?? problem.code}`, problem.params ?? {});

export const hasErrorCode = (error: unknown, code: ErrorCode): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
