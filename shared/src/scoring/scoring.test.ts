import { scoreEntries, type MemberTotal } from './normalise';
import { rankEntries, RankBy } from './rank';
import { tally, Vote, type CouncilRules } from './tally';
import { MAJORITY, needed, type Threshold } from './threshold';

const EIGHTY: Threshold = { numerator: 4, denominator: 5, strict: false };
const TWO_THIRDS: Threshold = { numerator: 2, denominator: 3, strict: false };

describe('thresholds of the whole membership', () => {
  it('at least 80% of 15 members needs 12', () => {
    expect(needed(EIGHTY, 15)).toBe(12);
  });

  it('more than 1/2 of 15 members needs 8', () => {
    expect(needed(MAJORITY, 15)).toBe(8);
  });

  it('with 2 members excluded the base is 13', () => {
    expect(needed(EIGHTY, 13)).toBe(11); // 10.4 → 11
    expect(needed(MAJORITY, 13)).toBe(7);
  });

  it('exactly at the boundary: more than 1/2 of 14 is 8, at least 1/2 of 14 is 7, at least 80% of 10 is 8', () => {
    expect(needed(MAJORITY, 14)).toBe(8);
    expect(needed({ numerator: 1, denominator: 2, strict: false }, 14)).toBe(7);
    expect(needed(EIGHTY, 10)).toBe(8);
    expect(needed({ numerator: 9, denominator: 10, strict: false }, 20)).toBe(18);
  });
});

describe('tally', () => {
  const rules: CouncilRules = {
    passScore: 50,
    exemplaryScore: 80,
    quorum: TWO_THIRDS,
    approval: EIGHTY,
  };
  const counts = (approve: number, reject = 0, abstain = 0) => ({ approve, reject, abstain });

  it('recognises at exactly the thresholds, exemplary at exactly the exemplary score', () => {
    expect(tally(rules, { eligible: 15, counts: counts(12, 3), score: 80 })).toMatchObject({
      quorumMet: true,
      approvalsNeeded: 12,
      recognition: 'EXEMPLARY',
    });
    expect(tally(rules, { eligible: 15, counts: counts(12, 3), score: 79.99 }).recognition).toBe(
      'EFFECTIVE',
    );
    expect(tally(rules, { eligible: 15, counts: counts(12, 3), score: 50 }).recognition).toBe(
      'EFFECTIVE',
    );
  });

  it('does not recognise one approval short, or below the pass score', () => {
    expect(tally(rules, { eligible: 15, counts: counts(11, 4), score: 95 }).recognition).toBeNull();
    expect(tally(rules, { eligible: 15, counts: counts(15), score: 49.5 }).recognition).toBeNull();
  });

  it('counts approvals against the whole membership, not those present', () => {
    // 10 of 10 present approve, but 80% of 15 is 12
    expect(tally(rules, { eligible: 15, counts: counts(10), score: 90 })).toMatchObject({
      quorumMet: true,
      recognition: null,
    });
  });

  it('recognises nothing without a quorum', () => {
    const loose: CouncilRules = {
      ...rules,
      approval: { numerator: 1, denominator: 3, strict: false },
    };
    expect(tally(loose, { eligible: 15, counts: counts(9), score: 90 })).toMatchObject({
      quorumMet: false,
      recognition: null,
    });
    expect(tally(loose, { eligible: 15, counts: counts(9, 1), score: 90 })).toMatchObject({
      quorumMet: true,
      recognition: 'EXEMPLARY',
    });
  });

  it('bases everything on the non-excluded members', () => {
    expect(tally(rules, { eligible: 13, counts: counts(11, 2), score: 60 }).recognition).toBe(
      'EFFECTIVE',
    );
    expect(Object.values(Vote)).toEqual(['APPROVE', 'REJECT', 'ABSTAIN']);
  });
});

