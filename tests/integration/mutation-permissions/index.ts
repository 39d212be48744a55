import { CAMPAIGN } from './campaign';
import { CANDIDACY } from './candidacy';
import { CERTIFICATE } from './certificate';
import { COMMENDATION } from './commendation';
import { ACCOUNT, ORG } from './org';
import { REVIEW } from './review';
import { ROUND } from './round';
import type { Table } from './types';

/**
 * Who may call each mutation of the schema, by feature. The test fails when the schema has a
 * mutation this table does not list: a new mutation comes with its permissions.
 */
export const MUTATIONS: Table = {
  ...ACCOUNT,
  ...ORG,
  ...CAMPAIGN,
  ...CANDIDACY,
  ...ROUND,
  ...REVIEW,
  ...CERTIFICATE,
  ...COMMENDATION,
};
