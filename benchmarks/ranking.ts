import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client, type Pool, type PoolClient } from 'pg';
import { AwardType, DEFAULT_RUBRIC, RankBy, STANDARD_FIELDS } from '@vinh-danh/shared';
import { configWith, createLogger, startApp, type RunningApp } from '@vinh-danh/server';
import { hashPassword } from '@vinh-danh/server/testing';
// By path: the server's package exports its entry points only, and this is the very statement
// the ranking resolver runs.
import { RANKING_LINES_SQL } from '../server/src/modules/tally/ranking-rows';
import { runCleanups, scratchDatabase, type Cleanups } from './scratch';

/**
 * The round ranking, through GraphQL and as one raw SQL statement: builds a round of ENTRIES
 * entries × 15 members × 5 criteria (every sheet complete), then times both sides and counts
 * the SQL statements the GraphQL request issues. Last line: `ratio=<graphql/raw> statements=<n>`.
 *
 * The server runs in this process as in production (NODE_ENV=production, set by the script).
 * PostgreSQL: DATABASE_URL (a database of its own is created on that server and dropped
 * afterwards), otherwise an embedded one in a temporary folder on a free port.
 */

const int = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a positive integer`);
  return value;
};

const ENTRIES = int('ENTRIES', 500);
const RUNS = int('RUNS', 60);
const WARMUP = int('WARMUP', 10);
const RANK_BY: RankBy = process.env.RANK_BY === RankBy.RAW ? RankBy.RAW : RankBy.NORMALISED;
const MEMBERS = 15; // 1 chair, 1 secretary, 13 members
const COMMUNES = 25;
const PASSWORD = 'benchmark-password';
const SECRETARY = 'bench.member2';
const DISAGREEMENT_SPREAD = 20;
const RUBRIC = DEFAULT_RUBRIC;

const RANKING_QUERY = `query Ranking($id: ID!, $rankBy: RankBy) {
  round(id: $id) {
    ranking(rankBy: $rankBy) {
      rank entryId raw normalised spread disagreement sheets
      candidacyId state title unitName
    }
  }
}`;

/** One line of the ranking, as the GraphQL query asks for it; the raw rows carry these too. */
interface Line {
  rank: number;
  entryId: string;
  raw: number | null;
  normalised: number | null;
  spread: number | null;
  disagreement: boolean;
  sheets: number;
  candidacyId: string;
  state: string;
  title: string;
  unitName: string;
}

interface Fixture {
  roundId: string;
}

/**
 * POST JSON, parse the JSON answer: node:http on a kept-alive connection, so that the figures
 * are the server's and not a client's (fetch's web streams added about a millisecond a request).
 */
const postJson = (
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
const buildRound = async (db: Client, entries: number): Promise<Fixture> => {
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
const countStatements = (app: RunningApp) => {
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

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const close = (a: number | null, b: number | null) =>
  a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;

/** Both sides must return the same ranking, or the timings compare nothing. */
const assertSame = (graphql: Line[], raw: Line[]) => {
  if (graphql.length !== raw.length || graphql.length !== ENTRIES)
    throw new Error(`row counts differ: graphql ${graphql.length}, raw ${raw.length}`);
  graphql.forEach((g, i) => {
    const r = raw[i];
    const same =
      g.rank === r.rank &&
      g.entryId === r.entryId &&
      close(g.raw, r.raw) &&
      close(g.normalised, r.normalised) &&
      close(g.spread, r.spread) &&
      g.disagreement === r.disagreement &&
      g.sheets === r.sheets &&
      g.candidacyId === r.candidacyId &&
      g.state === r.state &&
      g.title === r.title &&
      g.unitName === r.unitName;
    if (!same)
      throw new Error(`rankings differ at ${i}: ${JSON.stringify(g)} vs ${JSON.stringify(r)}`);
  });
};

const main = async () => {
  const cleanups: Cleanups = [];
  const cleanUp = () => runCleanups(cleanups);
  process.once('SIGINT', () => void cleanUp().finally(() => process.exit(130)));

  try {
    const { workDir, databaseUrl } = await scratchDatabase('vd-bench', cleanups);

    const app = await startApp(
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

    const built = performance.now();
    const { roundId } = await buildRound(await connect(), ENTRIES);
    const scores = ENTRIES * MEMBERS * RUBRIC.criteria.length;
    console.log(
      `built ${ENTRIES} entries × ${MEMBERS} members × ${RUBRIC.criteria.length} criteria ` +
        `(${scores} scores) in ${((performance.now() - built) / 1000).toFixed(1)} s`,
    );

    const endpoint = `${app.url.replace('localhost', '127.0.0.1')}/graphql`;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    cleanups.push(() => agent.destroy());
    const post = async <T>(query: string, variables: object, token?: string) => {
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      const body = (await postJson(agent, endpoint, headers, { query, variables })) as {
        data?: T;
        errors?: unknown[];
      };
      if (body.errors?.length || !body.data)
        throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    };
    const { login } = await post<{ login: { token: string } }>(
      'mutation($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: SECRETARY, password: PASSWORD } },
    );

    const counter = countStatements(app);
    const counts: Array<{ orm: number; driver: number }> = [];
    const viaGraphql = async () => {
      counter.on = true;
      counter.orm = counter.driver = 0;
      counter.statements = [];
      counter.ms = [];
      const start = performance.now();
      const data = await post<{ round: { ranking: Line[] } }>(
        RANKING_QUERY,
        { id: roundId, rankBy: RANK_BY },
        login.token,
      );
      const ms = performance.now() - start;
      counter.on = false;
      counts.push({ orm: counter.orm, driver: counter.driver });
      return { ms, rows: data.round.ranking };
    };
    // A connection of its own, not the one that built the round. Against 127.0.0.1:5432 the
    // building backend ran this statement 8–15% faster than a fresh connection in three scratch
    // runs, while a fresh connection and the server's pool stayed within 1–2.5 ms of each other
    // (on the embedded PostgreSQL the builder was the slower one). The pool is what GraphQL gets.
    const raw = await connect();
    const params = [roundId, RUBRIC.criteria.length, RUBRIC.total, RANK_BY, DISAGREEMENT_SPREAD];
    const viaRaw = async () => {
      const start = performance.now();
      const { rows } = await raw.query<Line>(RANKING_LINES_SQL, params);
      return { ms: performance.now() - start, rows };
    };

    assertSame((await viaGraphql()).rows, (await viaRaw()).rows);
    for (let i = 0; i < WARMUP; i++) {
      await viaGraphql();
      await viaRaw();
    }
    counts.length = 0;
    const graphqlMs: number[] = [];
    const rawMs: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      // alternating, so that drift on the machine touches both sides alike
      graphqlMs.push((await viaGraphql()).ms);
      rawMs.push((await viaRaw()).ms);
    }

    const orm = new Set(counts.map((c) => c.orm));
    const driver = new Set(counts.map((c) => c.driver));
    if (orm.size !== 1 || driver.size !== 1 || [...orm][0] !== [...driver][0]) {
      console.warn(
        `warning: statement counts varied or disagreed: typeorm ${[...orm]}, pg ${[...driver]}`,
      );
    }
    const statements = Math.max(...orm, ...driver);
    console.log(`\nSQL statements of one GraphQL ranking request (the last one):`);
    counter.statements.forEach((sql, i) =>
      console.log(
        `  ${String(i + 1).padStart(2)}. ${(counter.ms[i] ?? NaN).toFixed(1).padStart(6)} ms  ${sql.replace(/\s+/g, ' ').trim().slice(0, 110)}`,
      ),
    );

    const g = median(graphqlMs);
    const r = median(rawMs);
    const ratio = g / r;
    const table = {
      entries: ENTRIES,
      members: MEMBERS,
      criteria: RUBRIC.criteria.length,
      rankBy: RANK_BY,
      runs: RUNS,
      'graphql median ms': Number(g.toFixed(2)),
      'raw median ms': Number(r.toFixed(2)),
      ratio: Number(ratio.toFixed(2)),
      statements,
    };
    console.log('');
    console.table([table]);
    await cleanUp();
    console.log(`ratio=${ratio.toFixed(2)} statements=${statements}`);
  } catch (error) {
    await cleanUp();
    throw error;
  }
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
