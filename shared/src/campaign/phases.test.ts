import { UnitKind } from '../org/kinds';
import { isOpenOn, Phase, phaseProblems } from './phases';

const year = [
  { phase: Phase.REGISTRATION, opensOn: '2026-01-01', closesOn: '2026-03-31' },
  { phase: Phase.NOMINATION, opensOn: '2026-02-01', closesOn: '2026-04-30' },
  { phase: Phase.REVIEW, level: UnitKind.COMMUNE, opensOn: '2026-05-01', closesOn: '2026-05-31' },
  { phase: Phase.REVIEW, level: UnitKind.DISTRICT, opensOn: '2026-06-01', closesOn: '2026-06-30' },
  { phase: Phase.DISCLOSURE, opensOn: '2026-07-01', closesOn: '2026-07-15' },
];

describe('phaseProblems', () => {
  it('accepts phases in order, overlapping ones included', () => {
    expect(phaseProblems(year)).toEqual([]);
  });

  it('finds a phase that closes before it opens', () => {
    expect(phaseProblems([{ ...year[0], closesOn: '2025-12-31' }])).toEqual([
      'REGISTRATION closes before it opens',
    ]);
  });

  it('finds phases out of order, review levels included', () => {
    const swapped = [
      year[0],
      year[1],
      { ...year[2], opensOn: '2026-06-15', closesOn: '2026-06-20' },
      year[3],
      year[4],
    ];
    expect(phaseProblems(swapped)).toEqual(['REVIEW (DISTRICT) opens before REVIEW (COMMUNE)']);
    expect(phaseProblems([year[0], { ...year[1], opensOn: '2025-12-01' }])).toEqual([
      'NOMINATION opens before REGISTRATION',
    ]);
  });

  it('requires registration, a level on review only, and each phase once', () => {
    expect(phaseProblems([year[1]])).toEqual(['REGISTRATION dates are required']);
    expect(phaseProblems([year[0], { ...year[2], level: null }])).toContain(
      'REVIEW: only review phases name a level, and each names one',
    );
    expect(phaseProblems([year[0], year[0]])).toContain('REGISTRATION is given twice');
  });
});

describe('isOpenOn', () => {
  it('includes both the opening and the closing day', () => {
    expect(isOpenOn(year[0], '2026-01-01')).toBe(true);
    expect(isOpenOn(year[0], '2026-03-31')).toBe(true);
    expect(isOpenOn(year[0], '2026-04-01')).toBe(false);
  });
});
