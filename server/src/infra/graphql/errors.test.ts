import { GraphQLError } from 'graphql';
import { ErrorCode } from '@vinh-danh/shared';
import { createErrorFormatter, isUnexpected, AppError } from './errors';

const bug = () =>
  new GraphQLError('relation "x" does not exist', { originalError: new Error('boom') });

describe('createErrorFormatter', () => {
  it('passes an AppError through with its code, refusal, params and English message', () => {
    const error = new AppError('PROMOTION_QUOTA', { quota: 2, used: 1 });
    const wrapped = new GraphQLError(error.message, { originalError: error });
    expect(createErrorFormatter(true)({ message: error.message }, wrapped)).toEqual({
      message: 'The council may send 2 models up a level; 1 already sent.',
      extensions: {
        code: ErrorCode.QUOTA_EXCEEDED,
        refusal: 'PROMOTION_QUOTA',
        params: { quota: 2, used: 1 },
      },
    });
  });

  it('hides the message of an unexpected error in production, and never sends its stack', () => {
    const formatted = createErrorFormatter(true)(
      { message: 'relation "x" does not exist', extensions: { stacktrace: ['at x.ts:1'] } },
      bug(),
    );
    expect(formatted).toEqual({
      message: 'Internal server error.',
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    });
    expect(isUnexpected(bug())).toBe(true);
  });

  it('keeps the message in development, still without a stack', () => {
    const formatted = createErrorFormatter(false)(
      { message: 'relation "x" does not exist' },
      bug(),
    );
    expect(formatted.message).toBe('relation "x" does not exist');
    expect(formatted.extensions).toEqual({ code: ErrorCode.INTERNAL_SERVER_ERROR });
  });

  it('turns validation of a request into BAD_USER_INPUT', () => {
    const error = new GraphQLError('Cannot query field "nope"', {
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
    expect(isUnexpected(error)).toBe(false);
    expect(
      createErrorFormatter(true)({ message: error.message, extensions: error.extensions }, error)
        .extensions,
    ).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
    });
  });
});
