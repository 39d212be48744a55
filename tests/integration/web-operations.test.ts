import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, specifiedRules, validate, type DocumentNode } from 'graphql';
import { validationRules } from '@vinh-danh/server/testing';
import * as operations from '../../web/src/gql/graphql';

/**
 * Every operation the web sends passes the server's own validation, limits included (depth,
 * aliases, cost): a shared fragment must never push a page's query over them.
 */
describe('the web’s operations', () => {
  const schema = buildSchema(readFileSync(join(__dirname, '../../server/schema.graphql'), 'utf8'));
  const documents = Object.entries(operations).filter(([name]) => name.endsWith('Document'));

  it('are found', () => {
    expect(documents.length).toBeGreaterThan(40);
  });

  it.each(documents)('%s is valid within the limits', (_name, document) => {
    const errors = validate(schema, document as DocumentNode, [
      ...specifiedRules,
      ...validationRules,
    ]);
    expect(errors.map((e) => e.message)).toEqual([]);
  });
});
