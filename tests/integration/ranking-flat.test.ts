import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { rankEntries, RankBy, scoreEntries, Seat, UnitKind } from '@vinh-danh/shared';
import { buildCampaign } from '../factories/campaign';
import { buildCouncil, buildEndorsed } from '../factories/council';
import { buildTree, buildUnit, buildUser, signIn, type UnitRow, type UserRow } from '../factories';
import { startTestApp, type TestApp } from '../support/app';
import type { GraphQLClient } from '../support/client';
import { review, sheet } from '../support/review';

/**
 * A member who gives every entry the same total carries no information: through the real
 * ranking query, their sheets must not move the normalised ranking, whoever reviews what.
 */

/** A seeded generator (pure-rand's xoroshiro128+), so that a failing seed can be replayed. */
const prng = (seed: number) => {
  const rng = xoroshiro128plus(seed);
  return () => unsafeUniformIntDistribution(0, 2 ** 30 - 1, rng) / 2 ** 30;
};

interface Line {
  rank: number;
  entryId: string;
  raw: number | null;
  normalised: number | null;
  sheets: number;
}

const RANKING = `query($id: ID!) { round(id: $id) { ranking(rankBy: NORMALISED) { rank entryId raw normalised sheets } } }`;
const ENTRIES = 8;
/** the five who score what they think, then the one who gives every entry the same */
const SCORERS = ['Trần Quốc Bảo', 'Cà Thị Lan', 'Lò Văn Pâng', 'Quàng Thị Duyên', 'Lường Văn Hùng'];

