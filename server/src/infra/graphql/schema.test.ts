import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './schema';

describe('server/schema.graphql', () => {
  it('matches the running schema (run `pnpm schema:print` after an API change)', async () => {
    const committed = readFileSync(path.resolve(__dirname, '../../../schema.graphql'), 'utf8');
    expect(`${printSchema(await createSchema())}\n`).toBe(committed);
  });
});
