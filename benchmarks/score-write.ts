import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { benchApp, buildRound, countStatements, int, median, MEMBERS, RUBRIC } from './fixture';
import { runCleanups, type Cleanups } from './scratch';

/**
 * A member's score sheet, written as the web writes it: `submitScores` with the entry's fields
 * the scoring page reads back (web/src/modules/councils/graphql/fragments.ts, ReviewEntryFields).
 * For each round size in SIZES (default 50 and 500 entries × 15 members × 5 criteria) it counts
 * the SQL statements of one write (token resolution included), times RUNS of them one after
 * another, then has the 15 members write at once, each on their own connection, SHEETS each.
 * Last line: `statements=<at each size> sheets_per_s=<at each size>`.
 */

const SIZES = (process.env.SIZES ?? '50,500').split(',').map(Number);
const RUNS = int('RUNS', 40);
const SHEETS = int('SHEETS', 20);

const SUBMIT = `mutation SubmitScores($input: ScoreSheetInput!) {
  submitScores(input: $input) {
    id candidacyId intakeOrder
    result { score rank quorumMet approve reject abstain eligible }
    promotedCandidacyId sheetsDone ballotsCast assignedToMe excludedMe votedByMe
    myScores { criterion points comment }
    candidacy { id state recognition promotedFrom version }
    reviewers { id }
    conflicts { kind reason member { id } }
  }
}`;

const ENTRIES_OF = `query($id: ID!) { round(id: $id) { entries { id } } }`;

/** A full sheet, its points moved by `k` so that every write changes something. */
const sheetFor = (k: number) =>
  RUBRIC.criteria.map((c) => ({
    criterion: c.code,
    points: Math.max(0, c.maxPoints - (k % 4) * 0.5),
    comment: null,
  }));

const measure = async (entries: number) => {
  const cleanups: Cleanups = [];
  try {
    const { app, connect, post, client, login } = await benchApp(cleanups);
    const { roundId } = await buildRound(await connect(), entries);
    const tokens = await Promise.all(
      Array.from({ length: MEMBERS }, (_, i) => login(`bench.member${i + 1}`)),
    );
    const ids = (
      await post<{ round: { entries: Array<{ id: string }> } }>(
        ENTRIES_OF,
        { id: roundId },
        tokens[0],
      )
    ).round.entries.map((e) => e.id);

    const counter = countStatements(app);
    const write = (send: typeof post, token: string, entryId: string, k: number) =>
      send(SUBMIT, { input: { entryId, scores: sheetFor(k) } }, token);

    for (let i = 0; i < 10; i++) await write(post, tokens[4], ids[i % ids.length], i); // warm-up
    const ms: number[] = [];
    const counts: number[] = [];
    let last: string[] = [];
    for (let i = 0; i < RUNS; i++) {
      counter.on = true;
      counter.orm = counter.driver = 0;
      counter.statements = [];
      const start = performance.now();
      await write(post, tokens[4], ids[(i * 7) % ids.length], i);
      ms.push(performance.now() - start);
      counter.on = false;
      counts.push(Math.max(counter.orm, counter.driver));
      last = counter.statements;
    }

    // Every member at once, each from their own connection, each on entries of their own turn.
    const clients = tokens.map(() => client());
    const started = performance.now();
    await Promise.all(
      tokens.map(async (token, m) => {
        for (let k = 0; k < SHEETS; k++)
          await write(clients[m], token, ids[(m * SHEETS + k) % ids.length], k + 1);
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    return {
      entries,
      statements: Math.max(...counts),
      varied: new Set(counts).size > 1,
      medianMs: median(ms),
      sheetsPerSecond: (MEMBERS * SHEETS) / seconds,
      last,
    };
  } finally {
    await runCleanups(cleanups);
  }
};

const main = async () => {
  const results = [];
  for (const size of SIZES) {
    const r = await measure(size);
    console.log(`\n${size} entries: the statements of one write (the last one)`);
    r.last.forEach((sql, i) =>
      console.log(
        `  ${String(i + 1).padStart(2)}. ${sql.replace(/\s+/g, ' ').trim().slice(0, 110)}`,
      ),
    );
    if (r.varied) console.warn('warning: the statement count varied between writes');
    results.push(r);
  }
  console.log('');
  console.table(
    results.map((r) => ({
      entries: r.entries,
      members: MEMBERS,
      'statements a write': r.statements,
      'median ms a write': Number(r.medianMs.toFixed(2)),
      [`sheets/s, ${MEMBERS} members at once`]: Number(r.sheetsPerSecond.toFixed(0)),
    })),
  );
  console.log(
    `statements=${results.map((r) => r.statements).join(',')} sheets_per_s=${results
      .map((r) => r.sheetsPerSecond.toFixed(0))
      .join(',')}`,
  );
};

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