describe('a flat member in the normalised ranking', () => {
  let app: TestApp;
  let tree: Awaited<ReturnType<typeof buildTree>>;
  let creator: UserRow;
  let agency: UnitRow;
  let people: { secretary: UserRow; scorers: UserRow[]; flat: UserRow };
  let clients: Map<string, GraphQLClient>;

  beforeAll(async () => {
    app = await startTestApp();
    tree = await buildTree(app.db);
    creator = await buildUser(app.db, { unit: tree.province });
    // Entries of a unit beside the communes: no member sits on their nominating side.
    agency = await buildUnit(app.db, {
      name: 'Hội Nông dân huyện',
      kind: UnitKind.AGENCY,
      parent: tree.district,
    });
    people = {
      secretary: await buildUser(app.db, { unit: tree.district, displayName: 'Thư ký' }),
      scorers: [],
      flat: await buildUser(app.db, { unit: tree.district, displayName: 'Lò Thị Bằng' }),
    };
    for (const name of SCORERS)
      people.scorers.push(await buildUser(app.db, { unit: tree.district, displayName: name }));
    clients = new Map();
    for (const user of [people.secretary, ...people.scorers, people.flat])
      clients.set(user.username, await signIn(app.api, user));
  });
  afterAll(() => app.stop());

  /** A council of its own campaign (one council per campaign), with a round of ENTRIES entries in draft. */
  const draftRound = async () => {
    const campaignId = (await buildCampaign(app.db, { unit: tree.province, createdBy: creator.id }))
      .id;
    const council = await buildCouncil(app.db, {
      unit: tree.district,
      campaignId,
      createdBy: creator.id,
      rules: { rankBy: 'NORMALISED' },
      seats: [
        [people.scorers[0], Seat.CHAIR],
        [people.secretary, Seat.SECRETARY],
        ...people.scorers.slice(1).map((u): [UserRow, Seat] => [u, Seat.MEMBER]),
        [people.flat, Seat.MEMBER],
      ],
    });
    const candidacies = [];
    for (let i = 0; i < ENTRIES; i++)
      candidacies.push(
        await buildEndorsed(app.db, {
          unit: agency,
          campaignId,
          createdBy: creator.id,
          title: `Mô hình số ${i}`,
        }),
      );
    const secretary = clients.get(people.secretary.username)!;
    const round = await review.open(secretary, council.id);
    const { entries } = await review.add(
      secretary,
      round.id,
      candidacies.map((c) => c.candidacyId),
    );
    const memberOf = (user: UserRow) => council.members[user.username];
    const userOf = new Map(Object.entries(council.members).map(([name, id]) => [id, name]));
    return { round, entries, secretary, memberOf, userOf };
  };

  type Draft = Awaited<ReturnType<typeof draftRound>>;

  const setReviewers = async (d: Draft, entryId: string, users: UserRow[]) =>
    d.secretary.ok(
      `mutation($input: ReviewersInput!) { setEntryReviewers(input: $input) { id } }`,
      { input: { entryId, memberIds: users.map(d.memberOf) } },
    );

  const ranking = async (d: Draft) =>
    (await d.secretary.ok<{ round: { ranking: Line[] } }>(RANKING, { id: d.round.id })).round
      .ranking;

  /**
   * Every reviewer but the flat member scores `total(member, entry)`; the ranking is read; then
   * the flat member gives each of their entries `flatTotal`, and the ranking is read again.
   */
  const scoreBeforeAndAfter = async (
    d: Draft,
    total: (username: string, entryIndex: number) => number,
    flatTotal: number,
  ) => {
    const assigned = await review.get(d.secretary, d.round.id);
    await review.step(d.secretary, 'startScoring', d.round.id);
    const flatId = d.memberOf(people.flat);
    const flatEntries: string[] = [];
    for (const [i, entry] of assigned.entries.entries())
      for (const { id } of entry.reviewers) {
        if (id === flatId) {
          flatEntries.push(entry.id);
          continue;
        }
        const username = d.userOf.get(id)!;
        const res = await review.score(clients.get(username)!, entry.id, sheet(total(username, i)));
        expect(res.errors).toBeUndefined();
      }
    const before = await ranking(d);
    for (const entryId of flatEntries) {
      const res = await review.score(clients.get(people.flat.username)!, entryId, sheet(flatTotal));
      expect(res.errors).toBeUndefined();
    }
    const after = await ranking(d);
    return { before, after, flatEntries };
  };

  const moved = (before: Line[], after: Line[]) => ({
    order: after.some((r, i) => r.entryId !== before[i].entryId),
    score: after.some(
      (r) =>
        Math.abs(r.normalised! - before.find((b) => b.entryId === r.entryId)!.normalised!) > 1e-9,
    ),
  });

  /** The ranking query against the shared math on the round's real totals. */
  const expectSharedMath = async (d: Draft, got: Line[]) => {
    const totals: Array<{ member_id: string; entry_id: string; total: string }> =
      await app.db.query(
        `SELECT member_id, entry_id, sum(points) AS total FROM score WHERE entry_id = ANY($1) GROUP BY 1, 2`,
        [d.entries.map((e) => e.id)],
      );
    const want = rankEntries(
      scoreEntries(
        totals.map((t) => ({ memberId: t.member_id, entryId: t.entry_id, total: Number(t.total) })),
        100,
      ).map((s) => ({ ...s, intakeOrder: d.entries.findIndex((e) => e.id === s.entryId) })),
      RankBy.NORMALISED,
      20,
    );
    expect(got.map((r) => r.entryId)).toEqual(want.map((r) => r.entryId));
    for (const [i, r] of got.entries()) expect(r.normalised).toBeCloseTo(want[i].normalised, 9);
  };

  it('is not moved by a flat member on entries with unequal numbers of sheets (hand-made)', async () => {
    const d = await draftRound();
    const [m1, m2, m3] = people.scorers;
    // Entry 0 has one reviewer, who likes it best; entry 1 three, all liking it second best.
    const reviewers = [[m1], [m1, m2, m3], [m1, m2, m3], [m1, m2, m3]];
    for (const [i, entry] of d.entries.entries())
      await setReviewers(d, entry.id, [
        ...(reviewers[i] ?? [m1, m2]),
        ...(i < 2 ? [people.flat] : []),
      ]);
    const plan: Record<string, number[]> = {
      [m1.username]: [90, 80, 60, 50, 40, 35, 30, 25],
      [m2.username]: [0, 85, 70, 65, 45, 45, 40, 20],
      [m3.username]: [0, 75, 55, 60],
    };
    const { before, after } = await scoreBeforeAndAfter(d, (u, i) => plan[u][i], 70);
    expect(before.slice(0, 2).map((r) => r.entryId)).toEqual([d.entries[0].id, d.entries[1].id]);
    expect(after.map((r) => r.entryId)).toEqual(before.map((r) => r.entryId));
    expect(moved(before, after)).toEqual({ order: false, score: false });
    expect(after.slice(0, 2).map((r) => r.sheets)).toEqual([2, 4]);
    await expectSharedMath(d, after);
  });

  it('is not moved by a flat member when each entry gets k reviewers', async () => {
    const d = await draftRound();
    await review.assign(d.secretary, d.round.id, 3);
    const random = prng(2026);
    const leniency = new Map(
      [people.secretary, ...people.scorers].map((u) => [u.username, random() * 30 - 15]),
    );
    const quality = d.entries.map(() => random() * 50 - 25);
    const { before, after, flatEntries } = await scoreBeforeAndAfter(
      d,
      (u, i) => Math.min(100, Math.max(0, 65 + leniency.get(u)! + quality[i] + random() * 8 - 4)),
      95,
    );
    expect(flatEntries.length).toBeGreaterThan(0);
    expect(moved(before, after)).toEqual({ order: false, score: false });
    await expectSharedMath(d, after);
  });

  it('is not moved by a flat member under seeded random assignments', async () => {
    const SEEDS = Array.from({ length: 20 }, (_, i) => i + 1);
    const results: Array<{ seed: number; order: boolean; score: boolean }> = [];
    const rounds: Array<[Draft, Line[]]> = [];
    for (const seed of SEEDS) {
      const d = await draftRound();
      const random = prng(seed);
      const pick = <T>(xs: T[], n: number) => [...xs].sort(() => random() - 0.5).slice(0, n);
      const count = (max: number) => 1 + Math.floor(random() * max);
      const flatOn = new Set(pick(d.entries, count(ENTRIES)).map((e) => e.id));
      for (const entry of d.entries)
        await setReviewers(d, entry.id, [
          ...pick(people.scorers, count(people.scorers.length)),
          ...(flatOn.has(entry.id) ? [people.flat] : []),
        ]);
      const leniency = new Map(people.scorers.map((u) => [u.username, random() * 30 - 15]));
      const severity = new Map(people.scorers.map((u) => [u.username, 0.4 + random() * 1.2]));
      const quality = d.entries.map(() => random() * 50 - 25);
      const { before, after } = await scoreBeforeAndAfter(
        d,
        (u, i) =>
          Math.min(
            100,
            Math.max(0, 65 + leniency.get(u)! + severity.get(u)! * quality[i] + random() * 8 - 4),
          ),
        Math.round(random() * 100),
      );
      results.push({ seed, ...moved(before, after) });
      rounds.push([d, after]);
    }
    const count = (key: 'order' | 'score') => results.filter((r) => r[key]).length;
    expect({
      of: SEEDS.length,
      orderChanged: count('order'),
      scoreChanged: count('score'),
    }).toEqual({ of: SEEDS.length, orderChanged: 0, scoreChanged: 0 });
    for (const [d, after] of rounds) await expectSharedMath(d, after);
  });
});
