import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Campaigns, models with their indicators and evidence, candidacies, the append-only audit
 * trail, and notifications.
 */
export class CandidacyLifecycle1763780400000 implements MigrationInterface {
  name = 'CandidacyLifecycle1763780400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE campaign (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        search_name text NOT NULL,
        start_year int NOT NULL,
        end_year int NOT NULL,
        fields jsonb NOT NULL,
        rubric jsonb NOT NULL,
        award_types text[] NOT NULL,
        created_by uuid NOT NULL REFERENCES app_user (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (end_year >= start_year)
      )`);
    await q.query(`CREATE INDEX campaign_unit_idx ON campaign (unit_id)`);

    await q.query(`
      CREATE TABLE campaign_phase (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id) ON DELETE CASCADE,
        phase text NOT NULL CHECK (phase IN ('REGISTRATION', 'NOMINATION', 'REVIEW', 'DISCLOSURE')),
        level text CHECK ((phase = 'REVIEW') = (level IS NOT NULL)),
        opens_on date NOT NULL,
        closes_on date NOT NULL,
        CONSTRAINT campaign_phase_unique UNIQUE NULLS NOT DISTINCT (campaign_id, phase, level),
        CHECK (closes_on >= opens_on)
      )`);

    await q.query(`
      CREATE TABLE model (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        kind text NOT NULL CHECK (kind IN ('COLLECTIVE', 'INDIVIDUAL')),
        title text NOT NULL CHECK (length(btrim(title)) > 0),
        search_name text NOT NULL,
        field_code text NOT NULL,
        person_name text,
        person_position text,
        person_ethnicity text,
        form jsonb NOT NULL DEFAULT '{}',
        created_by uuid NOT NULL REFERENCES app_user (id),
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (kind = 'COLLECTIVE' OR person_name IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX model_campaign_idx ON model (campaign_id)`);
    await q.query(`CREATE INDEX model_unit_idx ON model (unit_id)`);

    await q.query(`
      CREATE TABLE model_indicator (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model (id) ON DELETE CASCADE,
        position int NOT NULL,
        name text NOT NULL CHECK (length(btrim(name)) > 0),
        unit_of_measure text NOT NULL,
        target numeric,
        achieved numeric,
        UNIQUE (model_id, position)
      )`);

    await q.query(`
      CREATE TABLE evidence_file (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content_type text NOT NULL,
        size_bytes int NOT NULL CHECK (size_bytes > 0),
        storage_key text NOT NULL UNIQUE,
        uploaded_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX evidence_model_idx ON evidence_file (model_id)`);

    await q.query(`
      CREATE TABLE candidacy (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        model_id uuid NOT NULL REFERENCES model (id),
        campaign_id uuid NOT NULL REFERENCES campaign (id),
        unit_id uuid NOT NULL REFERENCES org_unit (id),
        state text NOT NULL,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (model_id, unit_id)
      )`);
    await q.query(`CREATE INDEX candidacy_campaign_state_idx ON candidacy (campaign_id, state)`);
    await q.query(`CREATE INDEX candidacy_unit_idx ON candidacy (unit_id)`);

    await q.query(`
      CREATE TABLE audit_event (
        id bigserial PRIMARY KEY,
        candidacy_id uuid NOT NULL REFERENCES candidacy (id),
        actor_id uuid NOT NULL REFERENCES app_user (id),
        action text NOT NULL,
        from_state text,
        to_state text NOT NULL,
        reason text,
        at timestamptz NOT NULL DEFAULT clock_timestamp()
      )`);
    await q.query(`CREATE INDEX audit_event_candidacy_idx ON audit_event (candidacy_id, id)`);
    // The audit trail is append-only, whoever connects: the database itself refuses changes.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_event_no_change BEFORE UPDATE OR DELETE ON audit_event
        FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`);
    await q.query(`
      CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
        FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`);

    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        kind text NOT NULL,
        candidacy_id uuid REFERENCES candidacy (id),
        message jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await q.query(`CREATE INDEX notification_user_idx ON notification (user_id, created_at DESC)`);
    await q.query(
      `CREATE INDEX notification_unread_idx ON notification (user_id) WHERE read_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE notification, audit_event, candidacy, evidence_file,
      model_indicator, model, campaign_phase, campaign`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
  }
}
