import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { RankBy } from '@vinh-danh/shared';
// By path: the server's package exports its entry points only, and this is the very statement
// the ranking resolver runs.
import { RANKING_LINES_SQL } from '../server/src/modules/tally/ranking-rows';
import {
  benchApp,
  buildRound,
  countStatements,
  DISAGREEMENT_SPREAD,
  int,
  median,
  MEMBERS,
  RUBRIC,
  SECRETARY,
} from './fixture';
import { runCleanups, type Cleanups } from './scratch';

/**
 * The round ranking, through GraphQL and as one raw SQL statement: builds a round of ENTRIES
 * entries × 15 members × 5 criteria (every sheet complete), then times both sides and counts
 * the SQL statements the GraphQL request issues. Last line: `ratio=<graphql/raw> statements=<n>`.
 *
 * The server runs in this process as in production (NODE_ENV=production, set by the script).
 * PostgreSQL: DATABASE_URL (a database of its own is created on that server and dropped
 * afterwards), otherwise an embedded one in a temporary folder on a free port.
 */

const ENTRIES = int('ENTRIES', 500);
const RUNS = int('RUNS', 60);
const WARMUP = int('WARMUP', 10);
const RANK_BY: RankBy = process.env.RANK_BY === RankBy.RAW ? RankBy.RAW : RankBy.NORMALISED;

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
    const { app, connect, post, login } = await benchApp(cleanups);

    const built = performance.now();
    const { roundId } = await buildRound(await connect(), ENTRIES);
    const scores = ENTRIES * MEMBERS * RUBRIC.criteria.length;
    console.log(
      `built ${ENTRIES} entries × ${MEMBERS} members × ${RUBRIC.criteria.length} criteria ` +
        `(${scores} scores) in ${((performance.now() - built) / 1000).toFixed(1)} s`,
    );

    const token = await login(SECRETARY);

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
        token,
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
