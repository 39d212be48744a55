import type { DataSource } from 'typeorm';

const TABLES = [
  'org_unit',
  'app_user',
  'role_grant',
  'campaign',
  'campaign_phase',
  'model',
  'model_indicator',
  'evidence_file',
  'candidacy',
  'audit_event',
  'notification',
  'council',
  'council_member',
  'review_round',
  'round_entry',
  'assignment',
  'conflict_of_interest',
  'score',
  'ballot_cast',
  'ballot_tally',
  'round_attendance',
  'issuer',
  'proposal',
  'proposal_entry',
  'decision',
  'decision_entry',
  'objection',
  'decision_counter',
] as const;

/**
 * A fingerprint of every row of the domain tables, councils and their rounds included, to assert
 * that a refused request changed nothing. Sessions and sign-in counts are left out: signing in is
 * not a change of the data.
 */
export const snapshot = async (db: DataSource): Promise<Record<string, string>> => {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const [row] = await db.query(
        `SELECT count(*)::text || ':' || coalesce(md5(string_agg(t::text, '|' ORDER BY t::text)), '') AS f
           FROM ${table} t`,
      );
      return [table, row.f as string] as const;
    }),
  );
  return Object.fromEntries(entries);
};
