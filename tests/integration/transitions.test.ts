import {
  CandidacyAction as A,
  CandidacyState as S,
  ErrorCode,
  Role,
  type CandidacyAction,
  type CandidacyState,
} from '@vinh-danh/shared';
import { buildCampaign, day, forceState, registerModel } from '../factories/campaign';
import { buildAdmin, buildTree, buildUser, signIn, type UnitRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { snapshot } from '../support/snapshot';

const TRANSITION = `mutation($input: TransitionInput!) {
  transitionCandidacy(input: $input) { id state version availableActions timeline { action fromState toState reason } }
}`;
const CANDIDACY = `query($id: ID!) { candidacy(id: $id) { state version availableActions } }`;

type Caller =
  'officer' | 'leader' | 'otherOfficer' | 'otherLeader' | 'manager' | 'admin' | 'anonymous';

/**
 * Who may take which action from which state, for the commune's own officer and leader. Every
 * other caller is refused; a diff here is a change of the lifecycle's permissions.
 */
const ALLOWED: Record<CandidacyState, Partial<Record<CandidacyAction, Caller[]>>> = {
  [S.DRAFT]: { [A.SUBMIT]: ['officer'], [A.WITHDRAW]: ['officer', 'leader'] },
  [S.SUBMITTED]: {
    [A.ENDORSE]: ['leader'],
    [A.RETURN]: ['leader'],
    [A.WITHDRAW]: ['officer', 'leader'],
  },
  [S.RETURNED]: { [A.SUBMIT]: ['officer'], [A.WITHDRAW]: ['officer', 'leader'] },
  [S.ENDORSED]: { [A.WITHDRAW]: ['officer', 'leader'], [A.INTAKE]: [] },
  [S.WITHDRAWN]: {},
  // Council moves exist but belong to seats, taken through a round, never through this mutation.
  [S.IN_REVIEW]: { [A.RETURN]: [], [A.RECOGNISE]: [], [A.NOT_RECOGNISE]: [] },
  [S.NOT_RECOGNISED]: {},
  // The end of the year's moves are taken only through a proposal, an objection or a decision:
  // here they are refused as not this mutation's (BAD_USER_INPUT), whoever asks.
  [S.RECOGNISED]: {},
  [S.PROPOSED]: {},
  [S.COMMENDED]: {},
  [S.ANNULLED]: {},
};

const TARGET: Record<CandidacyAction, CandidacyState> = {
  [A.SUBMIT]: S.SUBMITTED,
  [A.ENDORSE]: S.ENDORSED,
  [A.RETURN]: S.RETURNED,
  [A.WITHDRAW]: S.WITHDRAWN,
  [A.INTAKE]: S.IN_REVIEW,
  [A.RECOGNISE]: S.RECOGNISED,
  [A.NOT_RECOGNISE]: S.NOT_RECOGNISED,
  [A.PROPOSE]: S.PROPOSED,
  [A.COMMEND]: S.COMMENDED,
  [A.ANNUL]: S.ANNULLED,
};

/** The code a refused caller gets: who they are first, then whether the table has the move. */
const expectedRefusal = (caller: Caller, state: CandidacyState, action: CandidacyAction) => {
  if (caller === 'anonymous') return ErrorCode.UNAUTHENTICATED;
  if (['otherOfficer', 'otherLeader'].includes(caller)) return ErrorCode.FORBIDDEN; // out of scope
  if (Object.keys(ALLOWED[state]).includes(action) === false) return ErrorCode.BAD_USER_INPUT; // no such move
  return ErrorCode.FORBIDDEN; // the move exists, but not for this role
};

describe('the candidacy lifecycle', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let campaignId: string;
  const as = {} as Record<Caller, GraphQLClient>;

  const person = async (unit: UnitRow, role: Role, on: UnitRow) =>
    signIn(app.api, await buildUser(app.db, { unit, roles: [[role, on]] }));

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    as.officer = await person(tree.communeA, Role.UNIT_OFFICER, tree.communeA);
    as.leader = await person(tree.communeA, Role.UNIT_LEADER, tree.communeA);
    as.otherOfficer = await person(tree.communeB, Role.UNIT_OFFICER, tree.communeB);
    as.otherLeader = await person(tree.communeB, Role.UNIT_LEADER, tree.communeB);
    as.manager = await person(tree.district, Role.CAMPAIGN_MANAGER, tree.district);
    as.admin = await signIn(app.api, await buildAdmin(app.db, tree.province, null));
    as.anonymous = app.api;
    const [{ id: managerId }] = await app.db.query(
      `SELECT user_id AS id FROM role_grant WHERE role = 'CAMPAIGN_MANAGER'`,
    );
    campaignId = (await buildCampaign(app.db, { unit: tree.district, createdBy: managerId })).id;
  });
  afterAll(() => app.stop());

  const candidacyIn = async (state: CandidacyState) => {
    const c = await registerModel(as.officer, { campaignId, unitId: tree.communeA.id });
    if (state !== S.DRAFT) await forceState(app.db, c.candidacyId, state);
    return c;
  };

  const take = (
    caller: Caller,
    c: { candidacyId: string; version: number },
    action: CandidacyAction,
    reason?: string,
  ) =>
    as[caller].request<{
      transitionCandidacy: { state: string; version: number; timeline: Array<{ action: string }> };
    }>(TRANSITION, {
      input: {
        candidacyId: c.candidacyId,
        version: c.version,
        action,
        reason: reason ?? 'Cần bổ sung số liệu',
      },
    });

  describe.each(Object.values(S))('from %s', (state) => {
    it('refuses every caller and action the table does not allow, changing nothing', async () => {
      const c = await candidacyIn(state);
      const before = await snapshot(app.db);
      const callers = Object.keys(as) as Caller[];
      for (const action of Object.values(A)) {
        for (const caller of callers.filter((who) => !ALLOWED[state][action]?.includes(who))) {
          const res = await take(caller, c, action);
          const code = res.errors?.[0].extensions?.code;
          expect({ state, action, caller, code }).toEqual({
            state,
            action,
            caller,
            code: expectedRefusal(caller, state, action),
          });
        }
      }
      expect(await snapshot(app.db)).toEqual(before);
    });

    const allowed = Object.entries(ALLOWED[state]).flatMap(([action, callers]) =>
      callers.map((caller) => [action as CandidacyAction, caller] as const),
    );
    if (allowed.length) {
      it.each(allowed)(
        'lets %s be taken by the %s, with an audit event',
        async (action, caller) => {
          const c = await candidacyIn(state);
          const res = await take(caller, c, action);
          expect(res.errors).toBeUndefined();
          expect(res.data!.transitionCandidacy).toMatchObject({
            state: TARGET[action],
            version: c.version + 1,
          });
          const events = await app.db.query(
            'SELECT action, from_state, to_state, reason, actor_id FROM audit_event WHERE candidacy_id = $1 ORDER BY id',
            [c.candidacyId],
          );
          expect(events.map((e: { action: string }) => e.action)).toEqual(['REGISTER', action]);
          expect(events[1]).toMatchObject({ from_state: state, to_state: TARGET[action] });
        },
      );
    }
  });

  it('lists for each viewer exactly the actions they may take', async () => {
    const c = await candidacyIn(S.SUBMITTED);
    const actions = async (caller: Caller) =>
      (
        await as[caller].ok<{ candidacy: { availableActions: string[] } }>(CANDIDACY, {
          id: c.candidacyId,
        })
      ).candidacy.availableActions;
    expect(await actions('leader')).toEqual([A.ENDORSE, A.RETURN, A.WITHDRAW]);
    expect(await actions('officer')).toEqual([A.WITHDRAW]);
    // An administrator keeps the tree and the accounts, not the dossiers.
    expect(await as.admin.code(CANDIDACY, { id: c.candidacyId })).toBe(ErrorCode.FORBIDDEN);
    expect(await actions('manager')).toEqual([]);
    expect(await as.otherLeader.code(CANDIDACY, { id: c.candidacyId })).toBe(ErrorCode.FORBIDDEN);
  });

  it('a return needs a reason, and keeps it in the audit trail', async () => {
    const c = await candidacyIn(S.SUBMITTED);
    const before = await snapshot(app.db);
    for (const reason of ['', '   ']) {
      const res = await take('leader', c, A.RETURN, reason);
      expect(res.errors?.[0].extensions).toMatchObject({
        code: ErrorCode.BAD_USER_INPUT,
        field: 'reason',
      });
    }
    expect(await snapshot(app.db)).toEqual(before);
    const ok = await take('leader', c, A.RETURN, 'Thiếu ảnh minh chứng');
    expect(ok.data!.transitionCandidacy.state).toBe(S.RETURNED);
    const [event] = await app.db.query(
      `SELECT reason FROM audit_event WHERE candidacy_id = $1 AND action = 'RETURN'`,
      [c.candidacyId],
    );
    expect(event.reason).toBe('Thiếu ảnh minh chứng');
  });

  it('refuses to submit an incomplete dossier, naming what is missing', async () => {
    const c = await registerModel(as.officer, {
      campaignId,
      unitId: tree.communeA.id,
      complete: false,
    });
    const before = await snapshot(app.db);
    const res = await take('officer', c, A.SUBMIT);
    expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(res.errors?.[0].extensions?.missing).toEqual([
      'goals',
      'content',
      'reach',
      'forces',
      'resources',
      'timeline',
      'outputs',
      'sustainability',
      'indicators',
    ]);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a stale version with CONFLICT, and an unknown id with NOT_FOUND', async () => {
    const c = await candidacyIn(S.DRAFT);
    const before = await snapshot(app.db);
    expect(
      (await take('officer', { ...c, version: c.version + 5 }, A.SUBMIT)).errors?.[0].extensions
        ?.code,
    ).toBe(ErrorCode.CONFLICT);
    const unknown = { candidacyId: '00000000-0000-4000-8000-000000000000', version: 1 };
    expect((await take('officer', unknown, A.SUBMIT)).errors?.[0].extensions?.code).toBe(
      ErrorCode.NOT_FOUND,
    );
    expect(
      (await take('officer', { candidacyId: 'nope', version: 1 }, A.SUBMIT)).errors?.[0].extensions
        ?.code,
    ).toBe(ErrorCode.BAD_USER_INPUT);
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('refuses a withdrawn candidacy acted on again', async () => {
    const c = await candidacyIn(S.DRAFT);
    const withdrawn = await take('officer', c, A.WITHDRAW);
    const version = withdrawn.data!.transitionCandidacy.version;
    const before = await snapshot(app.db);
    for (const action of Object.values(A)) {
      const res = await take('leader', { ...c, version }, action);
      expect(res.errors?.[0].extensions?.code).toBe(ErrorCode.BAD_USER_INPUT);
      expect(res.errors?.[0].extensions).toMatchObject({
        refusal: 'ACTION_NOT_IN_STATE',
        state: S.WITHDRAWN,
      });
    }
    expect(await snapshot(app.db)).toEqual(before);
  });

  it('20 parallel endorsements: exactly one succeeds, the rest get CONFLICT, one audit event', async () => {
    const c = await candidacyIn(S.SUBMITTED);
    const results = await Promise.all(
      Array.from({ length: 20 }, () => take('leader', c, A.ENDORSE)),
    );
    const codes = results.map((r) => r.errors?.[0].extensions?.code ?? 'OK');
    expect(codes.filter((x) => x === 'OK')).toHaveLength(1);
    expect(codes.filter((x) => x === ErrorCode.CONFLICT)).toHaveLength(19);
    const [{ n }] = await app.db.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE candidacy_id = $1 AND action = 'ENDORSE'`,
      [c.candidacyId],
    );
    expect(n).toBe(1);
    const [{ state, version }] = await app.db.query(
      'SELECT state, version FROM candidacy WHERE id = $1',
      [c.candidacyId],
    );
    expect({ state, version }).toEqual({ state: S.ENDORSED, version: c.version + 1 });
  });

  it('bulk endorsement endorses each it can and reports the others', async () => {
    const a = await candidacyIn(S.SUBMITTED);
    const b = await candidacyIn(S.DRAFT);
    const res = await as.leader.ok<{
      endorseCandidacies: Array<{
        candidacyId: string;
        errorCode: string | null;
        candidacy: { state: string } | null;
      }>;
    }>(
      `mutation($input: BulkEndorseInput!) { endorseCandidacies(input: $input) { candidacyId errorCode candidacy { state } } }`,
      { input: { items: [a, b].map(({ candidacyId, version }) => ({ candidacyId, version })) } },
    );
    expect(res.endorseCandidacies).toEqual([
      { candidacyId: a.candidacyId, errorCode: null, candidacy: { state: S.ENDORSED } },
      { candidacyId: b.candidacyId, errorCode: ErrorCode.BAD_USER_INPUT, candidacy: null },
    ]);
  });

  it('keeps the audit trail append-only in the database itself', async () => {
    const c = await candidacyIn(S.DRAFT);
    await expect(
      app.db.query(`UPDATE audit_event SET reason = 'sửa' WHERE candidacy_id = $1`, [
        c.candidacyId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      app.db.query(`DELETE FROM audit_event WHERE candidacy_id = $1`, [c.candidacyId]),
    ).rejects.toThrow(/append-only/);
  });
});

describe('deadlines', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.stop());

  it('a closed phase gives DEADLINE_PASSED until an administrator extends it', async () => {
    const tree = await buildTree(app.db);
    const officerRow = await buildUser(app.db, {
      unit: tree.communeA,
      roles: [[Role.UNIT_OFFICER, tree.communeA]],
    });
    const officer = await signIn(app.api, officerRow);
    const leader = await signIn(
      app.api,
      await buildUser(app.db, { unit: tree.communeA, roles: [[Role.UNIT_LEADER, tree.communeA]] }),
    );
    const admin = await signIn(app.api, await buildAdmin(app.db, tree.district, tree.district));
    const { id: campaignId } = await buildCampaign(app.db, {
      unit: tree.district,
      createdBy: officerRow.id,
      nomination: 'closed',
    });
    const c = await registerModel(officer, { campaignId, unitId: tree.communeA.id });
    const submitted = await officer.ok<{ transitionCandidacy: { version: number } }>(TRANSITION, {
      input: { candidacyId: c.candidacyId, version: c.version, action: A.SUBMIT },
    });
    const version = submitted.transitionCandidacy.version;
    const endorse = { input: { candidacyId: c.candidacyId, version, action: A.ENDORSE } };
    const before = await snapshot(app.db);
    const refused = await leader.request(TRANSITION, endorse);
    expect(refused.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.DEADLINE_PASSED,
      phase: 'NOMINATION',
    });
    expect(await snapshot(app.db)).toEqual(before);
    const actions = await leader.ok<{ candidacy: { availableActions: string[] } }>(CANDIDACY, {
      id: c.candidacyId,
    });
    expect(actions.candidacy.availableActions).toEqual([A.RETURN, A.WITHDRAW]);

    await admin.ok(`mutation($input: ExtendPhaseInput!) { extendPhase(input: $input) { id } }`, {
      input: { campaignId, phase: 'NOMINATION', closesOn: day(30) },
    });
    expect(
      (await leader.ok<{ transitionCandidacy: { state: string } }>(TRANSITION, endorse))
        .transitionCandidacy.state,
    ).toBe(S.ENDORSED);
  });
});
