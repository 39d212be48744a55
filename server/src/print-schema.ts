import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { printSchema } from 'graphql';
import { createSchema } from './infra/graphql/schema';
import { resolvers } from './modules/resolvers';

/** Writes server/schema.graphql, committed so that every API change shows in review. */
const main = async () => {
  const file = path.resolve(__dirname, '..', 'schema.graphql');
  writeFileSync(file, `${printSchema(await createSchema([...resolvers]))}\n`);
  console.log(`wrote ${file}`);
};

void main();
