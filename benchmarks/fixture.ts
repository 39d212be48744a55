import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client, type Pool, type PoolClient } from 'pg';
import { AwardType, DEFAULT_RUBRIC, RankBy, STANDARD_FIELDS } from '@vinh-danh/shared';
import { configWith, createLogger, startApp, type RunningApp } from '@vinh-danh/server';
import { hashPassword } from '@vinh-danh/server/testing';
import { scratchDatabase, type Cleanups } from './scratch';

/**
 * What the round benchmarks share: a round of a district council built set-based, the server in
 * this process as in production, a kept-alive GraphQL client, and a statement counter.
 */

export const MEMBERS = 15; // 1 chair, 1 secretary, 13 members
export const COMMUNES = 25;
export const PASSWORD = 'benchmark-password';
export const SECRETARY = 'bench.member2';
export const DISAGREEMENT_SPREAD = 20;
export const RUBRIC = DEFAULT_RUBRIC;

export const int = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

export interface Fixture {
  roundId: string;
}

/**
 * POST JSON, parse the JSON answer: node:http on a kept-alive connection, so that the figures
 * are the server's and not a client's (fetch's web streams added about a millisecond a request).
 */
export const postJson = (
  agent: http.Agent,
  url: string,
  headers: Record<string, string>,
  body: unknown,
): Promise<unknown> =>
  new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: 'POST', agent, headers: { 'content-type': 'application/json', ...headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('error', reject);
        res.on('end', () => {
          try {
            resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });

/** The round, built set-based: a few statements whatever ENTRIES is. */
export const buildRound = async (db: Client, entries: number): Promise<Fixture> => {
  const passwordHash = await hashPassword(PASSWORD);
  const provinceId = randomUUID();
  const districtId = randomUUID();
  const one = async (sql: string, params: unknown[]) =>
    (await db.query<{ id: string }>(sql, params)).rows[0].id;

  await db.query('BEGIN');
  await db.query(
    `INSERT INTO org_unit (id, code, name, search_name, kind, parent_id, path, depth) VALUES
       ($1, 'BENCH-P', 'Tỉnh Thử Nghiệm', 'tinh thu nghiem', 'PROVINCE', NULL, $3, 0),
       ($2, 'BENCH-D', 'Huyện Thử Nghiệm', 'huyen thu nghiem', 'DISTRICT', $1, $4, 1)`,
    [provinceId, districtId, `/${provinceId}/`, `/${provinceId}/${districtId}/`],
  );
  await db.query(
    `INSERT INTO org_unit (id, code, name, search_name, kind, parent_id, path, depth)
     SELECT id, 'BENCH-C' || lpad(i::text, 3, '0'), 'Xã Thử ' || i, 'xa thu ' || i, 'COMMUNE',
            $1, $2 || id || '/', 2
       FROM (SELECT gen_random_uuid() AS id, i FROM generate_series(1, $3::int) i) x`,
    [districtId, `/${provinceId}/${districtId}/`, COMMUNES],
  );
  await db.query(
    `INSERT INTO app_user (username, display_name, search_name, password_hash, unit_id)
     SELECT 'bench.member' || i, 'Thành viên ' || i, 'thanh vien ' || i, $1, $2
       FROM generate_series(1, $3::int) i`,
    [passwordHash, districtId, MEMBERS],
  );
  const chairId = await one(`SELECT id FROM app_user WHERE username = 'bench.member1'`, []);
  const campaignId = await one(
    `INSERT INTO campaign (unit_id, name, search_name, start_year, end_year, fields, rubric, award_types, created_by)
     VALUES ($1, 'Dân vận khéo (benchmark)', 'dan van kheo benchmark', 2026, 2026, $2, $3, $4, $5)
     RETURNING id`,
    [
      provinceId,
      JSON.stringify(STANDARD_FIELDS),
      JSON.stringify(RUBRIC),
      Object.values(AwardType),
      chairId,
    ],
  );
  const councilId = await one(
    `INSERT INTO council (unit_id, campaign_id, name, pass_score, exemplary_score, quorum, approval,
                          rank_by, promotion_quota, disagreement_spread, created_by)
     VALUES ($1, $2, 'Hội đồng thử nghiệm', 70, 85, $3, $4, $5, 10, $6, $7) RETURNING id`,
    [
      districtId,
      campaignId,
      JSON.stringify({ numerator: 2, denominator: 3, strict: false }),
      JSON.stringify({ numerator: 1, denominator: 2, strict: true }),
      RankBy.NORMALISED,
      DISAGREEMENT_SPREAD,
      chairId,
    ],
  );
  await db.query(
    `INSERT INTO council_member (council_id, user_id, seat)
     SELECT $1, id, CASE username WHEN 'bench.member1' THEN 'CHAIR'
                                  WHEN 'bench.member2' THEN 'SECRETARY' ELSE 'MEMBER' END
       FROM app_user WHERE username LIKE 'bench.member%'`,
    [councilId],
  );
  const roundId = await one(
    `INSERT INTO review_round (council_id, name, state) VALUES ($1, 'Vòng thử nghiệm', 'SCORING')
     RETURNING id`,
    [councilId],
  );
  // Models of the district's communes, each with its candidacy in review.
  await db.query(
    `WITH communes AS (
       SELECT id, row_number() OVER (ORDER BY code) - 1 AS k FROM org_unit WHERE parent_id = $3
     ), m AS (
       INSERT INTO model (campaign_id, unit_id, kind, title, search_name, field_code, created_by)
       SELECT $1, u.id, 'COLLECTIVE', 'Mô hình thử nghiệm số ' || i, 'mo hinh thu nghiem so ' || i,
              'ECONOMY', $2
         FROM generate_series(1, $4::int) i JOIN communes u ON u.k = i % $5
       RETURNING id, unit_id
     )
     INSERT INTO candidacy (model_id, campaign_id, unit_id, state)
     SELECT id, $1, unit_id, 'IN_REVIEW' FROM m`,
    [campaignId, chairId, districtId, entries, COMMUNES],
  );
  await db.query(
    `INSERT INTO round_entry (round_id, candidacy_id)
     SELECT $1, c.id FROM candidacy c JOIN model m ON m.id = c.model_id
      WHERE c.campaign_id = $2 ORDER BY m.created_at, m.search_name`,
    [roundId, campaignId],
  );
  await db.query(
    `INSERT INTO assignment (entry_id, member_id)
     SELECT e.id, cm.id FROM round_entry e CROSS JOIN council_member cm
      WHERE e.round_id = $1 AND cm.council_id = $2`,
    [roundId, councilId],
  );
  // Every member scores every criterion of every entry in half points: the entry's quality,
  // the member's leniency, and noise. Seeded, so that runs see the same numbers.
  await db.query('SELECT setseed(0.2026)');
  await db.query(
    `INSERT INTO score (entry_id, member_id, criterion, points)
     SELECT e.id, cm.id, c.code,
            least(c.max, greatest(0,
              round(((e.q + cm.b + (random() - 0.5) * 0.3) * c.max)::numeric * 2) / 2))
       FROM (SELECT id, 0.35 + random() * 0.55 AS q FROM round_entry WHERE round_id = $1
              ORDER BY intake_order) e
      CROSS JOIN (SELECT id, (random() - 0.5) * 0.2 AS b FROM council_member WHERE council_id = $2
                   ORDER BY seat, id) cm
      CROSS JOIN (SELECT code, "maxPoints" AS max
                    FROM jsonb_to_recordset($3::jsonb -> 'criteria') AS x(code text, "maxPoints" numeric)) c`,
    [roundId, councilId, JSON.stringify(RUBRIC)],
  );
  await db.query('COMMIT');
  await db.query('ANALYZE');
  return { roundId };
};

/**
 * Counts the statements the server sends, twice over: at TypeORM's logger (every
 * QueryRunner.query, DataLoader batches included) and at the pg pool's clients (everything that
 * reaches the driver). Only while `on`.
 */
export const countStatements = (app: RunningApp) => {
  const state = { on: false, orm: 0, driver: 0, statements: [] as string[], ms: [] as number[] };
  const logger = app.db.logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    if (state.on) {
      state.orm += 1;
      state.statements.push(query);
    }
    return logQuery(query, parameters, runner);
  };
  const pool = (app.db.driver as unknown as { master: Pool }).master;
  const wrapped = new WeakSet<PoolClient>();
  pool.on('acquire', (client) => {
    if (wrapped.has(client)) return;
    wrapped.add(client);
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as { query: unknown }).query = (...args: unknown[]) => {
      if (!state.on) return query(...args);
      state.driver += 1;
      const start = performance.now();
      const result = query(...args);
      if (result instanceof Promise) {
        const i = state.driver - 1;
        void result.finally(() => (state.ms[i] = performance.now() - start)).catch(() => null);
      }
      return result;
    };
  });
  return state;
};

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The server on a scratch database, a client of its GraphQL endpoint, and raw connections. */
export const benchApp = async (cleanups: Cleanups) => {
  const { workDir, databaseUrl } = await scratchDatabase('vd-bench', cleanups);
  const app: RunningApp = await startApp(
    configWith({
      DATABASE_URL: databaseUrl,
      DATA_DIR: workDir,
      PORT: 0,
      HOST: '127.0.0.1',
      DEMO_SEED: false,
      LOG_LEVEL: 'silent',
      NODE_ENV: 'production',
    }),
    createLogger('silent'),
  );
  cleanups.push(() => app.stop());
  const connect = async () => {
    const client = new Client({ connectionString: databaseUrl });
    await client.connect();
    cleanups.push(() => client.end());
    return client;
  };
  const endpoint = `${app.url.replace('localhost', '127.0.0.1')}/graphql`;
  /** One kept-alive connection per client: a member's browser, say. */
  const client = () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(() => agent.destroy());
    return async <T>(query: string, variables: object, token?: string) => {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const body = (await postJson(agent, endpoint, headers, { query, variables })) as {
        data?: T;
        errors?: unknown[];
      };
      if (body.errors?.length || !body.data)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
  };
  const post = client();
  const login = async (username: string) =>
    (
      await post<{ login: { token: string } }>(
        'mutation($input: LoginInput!) { login(input: $input) { token } }',
        { input: { username, password: PASSWORD } },
      )
    ).login.token;
  return { app, connect, post, client, login };
};
