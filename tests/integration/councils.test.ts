import pdf from 'pdf-parse';
import {
  ErrorCode,
  rankEntries,
  RankBy,
  Role,
  scoreEntries,
  Seat,
  UnitKind,
} from '@vinh-danh/shared';
import { buildCampaign, buildReviewDates, day } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import {
  buildAdmin,
  buildTree,
  buildUnit,
  buildUser,
  signIn,
  type UnitRow,
  type UserRow,
} from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review, sheet } from '../support/review';
import { snapshot } from '../support/snapshot';

describe('review councils', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let campaignId: string;
  let creator: UserRow;

  const person = (unit: UnitRow, name?: string) => buildUser(app.db, { unit, displayName: name });
  const as = (user: UserRow) => signIn(app.api, user);
  /** An endorsed candidacy of the unit in this test's campaign. */
  const endorsed = (unit: UnitRow) =>
    buildEndorsed(app.db, { unit, campaignId, createdBy: creator.id });

  /** A district council of five: chair, secretary and a member from the district, one member from each commune. */
  const districtCouncil = async (rules = {}) => {
    const chair = await person(tree.district, 'Trần Quốc Bảo');
    const secretary = await person(tree.district, 'Lường Văn Hùng');
    const m1 = await person(tree.district, 'Cà Thị Lan');
    const fromA = await person(tree.communeA, 'Lò Văn Pâng');
    const fromB = await person(tree.communeB, 'Quàng Thị Duyên');
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
      seats: [
        [chair, Seat.CHAIR],
        [secretary, Seat.SECRETARY],
        [m1, Seat.MEMBER],
        [fromA, Seat.MEMBER],
        [fromB, Seat.MEMBER],
      ],
      rules,
    });
    return {
      council,
      chair: await as(chair),
      secretary: await as(secretary),
      m1: await as(m1),
      fromA: await as(fromA),
      fromB: await as(fromB),
      ids: {
        chair: council.members[chair.username],
        m1: council.members[m1.username],
        fromA: council.members[fromA.username],
        fromB: council.members[fromB.username],
      },
    };
  };

  /** A unit beside the communes: its entries have no council member on their nominating side. */
  const agency = () =>
    buildUnit(app.db, { name: 'Hội Nông dân huyện', kind: UnitKind.AGENCY, parent: tree.district });

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    creator = await buildUser(app.db, {
      unit: tree.province,
      roles: [[Role.CAMPAIGN_MANAGER, tree.province]],
    });
    campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id })).id;
  });
  afterAll(() => app.stop());

  // Every council here is of the district, one per campaign: each test opens its own campaign.
  beforeEach(async () => {
    campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id })).id;
  });

  it('excludes members on the nominating side automatically, and by their own declaration', async () => {
    const c = await districtCouncil();
    const x = await endorsed(tree.communeA);
    const y = await endorsed(tree.communeB);
    const round = await review.open(c.secretary, c.council.id);
    const added = await review.add(c.secretary, round.id, [x.candidacyId, y.candidacyId]);
    const [ex, ey] = added.entries;
    expect(ex.candidacy.state).toBe('IN_REVIEW');
    expect(ex.conflicts).toEqual([{ member: { id: c.ids.fromA }, kind: 'AUTOMATIC' }]);
    expect(ey.conflicts).toEqual([{ member: { id: c.ids.fromB }, kind: 'AUTOMATIC' }]);

    await c.m1.ok(`mutation($input: ConflictInput!) { declareConflict(input: $input) { id } }`, {
      input: { entryId: ey.id, reason: 'Người thân của tôi là chủ nhiệm mô hình' },
    });
    const assigned = await review.assign(c.secretary, round.id);
    const reviewers = (i: number) => assigned.entries[i].reviewers.map((r) => r.id).sort();
    expect(reviewers(0)).not.toContain(c.ids.fromA);
    expect(reviewers(0)).toHaveLength(4);
    expect(reviewers(1)).not.toContain(c.ids.fromB);
    expect(reviewers(1)).not.toContain(c.ids.m1);
    expect(reviewers(1)).toHaveLength(3);

    expect((await review.step(c.secretary, 'startScoring', round.id)).errors).toBeUndefined();
    const before = await snapshot(app.db);
    expect((await review.score(c.fromA, ex.id, sheet(80))).errors?.[0].extensions?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect((await review.score(c.m1, ey.id, sheet(80))).errors?.[0].extensions?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
    expect(await snapshot(app.db)).toEqual(before);

    expect((await review.step(c.secretary, 'startVoting', round.id)).errors).toBeUndefined();
    const refused = await review.vote(c.fromA, ex.id, 'APPROVE');
    expect(refused.errors?.[0].extensions?.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('refuses scoring outside one’s assignment, after scoring closes, and bad points, changing nothing', async () => {
    const c = await districtCouncil();
    const x = await endorsed(tree.district);
    const round = await review.open(c.secretary, c.council.id);
    const { entries } = await review.add(c.secretary, round.id, [x.candidacyId]);
    const before0 = await snapshot(app.db);
    expect((await review.score(c.m1, entries[0].id, sheet(80))).errors?.[0].extensions?.code).toBe(
      ErrorCode.DEADLINE_PASSED,
    );
    expect(await snapshot(app.db)).toEqual(before0);
    const assigned = await review.assign(c.secretary, round.id, 2);
    const chosen = assigned.entries[0].reviewers.map((r) => r.id);
    expect(chosen).toHaveLength(2);
    await review.step(c.secretary, 'startScoring', round.id);
    const members: Record<string, GraphQLClient> = {
      [c.ids.m1]: c.m1,
      [c.ids.fromA]: c.fromA,
      [c.ids.fromB]: c.fromB,
      [c.ids.chair]: c.chair,
    };
    const outsider = Object.keys(members).find((id) => !chosen.includes(id))!;
    const before = await snapshot(app.db);
    expect(
      (await review.score(members[outsider], entries[0].id, sheet(80))).errors?.[0].extensions
        ?.code,
    ).toBe(ErrorCode.FORBIDDEN);
    const reviewer = members[chosen.find((id) => members[id])!];
    for (const bad of [
      [31, 25, 20, 15, 10],
      [30.25, 25, 20, 15, 10],
      [-1, 0, 0, 0, 0],
    ]) {
      expect((await review.score(reviewer, entries[0].id, bad)).errors?.[0].extensions?.code).toBe(
        ErrorCode.BAD_USER_INPUT,
      );
    }
    expect(await snapshot(app.db)).toEqual(before);
    expect(
      (await review.score(reviewer, entries[0].id, [29.5, 25, 0, 15, 10])).errors,
    ).toBeUndefined();
    await review.step(c.secretary, 'startVoting', round.id);
    const after = await snapshot(app.db);
    expect(
      (await review.score(reviewer, entries[0].id, sheet(10))).errors?.[0].extensions?.code,
    ).toBe(ErrorCode.DEADLINE_PASSED);
    expect(await snapshot(app.db)).toEqual(after);
  });

  it('keeps intake, scores and ballots inside the level’s review dates, until an administrator extends them', async () => {
    const c = await districtCouncil();
    const x = await endorsed(tree.district);
    const admin = await as(await buildAdmin(app.db, tree.province));
    await buildReviewDates(app.db, campaignId, UnitKind.DISTRICT, -5, -1);
    const reviewUntil = (offset: number) =>
      admin.ok(`mutation($input: ExtendPhaseInput!) { extendPhase(input: $input) { id } }`, {
        input: { campaignId, phase: 'REVIEW', level: 'DISTRICT', closesOn: day(offset) },
      });
    const dates = async () =>
      (
        await c.m1.ok<{ council: { reviewDates: { closesOn: string; open: boolean } } }>(
          `query($id: ID!) { council(id: $id) { reviewDates { closesOn open } } }`,
          { id: c.council.id },
        )
      ).council.reviewDates;
    /** Refused with DEADLINE_PASSED while the dates are past, changing nothing; then let through. */
    const onlyInsideDates = async (act: () => Promise<{ errors?: unknown }>) => {
      const before = await snapshot(app.db);
      const refused = (await act()) as { errors?: Array<{ extensions?: { code?: string } }> };
      expect(refused.errors?.[0].extensions?.code).toBe(ErrorCode.DEADLINE_PASSED);
      expect(await snapshot(app.db)).toEqual(before);
      await reviewUntil(10);
      expect(await dates()).toEqual({ closesOn: day(10), open: true });
      expect((await act()).errors).toBeUndefined();
      await reviewUntil(-1);
    };

    expect(await dates()).toEqual({ closesOn: day(-1), open: false });

    const round = await review.open(c.secretary, c.council.id); // preparing is not council work
    await onlyInsideDates(() => review.take(c.secretary, round.id, [x.candidacyId]));
    const { entries } = await review.assign(c.secretary, round.id);
    await review.step(c.secretary, 'startScoring', round.id);
    await onlyInsideDates(() => review.score(c.m1, entries[0].id, sheet(80)));
    await review.step(c.secretary, 'startVoting', round.id);
    await onlyInsideDates(() => review.vote(c.m1, entries[0].id, 'APPROVE'));
  });

  it('parallel score submissions by one member leave exactly one sheet', async () => {
    const c = await districtCouncil();
    const x = await endorsed(tree.district);
    const round = await review.open(c.secretary, c.council.id);
    const { entries } = await review.add(c.secretary, round.id, [x.candidacyId]);
    await review.assign(c.secretary, round.id);
    await review.step(c.secretary, 'startScoring', round.id);
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) => review.score(c.m1, entries[0].id, sheet(40 + i * 5))),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    const rows: Array<{ criterion: string; points: string }> = await app.db.query(
      'SELECT criterion, points FROM score WHERE entry_id = $1 AND member_id = $2',
      [entries[0].id, c.ids.m1],
    );
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r) => r.criterion)).size).toBe(5);
  });

  it('keeps ballots secret from everyone, administrators included: only counts leave the server', async () => {
    const c = await districtCouncil();
    const admin = await signIn(app.api, await buildAdmin(app.db, tree.province, null));
    const x = await endorsed(tree.district);
    const round = await review.open(c.secretary, c.council.id);
    const { entries } = await review.add(c.secretary, round.id, [x.candidacyId]);
    await review.assign(c.secretary, round.id);
    await review.step(c.secretary, 'startScoring', round.id);
    await review.step(c.secretary, 'startVoting', round.id);
    expect((await review.vote(c.m1, entries[0].id, 'REJECT')).errors).toBeUndefined();
    expect((await review.vote(c.m1, entries[0].id, 'APPROVE')).errors?.[0].extensions?.code).toBe(
      ErrorCode.CONFLICT,
    );

    // No type of the schema carries a vote except the ballot input: there is no path to read one.
    const schema = await admin.ok<{
      __schema: {
        types: Array<{
          name: string;
          kind: string;
          fields: Array<{
            name: string;
            type: { name: string | null; ofType: { name: string | null } | null };
          }> | null;
        }>;
      };
    }>(`{ __schema { types { name kind fields { name type { name ofType { name } } } } } }`);
    const voteFields = schema.__schema.types.flatMap((t) =>
      (t.fields ?? [])
        .filter((f) => f.type.name === 'Vote' || f.type.ofType?.name === 'Vote')
        .map((f) => `${t.name}.${f.name}`),
    );
    expect(voteFields).toEqual([]);
    // What an administrator can read of the entry: counts, and only whether they themselves voted.
    const seen = await admin.ok<{ round: { entries: Array<Record<string, unknown>> } }>(
      `query($id: ID!) { round(id: $id) { entries { ballotsCast votedByMe result { approve } } } }`,
      { id: round.id },
    );
    expect(seen.round.entries).toEqual([{ ballotsCast: 1, votedByMe: false, result: null }]);
    // And the database itself keeps no member beside a vote: only counts per entry.
    const columns = await app.db.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'ballot_tally' ORDER BY 1`,
    );
    expect(columns.map((r: { column_name: string }) => r.column_name)).toEqual([
      'abstain',
      'approve',
      'entry_id',
      'reject',
    ]);
  });

  it('recognises nothing without a quorum, and records the tally as a transition', async () => {
    const c = await districtCouncil({ quorum: { numerator: 4, denominator: 5, strict: false } });
    const x = await endorsed(await agency());
    const round = await review.open(c.secretary, c.council.id);
    const { entries } = await review.add(c.secretary, round.id, [x.candidacyId]);
    await review.assign(c.secretary, round.id);
    await review.step(c.secretary, 'startScoring', round.id);
    for (const m of [c.m1, c.fromA, c.fromB, c.chair])
      await review.score(m, entries[0].id, sheet(90));
    await review.step(c.secretary, 'startVoting', round.id);
    for (const m of [c.m1, c.fromA, c.fromB]) await review.vote(m, entries[0].id, 'APPROVE'); // 3 of 5 < 4/5
    // The chair sits in the session without voting: four present make the session's quorum,
    // three ballots do not make the entry's.
    expect((await review.attend(c.secretary, round.id, c.ids.chair, true)).errors).toBeUndefined();
    expect((await review.step(c.m1, 'closeRound', round.id)).errors?.[0].extensions?.code).toBe(
      ErrorCode.FORBIDDEN,
    );
    const closed = await review.step(c.chair, 'closeRound', round.id);
    expect(closed.errors).toBeUndefined();
    const [row] = await app.db.query(
      `SELECT c.state, c.recognition, e.approve, e.eligible, e.quorum_met FROM candidacy c JOIN round_entry e ON e.candidacy_id = c.id WHERE c.id = $1`,
      [x.candidacyId],
    );
    // Short of the quorum no counts are kept: beside the has-voted marks they would be votes.
    expect(row).toEqual({
      state: 'NOT_RECOGNISED',
      recognition: null,
      approve: null,
      eligible: 5,
      quorum_met: false,
    });
    const [event] = await app.db.query(
      `SELECT action, from_state, to_state FROM audit_event WHERE candidacy_id = $1 ORDER BY id DESC LIMIT 1`,
      [x.candidacyId],
    );
    expect(event).toEqual({
      action: 'NOT_RECOGNISE',
      from_state: 'IN_REVIEW',
      to_state: 'NOT_RECOGNISED',
    });
  });

  it('ranks in SQL exactly as the shared math does, and hides it from members until published', async () => {
    const c = await districtCouncil({ rankBy: 'NORMALISED' });
    const agency8 = await agency();
    const candidacies = [];
    for (let i = 0; i < 8; i++)
      candidacies.push(
        await buildEndorsed(app.db, {
          unit: agency8,
          campaignId,
          createdBy: creator.id,
          title: `Mô hình số ${i}`,
        }),
      );
    const round = await review.open(c.secretary, c.council.id);
    const { entries } = await review.add(
      c.secretary,
      round.id,
      candidacies.map((x) => x.candidacyId),
    );
    await review.assign(c.secretary, round.id);
    await review.step(c.secretary, 'startScoring', round.id);
    const scorers = [c.m1, c.fromA, c.fromB, c.chair];
    // A strict, a lenient, a flat and an ordinary member, with ties to break.
    const plan = (m: number, e: number) => [40 + e * 5, 70 + e * 3, 60, 50 + ((e * 7) % 30)][m];
    for (const [m, member] of scorers.entries()) {
      for (const [e, entry] of entries.entries())
        await review.score(member, entry.id, sheet(plan(m, e)));
    }
    const RANKING = `query($id: ID!, $by: RankBy) { round(id: $id) { ranking(rankBy: $by) { rank entryId raw normalised spread sheets disagreement } } }`;
    expect(await c.m1.code(RANKING, { id: round.id })).toBe(ErrorCode.FORBIDDEN);
    const totals: Array<{ member_id: string; entry_id: string; total: string }> =
      await app.db.query(
        `SELECT member_id, entry_id, sum(points) AS total FROM score WHERE entry_id = ANY($1) GROUP BY 1, 2`,
        [entries.map((e) => e.id)],
      );
    const expected = scoreEntries(
      totals.map((t) => ({ memberId: t.member_id, entryId: t.entry_id, total: Number(t.total) })),
      100,
    ).map((s) => ({
      ...s,
      intakeOrder: entries.findIndex((e) => e.id === s.entryId),
    }));
    for (const by of [RankBy.RAW, RankBy.NORMALISED]) {
      const got = (
        await c.secretary.ok<{
          round: {
            ranking: Array<{
              rank: number;
              entryId: string;
              raw: number;
              normalised: number;
              spread: number;
              sheets: number;
              disagreement: boolean;
            }>;
          };
        }>(RANKING, { id: round.id, by })
      ).round.ranking;
      const want = rankEntries(expected, by, 20);
      expect(got.map((r) => r.entryId)).toEqual(want.map((r) => r.entryId));
      for (const [i, r] of got.entries()) {
        expect(r.raw).toBeCloseTo(want[i].raw, 9);
        expect(r.normalised).toBeCloseTo(want[i].normalised, 9);
        expect(r).toMatchObject({
          rank: i + 1,
          spread: want[i].spread,
          sheets: 4,
          disagreement: want[i].disagreement,
        });
      }
    }
    expect((await review.step(c.chair, 'publishResults', round.id)).errors).toBeUndefined();
    expect(
      (await c.m1.ok<{ round: { ranking: unknown[] } }>(RANKING, { id: round.id })).round.ranking,
    ).toHaveLength(8);
  });

  /** Runs a full round in which everyone approves and scores `total`; returns the round id. */
  const passRound = async (
    people: Record<'secretary' | 'chair', GraphQLClient> & { voters: GraphQLClient[] },
    councilId: string,
    candidacyIds: string[],
    total = 85,
  ) => {
    const round = await review.open(people.secretary, councilId);
    const { entries } = await review.add(people.secretary, round.id, candidacyIds);
    await review.assign(people.secretary, round.id);
    await review.step(people.secretary, 'startScoring', round.id);
    for (const m of [...people.voters, people.chair])
      for (const e of entries) await review.score(m, e.id, sheet(total));
    await review.step(people.secretary, 'startVoting', round.id);
    for (const m of [...people.voters, people.chair])
      for (const e of entries) await review.vote(m, e.id, 'APPROVE');
    const closed = await review.step(people.chair, 'closeRound', round.id);
    expect(closed.errors).toBeUndefined();
    return round.id;
  };

  /** A council of three at `unit`: chair, secretary and one member, all of the unit itself. */
  const smallCouncil = async (unit: UnitRow, quota = 1) => {
    const [chair, secretary, member] = [await person(unit), await person(unit), await person(unit)];
    const council = await buildCouncil(app.db, {
      unit,
      campaignId,
      createdBy: creator.id,
      rules: { promotionQuota: quota },
      seats: [
        [chair, Seat.CHAIR],
        [secretary, Seat.SECRETARY],
        [member, Seat.MEMBER],
      ],
    });
    return {
      id: council.id,
      chair: await as(chair),
      secretary: await as(secretary),
      voters: [await as(member)],
    };
  };

  const intakeOf = async (api: GraphQLClient, councilId: string) =>
    (
      await api.ok<{
        council: {
          intake: Array<{ id: string; promotedFrom: string; state: string; unit: { id: string } }>;
        };
      }>(`query($id: ID!) { council(id: $id) { intake { id promotedFrom state unit { id } } } }`, {
        id: councilId,
      })
    ).council.intake;

  it('sends exemplary entries up commune → district → province within the quota, with the minutes', async () => {
    const commune = await smallCouncil(tree.communeA, 1);
    const district = await smallCouncil(tree.district, 1);
    const province = await smallCouncil(tree.province, 1);
    const a = await buildEndorsed(app.db, {
      unit: tree.communeA,
      campaignId,
      createdBy: creator.id,
      title: 'Mô hình “Dân vận khéo” xã Noong Luống',
    });
    const b = await endorsed(tree.communeA);
    // The commune's entries belong to the commune's council, not the district's.
    expect((await intakeOf(commune.secretary, commune.id)).map((c) => c.id).sort()).toEqual(
      [a.candidacyId, b.candidacyId].sort(),
    );
    expect(await intakeOf(district.secretary, district.id)).toEqual([]);

    const communeRound = await passRound(commune, commune.id, [a.candidacyId, b.candidacyId]);
    // The result is the chair's to publish: hidden from the members until then, not from the secretary.
    const RESULT = `query($id: ID!) { round(id: $id) { entries { result { rank approve eligible } } } }`;
    const resultFor = async (api: GraphQLClient) =>
      (
        await api.ok<{ round: { entries: Array<{ result: unknown }> } }>(RESULT, {
          id: communeRound,
        })
      ).round.entries[0].result;
    expect(await resultFor(commune.voters[0])).toBeNull();
    expect(await resultFor(commune.secretary)).toEqual({ rank: 1, approve: 2, eligible: 3 });
    await review.step(commune.chair, 'publishResults', communeRound);
    expect(await resultFor(commune.voters[0])).toEqual({ rank: 1, approve: 2, eligible: 3 });
    const states = await app.db.query(
      `SELECT state, recognition FROM candidacy WHERE id = ANY($1)`,
      [[a.candidacyId, b.candidacyId]],
    );
    expect(states).toEqual([
      { state: 'RECOGNISED', recognition: 'EXEMPLARY' },
      { state: 'RECOGNISED', recognition: 'EXEMPLARY' },
    ]);

    const before = await snapshot(app.db);
    const over = await review.promote(commune.secretary, communeRound, [
      a.candidacyId,
      b.candidacyId,
    ]);
    expect(over.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.QUOTA_EXCEEDED,
      quota: 1,
      used: 0,
    });
    expect(await snapshot(app.db)).toEqual(before);
    expect(
      (await review.promote(commune.secretary, communeRound, [a.candidacyId])).errors,
    ).toBeUndefined();
    expect(
      (await review.promote(commune.secretary, communeRound, [b.candidacyId])).errors?.[0]
        .extensions?.code,
    ).toBe(ErrorCode.QUOTA_EXCEEDED);

    const [atDistrict] = await intakeOf(district.secretary, district.id);
    expect(atDistrict).toMatchObject({
      promotedFrom: a.candidacyId,
      state: 'ENDORSED',
      unit: { id: tree.district.id },
    });
    const districtRound = await passRound(district, district.id, [atDistrict.id]);
    expect(
      (await review.promote(district.secretary, districtRound, [atDistrict.id])).errors,
    ).toBeUndefined();
    // A district council member, who holds no role, reads what they review and the history below.
    const CANDIDACY = `query($id: ID!) { candidacy(id: $id) { state promotedFrom } }`;
    expect(await district.voters[0].ok(CANDIDACY, { id: a.candidacyId })).toEqual({
      candidacy: { state: 'RECOGNISED', promotedFrom: null },
    });
    // The province council holds the promoted one in its intake: it reads the history below too.
    expect(await province.voters[0].ok(CANDIDACY, { id: a.candidacyId })).toEqual({
      candidacy: { state: 'RECOGNISED', promotedFrom: null },
    });
    const [atProvince] = await intakeOf(province.secretary, province.id);
    expect(atProvince.promotedFrom).toBe(atDistrict.id);
    await passRound(province, province.id, [atProvince.id]);
    const [final] = await app.db.query('SELECT state, recognition FROM candidacy WHERE id = $1', [
      atProvince.id,
    ]);
    expect(final).toEqual({ state: 'RECOGNISED', recognition: 'EXEMPLARY' });

    // The commune round's minutes, in Vietnamese with its diacritics intact.
    const res = await fetch(`${app.url}/api/rounds/${communeRound}/minutes.pdf`, {
      headers: { authorization: `Bearer ${commune.secretary.token}` },
    });
    expect(res.headers.get('content-type')).toBe('application/pdf');
    // table cells wrap long titles: compare with white space folded
    const text = (await pdf(Buffer.from(await res.arrayBuffer()))).text.replace(/\s+/g, ' ');
    expect(text).toMatch(/BIÊN BẢN/);
    expect(text).toMatch(/Mô hình “Dân vận khéo” xã Noong Luống/);
    expect(text).toMatch(/Công nhận tiêu biểu/);
  });

  it('on the post-2025 tree sends a commune’s entry straight to the province', async () => {
    const province = await buildUnit(app.db, {
      name: 'Tỉnh Lai Châu (2025)',
      kind: UnitKind.PROVINCE,
    });
    const commune = await buildUnit(app.db, {
      name: 'Xã Bình Lư (2025)',
      kind: UnitKind.COMMUNE,
      parent: province,
    });
    const ownCampaign = (await buildCampaign(app.db, { unit: province, createdBy: creator.id })).id;
    campaignId = ownCampaign;
    const communeCouncil = await smallCouncil(commune);
    const provinceCouncil = await smallCouncil(province);
    const a = await endorsed(commune);
    const round = await passRound(communeCouncil, communeCouncil.id, [a.candidacyId]);
    expect(
      (await review.promote(communeCouncil.secretary, round, [a.candidacyId])).errors,
    ).toBeUndefined();
    const [arrived] = await intakeOf(provinceCouncil.secretary, provinceCouncil.id);
    expect(arrived).toMatchObject({ promotedFrom: a.candidacyId, unit: { id: province.id } });
  });

  it('says per entry whether it can go up a level and why not, and refuses for that reason, changing nothing', async () => {
    const commune = await smallCouncil(tree.communeA, 1);
    const district = await smallCouncil(tree.district, 1);
    const [a, b, c] = [
      await endorsed(tree.communeA),
      await endorsed(tree.communeA),
      await endorsed(tree.communeA),
    ];
    const AVAILABILITY = `query($id: ID!) { round(id: $id) {
      promotion { toCouncil quota used left }
      entries { candidacyId promotion { allowed reason } } } }`;
    interface Availability {
      promotion: { toCouncil: string | null; quota: number; used: number; left: number };
      entries: Array<{ candidacyId: string; promotion: { allowed: boolean; reason: string } }>;
    }
    const availability = async (api: GraphQLClient, roundId: string) => {
      const { round } = await api.ok<{ round: Availability }>(AVAILABILITY, { id: roundId });
      return {
        ...round.promotion,
        entries: Object.fromEntries(
          round.entries.map((e) => [e.candidacyId, e.promotion.reason ?? 'ALLOWED']),
        ),
      };
    };
    /** A promotion the page would not offer: refused with its reason, and nothing changed. */
    const refused = async (roundId: string, ids: string[], code: ErrorCode, reason: string) => {
      const before = await snapshot(app.db);
      const res = await review.promote(commune.secretary, roundId, ids);
      expect(res.errors?.[0].extensions).toMatchObject({ code, reason });
      expect(await snapshot(app.db)).toEqual(before);
    };

    // While the round runs, nothing can go up yet.
    const running = await review.open(commune.secretary, commune.id, 'Phiên hai');
    await review.add(commune.secretary, running.id, [c.candidacyId]);
    expect((await availability(commune.secretary, running.id)).entries).toEqual({
      [c.candidacyId]: 'ROUND_NOT_CLOSED',
    });

    const first = await passRound(commune, commune.id, [a.candidacyId, b.candidacyId]);
    expect(await availability(commune.secretary, first)).toEqual({
      toCouncil: `Hội đồng xét duyệt ${tree.district.name}`,
      quota: 1,
      used: 0,
      left: 1,
      entries: { [a.candidacyId]: 'ALLOWED', [b.candidacyId]: 'ALLOWED' },
    });
    // Promoting is the secretary's: the chair is told so, not offered it.
    expect((await availability(commune.chair, first)).entries[a.candidacyId]).toBe('NOT_SECRETARY');

    // Scored 60: recognised as effective, not exemplary.
    await review.assign(commune.secretary, running.id);
    await review.step(commune.secretary, 'startScoring', running.id);
    const [entry] = (await review.get(commune.secretary, running.id)).entries;
    for (const m of [...commune.voters, commune.chair]) await review.score(m, entry.id, sheet(60));
    await review.step(commune.secretary, 'startVoting', running.id);
    for (const m of [...commune.voters, commune.chair]) await review.vote(m, entry.id, 'APPROVE');
    await review.step(commune.chair, 'closeRound', running.id);
    expect((await availability(commune.secretary, running.id)).entries).toEqual({
      [c.candidacyId]: 'NOT_EXEMPLARY',
    });
    await refused(running.id, [c.candidacyId], ErrorCode.BAD_USER_INPUT, 'NOT_EXEMPLARY');

    // The district has finished reviewing: its council could not take the entry in.
    await buildReviewDates(app.db, campaignId, UnitKind.DISTRICT, -20, -1);
    expect((await availability(commune.secretary, first)).entries[a.candidacyId]).toBe(
      'PARENT_REVIEW_CLOSED',
    );
    await refused(first, [a.candidacyId], ErrorCode.DEADLINE_PASSED, 'PARENT_REVIEW_CLOSED');
    await app.db.query(
      `UPDATE campaign_phase SET closes_on = $2 WHERE campaign_id = $1 AND level = 'DISTRICT'`,
      [campaignId, day(10)],
    );

    // One goes up; the quota is then used for the other.
    expect(
      (await review.promote(commune.secretary, first, [a.candidacyId])).errors,
    ).toBeUndefined();
    expect(await availability(commune.secretary, first)).toMatchObject({
      used: 1,
      left: 0,
      entries: { [a.candidacyId]: 'ALREADY_PROMOTED', [b.candidacyId]: 'QUOTA_USED' },
    });
    await refused(first, [b.candidacyId], ErrorCode.QUOTA_EXCEEDED, 'QUOTA_USED');
    await refused(first, [a.candidacyId], ErrorCode.BAD_USER_INPUT, 'ALREADY_PROMOTED');

    // The campaign has no council above the district: its review ends there, and says so.
    const [atDistrict] = await intakeOf(district.secretary, district.id);
    const top = await passRound(district, district.id, [atDistrict.id]);
    expect(await availability(district.secretary, top)).toEqual({
      toCouncil: null,
      quota: 1,
      used: 0,
      left: 1,
      entries: { [atDistrict.id]: 'NO_PARENT_COUNCIL' },
    });
    const before = await snapshot(app.db);
    const res = await review.promote(district.secretary, top, [atDistrict.id]);
    expect(res.errors?.[0].extensions).toMatchObject({
      code: ErrorCode.BAD_USER_INPUT,
      reason: 'NO_PARENT_COUNCIL',
    });
    expect(await snapshot(app.db)).toEqual(before);
  });
});
