import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { scoreEntries, type MemberTotal } from './normalise';
import { rankEntries, RankBy } from './rank';

/**
 * A member who gives every entry the same total says nothing about how the entries compare, so
 * adding one must leave the normalised ranking as it was, whichever entries they scored and
 * however many sheets each entry has.
 */

/** A seeded generator (pure-rand's xoroshiro128+), so that every failing seed can be replayed. */
const prng = (seed: number) => {
  const rng = xoroshiro128plus(seed);
  return () => unsafeUniformIntDistribution(0, 2 ** 30 - 1, rng) / 2 ** 30;
};

const sheet = (memberId: string, entryId: string, total: number): MemberTotal => ({
  memberId,
  entryId,
  total,
});

/** The normalised ranking as the council sees it: entry ids in rank order, with their scores. */
const ranking = (totals: readonly MemberTotal[], entryIds: readonly string[]) =>
  rankEntries(
    scoreEntries(totals, 100).map((s) => ({ ...s, intakeOrder: entryIds.indexOf(s.entryId) })),
    RankBy.NORMALISED,
    20,
  );

/** Member totals with leniency, severity and noise; each entry scored by k of the members. */
const randomRound = (seed: number) => {
  const random = prng(seed);
  const between = (lo: number, hi: number) => lo + random() * (hi - lo);
  const int = (lo: number, hi: number) => Math.floor(between(lo, hi + 1));
  const halfPoints = (x: number) => Math.min(100, Math.max(0, Math.round(x * 2) / 2));
  const members = Array.from({ length: int(3, 7) }, (_, i) => ({
    id: `m${i}`,
    leniency: between(-15, 15),
    severity: between(0.4, 1.6),
  }));
  const entryIds = Array.from({ length: int(4, 12) }, (_, j) => `e${j}`);
  const totals: MemberTotal[] = [];
  for (const entryId of entryIds) {
    const quality = between(-25, 25);
    const reviewers = [...members].sort(() => random() - 0.5).slice(0, int(1, members.length));
    for (const m of reviewers)
      totals.push(
        sheet(m.id, entryId, halfPoints(65 + m.leniency + m.severity * quality + between(-4, 4))),
      );
  }
  const flatTotal = halfPoints(between(0, 100));
  const flatEntries = [...entryIds].sort(() => random() - 0.5).slice(0, int(1, entryIds.length));
  const flat = flatEntries.map((entryId) => sheet('flat', entryId, flatTotal));
  return { entryIds, totals, flat };
};

const SEEDS = Array.from({ length: 500 }, (_, i) => i + 1);

describe('a flat member with unequal reviewers per entry', () => {
  it('leaves the normalised order and scores unchanged in a hand-made round', () => {
    // a: one reviewer, who likes it best; b: three reviewers, all liking it second best.
    const entryIds = ['a', 'b', 'c', 'd'];
    const totals = [
      sheet('m1', 'a', 90),
      sheet('m1', 'b', 80),
      sheet('m1', 'c', 60),
      sheet('m1', 'd', 50),
      sheet('m2', 'b', 85),
      sheet('m2', 'c', 70),
      sheet('m2', 'd', 65),
      sheet('m3', 'b', 75),
      sheet('m3', 'c', 55),
      sheet('m3', 'd', 60),
    ];
    const before = ranking(totals, entryIds);
    expect(before.map((r) => r.entryId)).toEqual(['a', 'b', 'c', 'd']);
    // A member who gives 70 to a (now two sheets) and to b (now four): counted as the round's
    // mean, that sheet weighs half of a's score and a quarter of b's.
    const after = ranking([...totals, sheet('flat', 'a', 70), sheet('flat', 'b', 70)], entryIds);
    expect(after.map((r) => r.entryId)).toEqual(before.map((r) => r.entryId));
    for (const [i, r] of after.entries()) expect(r.normalised).toBeCloseTo(before[i].normalised, 9);
  });

  it(`leaves the normalised order and scores unchanged in ${SEEDS.length} seeded rounds`, () => {
    const orderChanged: number[] = [];
    const scoreChanged: number[] = [];
    for (const seed of SEEDS) {
      const { entryIds, totals, flat } = randomRound(seed);
      const before = ranking(totals, entryIds);
      const after = ranking([...totals, ...flat], entryIds);
      if (after.some((r, i) => r.entryId !== before[i].entryId)) orderChanged.push(seed);
      const was = new Map(before.map((r) => [r.entryId, r.normalised]));
      if (after.some((r) => Math.abs(r.normalised - was.get(r.entryId)!) > 1e-9))
        scoreChanged.push(seed);
    }
    // Counts first, so that a failure reads "order changed in N of M"; then a few seeds to replay.
    expect({
      of: SEEDS.length,
      orderChanged: orderChanged.length,
      scoreChanged: scoreChanged.length,
      seeds: [...new Set([...orderChanged, ...scoreChanged])].slice(0, 5),
    }).toEqual({ of: SEEDS.length, orderChanged: 0, scoreChanged: 0, seeds: [] });
  });

  it('also leaves the order unchanged when every member scores every entry', () => {
    const orderChanged: number[] = [];
    for (const seed of SEEDS) {
      const random = prng(seed);
      const entryIds = Array.from({ length: 8 }, (_, j) => `e${j}`);
      const totals = ['m1', 'm2', 'm3'].flatMap((m) =>
        entryIds.map((e) => sheet(m, e, Math.round(random() * 200) / 2)),
      );
      const flat = entryIds.map((e) => sheet('flat', e, 70));
      const before = ranking(totals, entryIds).map((r) => r.entryId);
      if (ranking([...totals, ...flat], entryIds).some((r, i) => r.entryId !== before[i]))
        orderChanged.push(seed);
    }
    expect({ of: SEEDS.length, orderChanged: orderChanged.length }).toEqual({
      of: SEEDS.length,
      orderChanged: 0,
    });
  });
});
