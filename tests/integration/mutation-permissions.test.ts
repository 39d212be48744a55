import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CANDIDACY_STATES, REFUSALS } from '@vinh-danh/shared';
import { signIn } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';
import { CALLERS } from './mutation-permissions/callers';
import { MUTATIONS } from './mutation-permissions';
import type { Caller, Case, Outcome, Vars, World } from './mutation-permissions/types';
import { buildWorld, type Signed } from './mutation-permissions/world';

type Result = 'OK' | Outcome;

/** What the table says a caller gets. */
const expected = (c: Case, caller: Caller): Result => {
  if (c.allowed.includes(caller) || (caller === 'anonymous' && c.public)) return 'OK';
  const refusal = caller === 'anonymous' ? 'UNAUTHENTICATED' : (c.except?.[caller] ?? c.refused);
  return { code: REFUSALS[refusal].code, refusal };
};

const call = async (c: Case, api: GraphQLClient, vars: Vars): Promise<Result> => {
  const res = await api.request(c.document, vars);
  const error = res.errors?.[0];
  if (error) {
    const { code, refusal } = error.extensions ?? {};
    return { code: String(code), ...(refusal ? { refusal: String(refusal) } : {}) };
  }
  return c.outcome?.(res.data!) ?? 'OK';
};

/** The mutation names of the committed printed schema. */
const printedMutations = (): string[] => {
  const sdl = readFileSync(join(__dirname, '../../server/schema.graphql'), 'utf8');
  const body = /^type Mutation \{\n([\s\S]*?)^\}/m.exec(sdl)?.[1] ?? '';
  return [...body.matchAll(/^ {2}(\w+)[(:]/gm)].map((m) => m[1]).sort();
};

const CASES = Object.entries(MUTATIONS).flatMap(([mutation, cases]) =>
  cases.map((c) => [c.name ? `${mutation} (${c.name})` : mutation, c] as const),
);

/**
 * Every mutation of the schema × every caller (anonymous, each role and seat, in scope and
 * out of it). Refusals carry the table's code and refusal and change nothing; allowed callers
 * succeed. A diff in the table is a change of permissions: review it as one.
 */
describe('every mutation, called by every kind of caller', () => {
  let app: TestApp;
  let world: World;
  let callers: Record<Caller, Signed>;

  beforeAll(async () => {
    // Every caller objects from the same address: the hourly limit has its own test.
    app = await startTestApp({ OBJECTIONS_PER_HOUR: 1000 });
    ({ world, callers } = await buildWorld(app));
  });
  afterAll(() => app.stop());

  it('lists every mutation of the schema, and no other', async () => {
    const { __schema } = await app.api.ok<{
      __schema: { mutationType: { fields: Array<{ name: string }> } };
    }>('{ __schema { mutationType { fields { name } } } }');
    const served = __schema.mutationType.fields.map((f) => f.name).sort();
    const listed = Object.keys(MUTATIONS).sort();
    const names = [...new Set([...served, ...printedMutations()])];
    expect({
      withoutRows: names.filter((n) => !listed.includes(n)),
      notInSchema: listed.filter((n) => !names.includes(n)),
    }).toEqual({ withoutRows: [], notInSchema: [] });
    expect(printedMutations()).toEqual(served);
  });

  it('builds its candidacies through the engine: each state’s audit trail leads to it', async () => {
    for (const state of CANDIDACY_STATES) {
      const c = await world.candidacy(state);
      const trail: Array<{ action: string; from_state: string | null; to_state: string }> =
        await app.db.query(
          'SELECT action, from_state, to_state FROM audit_event WHERE candidacy_id = $1 ORDER BY id',
          [c.candidacyId],
        );
      const [{ state: now }] = await app.db.query('SELECT state FROM candidacy WHERE id = $1', [
        c.candidacyId,
      ]);
      expect({
        state,
        now,
        trail: trail.map((e, i) => e.from_state === (trail[i - 1]?.to_state ?? null)),
      }).toEqual({ state, now: state, trail: trail.map(() => true) });
      expect({ state, last: trail.at(-1)?.to_state }).toEqual({ state, last: state });
    }
  });

  describe.each(CASES)('%s', (_label, c) => {
    let target: Vars;
    const allowed = CALLERS.filter((caller) => expected(c, caller) === 'OK');

    it('refuses every other caller with its code, changing nothing', async () => {
      target = await c.prepare(world);
      const before = await snapshot(app.db);
      const refused = CALLERS.filter((caller) => !allowed.includes(caller));
      const got = [];
      for (const caller of refused)
        got.push({ caller, result: await call(c, callers[caller].api, target) });
      expect(got).toEqual(refused.map((caller) => ({ caller, result: expected(c, caller) })));
      expect(await snapshot(app.db)).toEqual(before);
    });

    it(`lets ${allowed.length ? allowed.join(', ') : 'nobody'} do it`, async () => {
      for (const [i, caller] of allowed.entries()) {
        const vars = i === 0 || c.sharedTarget ? target : await c.prepare(world);
        const { user, api } = callers[caller];
        const as = c.ownSession && user ? await signIn(app.api, user) : api;
        const before = c.changesNothing ? await snapshot(app.db) : null;
        expect({ caller, result: await call(c, as, vars) }).toEqual({ caller, result: 'OK' });
        if (before) expect(await snapshot(app.db)).toEqual(before);
      }
    });
  });
});
