import 'reflect-metadata';
import { ApolloServer } from '@apollo/server';
import {
  GraphQLInputObjectType,
  GraphQLInt,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  graphql,
} from 'graphql';
import { ErrorCode } from '@vinh-danh/shared';
import { createErrorFormatter, AppError } from './errors';
import { jitQueries } from './jit';

/** What a resolver was called with, to compare graphql-jit's arguments with graphql-js's. */
let seen: Record<string, unknown> = {};

const Patch = new GraphQLInputObjectType({
  name: 'Patch',
  fields: { name: { type: GraphQLString }, note: { type: GraphQLString } },
});

const schema = new GraphQLSchema({
  query: new GraphQLObjectType({
    name: 'Query',
    fields: {
      numbers: {
        type: new GraphQLList(GraphQLInt),
        args: { first: { type: new GraphQLNonNull(GraphQLInt) } },
        resolve: (_, { first }: { first: number }) => Array.from({ length: first }, (_, i) => i),
      },
      broken: {
        type: new GraphQLNonNull(GraphQLString),
        resolve: () => null,
      },
      refused: {
        type: GraphQLString,
        resolve: () => {
          throw new AppError('OUTSIDE_SCOPE');
        },
      },
    },
  }),
  mutation: new GraphQLObjectType({
    name: 'Mutation',
    fields: {
      patch: {
        type: GraphQLString,
        args: { input: { type: new GraphQLNonNull(Patch) } },
        resolve: (_, { input }: { input: Record<string, unknown> }) => {
          seen = input;
          return 'ok';
        },
      },
    },
  }),
});

const server = new ApolloServer({
  gateway: jitQueries(schema),
  formatError: createErrorFormatter(true),
  // a plugin that rewrites messages, as graphql-armor's field-suggestion blocker does
  plugins: [
    {
      async requestDidStart() {
        return {
          async willSendResponse({ errors }) {
            for (const e of errors ?? []) e.message = e.message.trim();
          },
        };
      },
    },
  ],
});

const answer = async (query: string, variables?: Record<string, unknown>) => {
  const { body, http } = await server.executeOperation({ query, variables });
  if (body.kind !== 'single') throw new Error('expected a single result');
  return { result: body.singleResult, status: http.status };
};

const run = async (query: string, variables?: Record<string, unknown>) =>
  (await answer(query, variables)).result;

beforeAll(() => server.start());
afterAll(() => server.stop());

describe('jitQueries', () => {
  it('uses the default of a non-null variable left out, and the value when given', async () => {
    const query = 'query($first: Int! = 3) { numbers(first: $first) }';
    expect((await run(query)).data).toEqual({ numbers: [0, 1, 2] });
    expect((await run(query, { first: 1 })).data).toEqual({ numbers: [0] });
  });

  it('keeps an AppError’s code through a plugin that rewrites messages', async () => {
    const result = await run('{ refused }');
    expect(result.errors).toEqual([
      {
        message: 'This is outside your units.',
        path: ['refused'],
        extensions: { code: ErrorCode.FORBIDDEN, refusal: 'OUTSIDE_SCOPE' },
      },
    ]);
  });

  it('treats a null in a non-null field as a bug: hidden in production, with its path', async () => {
    expect(await run('{ broken }')).toEqual({
      data: null,
      errors: [
        {
          message: 'Internal server error.',
          path: ['broken'],
          extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
        },
      ],
    });
  });

  it('refuses a document whose operation it cannot pick with 400 BAD_USER_INPUT', async () => {
    const { status, result } = await answer('query A { refused } query B { refused }');
    expect(status).toBe(400);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual([ErrorCode.BAD_USER_INPUT]);
  });

  it('refuses a bad variable in graphql-js’s words, with 400', async () => {
    const query = 'query($first: Int!) { numbers(first: $first) }';
    const { status, result } = await answer(query, { first: 'many' });
    const reference = await graphql({ schema, source: query, variableValues: { first: 'many' } });
    expect(status).toBe(400);
    expect(result.errors).toEqual([
      {
        message: reference.errors![0].message,
        locations: [{ line: 1, column: 7 }],
        extensions: { code: ErrorCode.BAD_USER_INPUT },
      },
    ]);
  });

  it('leaves a mutation’s input field out when its variable is left out', async () => {
    const mutation =
      'mutation($name: String, $note: String) { patch(input: { name: $name, note: $note }) }';
    expect((await run(mutation, { name: 'Mới' })).data).toEqual({ patch: 'ok' });
    expect({ ...seen }).toEqual({ name: 'Mới' });
  });
});