describe('scoreEntries', () => {
  const sheet = (memberId: string, entryId: string, total: number): MemberTotal => ({
    memberId,
    entryId,
    total,
  });

  it('gives the mean of totals as raw and the spread between members', () => {
    const [a] = scoreEntries([sheet('m1', 'a', 70), sheet('m2', 'a', 90)], 100);
    expect(a).toMatchObject({ raw: 80, spread: 20, sheets: 2 });
  });

  it('takes out a strict member’s severity', () => {
    // m1 is strict, m2 lenient; both rank a above b above c
    const totals = [
      sheet('m1', 'a', 60),
      sheet('m1', 'b', 50),
      sheet('m1', 'c', 40),
      sheet('m2', 'a', 95),
      sheet('m2', 'b', 90),
      sheet('m2', 'c', 85),
    ];
    const scores = Object.fromEntries(scoreEntries(totals, 100).map((s) => [s.entryId, s]));
    // each member's z-scores are +1.2247, 0, -1.2247: both agree exactly, so normalised keeps the order
    expect(scores.a.normalised).toBeGreaterThan(scores.b.normalised);
    expect(scores.b.normalised).toBeCloseTo(70, 6); // the pooled mean
    expect(scores.a.normalised - scores.b.normalised).toBeCloseTo(
      scores.b.normalised - scores.c.normalised,
      6,
    );
  });

  it('leaves out a member who gives everyone the same score, without dividing by zero', () => {
    const totals = [
      sheet('flat', 'a', 70),
      sheet('flat', 'b', 70),
      sheet('m2', 'a', 90),
      sheet('m2', 'b', 50),
    ];
    const scores = Object.fromEntries(scoreEntries(totals, 100).map((s) => [s.entryId, s]));
    // m2's sheets alone: pooled mean 70, pooled sd 20, z = ±1; the flat sheets count in raw only
    expect(scores.a).toMatchObject({ raw: 80, normalised: 90, sheets: 2, informativeRaw: 90 });
    expect(scores.b).toMatchObject({ raw: 60, normalised: 50, informativeSpread: 0 });
  });

  it('places an entry with only uninformative sheets at the informative sheets’ mean', () => {
    const totals = [
      sheet('m1', 'a', 80),
      sheet('m1', 'b', 60),
      sheet('flat', 'c', 100), // a member with one sheet has no spread either
      sheet('flat2', 'd', 20),
      sheet('flat2', 'e', 20),
    ];
    const scores = Object.fromEntries(scoreEntries(totals, 100).map((s) => [s.entryId, s]));
    for (const id of ['c', 'd', 'e'])
      expect(scores[id]).toMatchObject({
        normalised: 70,
        informativeRaw: null,
        informativeSpread: null,
      });
    expect(scores.c.raw).toBe(100);
    // tied at the mean, the generous and the stingy flat member decide nothing: intake order
    const ranked = rankEntries(
      ['e', 'd', 'c', 'b', 'a'].map((id, intakeOrder) => ({ ...scores[id], intakeOrder })),
      RankBy.NORMALISED,
      20,
    );
    expect(ranked.map((r) => r.entryId)).toEqual(['a', 'e', 'd', 'c', 'b']);
    expect(
      rankEntries(
        ['e', 'd', 'c', 'b', 'a'].map((id, intakeOrder) => ({ ...scores[id], intakeOrder })),
        RankBy.RAW,
        20,
      ).map((r) => r.entryId),
    ).toEqual(['c', 'a', 'b', 'e', 'd']);
  });

  it('gives every entry the round’s mean when no sheet is informative', () => {
    const totals = [sheet('m1', 'a', 80), sheet('m2', 'b', 60), sheet('m3', 'b', 70)];
    for (const s of scoreEntries(totals, 100)) expect(s.normalised).toBeCloseTo(70, 9);
  });

  it('keeps normalised scores on the rubric’s scale', () => {
    const totals = [
      sheet('m1', 'a', 100),
      sheet('m1', 'b', 0),
      sheet('m2', 'a', 100),
      sheet('m2', 'b', 99),
    ];
    for (const s of scoreEntries(totals, 100)) {
      expect(s.normalised).toBeGreaterThanOrEqual(0);
      expect(s.normalised).toBeLessThanOrEqual(100);
    }
  });
});

describe('rankEntries', () => {
  const entry = (
    entryId: string,
    raw: number,
    normalised: number,
    spread: number,
    intakeOrder: number,
  ) => ({
    entryId,
    raw,
    normalised,
    spread,
    sheets: 3,
    informativeRaw: raw,
    informativeSpread: spread,
    intakeOrder,
  });

  it('ranks by the chosen score and breaks ties by the stated rule', () => {
    const ranked = rankEntries(
      [
        entry('late', 80, 70, 5, 4),
        entry('wide', 80, 70, 25, 1),
        entry('first', 80, 70, 5, 2),
        entry('better-other', 80, 75, 30, 3),
        entry('top', 90, 60, 0, 5),
      ],
      RankBy.RAW,
      20,
    );
    expect(ranked.map((r) => [r.entryId, r.rank])).toEqual([
      ['top', 1],
      ['better-other', 2],
      ['first', 3],
      ['late', 4],
      ['wide', 5],
    ]);
    expect(ranked.filter((r) => r.disagreement).map((r) => r.entryId)).toEqual([
      'better-other',
      'wide',
    ]);
  });

  it('breaks normalised ties on the informative sheets alone', () => {
    // same normalised score; b's raw is higher only through a flat member's sheets
    const a = { ...entry('a', 70, 60, 10, 2), informativeRaw: 72, informativeSpread: 10 };
    const b = { ...entry('b', 80, 60, 40, 1), informativeRaw: 70, informativeSpread: 10 };
    const none = { ...entry('none', 90, 60, 0, 0), informativeRaw: null, informativeSpread: null };
    expect(rankEntries([b, none, a], RankBy.NORMALISED, 20).map((r) => r.entryId)).toEqual([
      'a',
      'b',
      'none',
    ]);
    expect(rankEntries([b, none, a], RankBy.RAW, 20).map((r) => r.entryId)).toEqual([
      'none',
      'b',
      'a',
    ]);
  });

  it('ranks by normalised score when the rules say so', () => {
    const ranked = rankEntries(
      [entry('a', 90, 60, 0, 1), entry('b', 80, 70, 0, 2)],
      RankBy.NORMALISED,
      20,
    );
    expect(ranked.map((r) => [r.entryId, r.score])).toEqual([
      ['b', 70],
      ['a', 60],
    ]);
  });
});
