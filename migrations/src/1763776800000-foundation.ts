import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The organisation tree, accounts, role grants and sessions. */
export class Foundation1763776800000 implements MigrationInterface {
  name = 'Foundation1763776800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL CHECK (code ~ '^[A-Z0-9][A-Z0-9_-]{1,39}$'),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        search_name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PROVINCE', 'DISTRICT', 'COMMUNE', 'AGENCY')),
        parent_id uuid REFERENCES org_unit (id),
        path text NOT NULL,
        depth int NOT NULL CHECK (depth >= 0),
        archived_at timestamptz,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT org_unit_code_unique UNIQUE (code),
        CONSTRAINT org_unit_not_own_parent CHECK (parent_id IS DISTINCT FROM id)
      )`);
    await q.query(`CREATE INDEX org_unit_parent_idx ON org_unit (parent_id)`);
    await q.query(`CREATE INDEX org_unit_path_idx ON org_unit (path text_pattern_ops)`);
    await q.query(`CREATE INDEX org_unit_search_idx ON org_unit (search_name text_pattern_ops)`);

    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{2,39}$'),
        display_name text NOT NULL CHECK (length(btrim(display_name)) > 0),
        search_name text NOT NULL,
        password_hash text NOT NULL,
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT app_user_username_unique UNIQUE (username)
      )`);
    await q.query(`CREATE INDEX app_user_unit_idx ON app_user (unit_id)`);

    await q.query(`
      CREATE TABLE role_grant (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN
          ('ADMIN', 'CAMPAIGN_MANAGER', 'UNIT_OFFICER', 'UNIT_LEADER', 'SIGNER', 'REPORTER')),
        unit_id uuid REFERENCES org_unit (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT role_grant_system_wide_only_admin CHECK (unit_id IS NOT NULL OR role = 'ADMIN'),
        CONSTRAINT role_grant_unique UNIQUE NULLS NOT DISTINCT (user_id, role, unit_id)
      )`);

    await q.query(`
      CREATE TABLE session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT session_token_unique UNIQUE (token_hash)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE session, role_grant, app_user, org_unit`);
  }
}
