import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { getIntrospectionQuery, graphql, printSchema } from 'graphql';
import { jitQueries } from './infra/graphql/jit';
import { createSchema } from './infra/graphql/schema';
import { resolvers } from './modules/resolvers';

/** The API as the features compose it. */
describe('the schema', () => {
  it('matches server/schema.graphql (run `pnpm schema:print` after an API change)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../schema.graphql'), 'utf8');
    expect(`${printSchema(await createSchema([...resolvers]))}\n`).toBe(committed);
  });

  it('answers introspection of the real schema (GraphiQL, codegen) as graphql-js does', async () => {
    const real = await createSchema([...resolvers]);
    const apollo = new ApolloServer({ gateway: jitQueries(real) });
    await apollo.start();
    try {
      const source = getIntrospectionQuery({ descriptions: true });
      const { body } = await apollo.executeOperation({ query: source });
      expect(body.kind === 'single' && body.singleResult).toEqual({
        data: (await graphql({ schema: real, source })).data,
      });
    } finally {
      await apollo.stop();
    }
  });
});
