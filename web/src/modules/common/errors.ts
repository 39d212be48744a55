import { CombinedGraphQLErrors } from '@apollo/client';
import { ErrorCode, isErrorCode } from '@vinh-danh/shared';

/** What the UI says about a failed request: a translatable code, and the server's words when they help. */
export interface Problem {
  code: ErrorCode | 'NETWORK';
  detail?: string;
}

export const problemOf = (error: unknown): Problem => {
  if (CombinedGraphQLErrors.is(error)) {
    const [first] = error.errors;
    const code = first?.extensions?.code;
    if (isErrorCode(code)) {
      // Only input errors carry details worth showing; the rest are said by the code alone.
      return code === ErrorCode.BAD_USER_INPUT ? { code, detail: first.message } : { code };
    }
    return { code: ErrorCode.INTERNAL_SERVER_ERROR, detail: first?.message };
  }
  return { code: 'NETWORK' };
};

export const hasErrorCode = (error: unknown, code: ErrorCode): boolean =>
  CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === code);
