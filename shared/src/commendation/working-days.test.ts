import { decisionNumberText } from './decision-number';
import { isWorkingDay, lastWorkingDay, workingDaysLeft } from './working-days';

const none = new Set<string>();

describe('working days', () => {
  it('skips weekends and the holidays given as data', () => {
    // Friday 2026-12-04: five working days end on Thursday 10th; with the 7th off, on Friday 11th.
    expect(lastWorkingDay('2026-12-04', 5, none)).toBe('2026-12-10');
    expect(lastWorkingDay('2026-12-04', 5, new Set(['2026-12-07']))).toBe('2026-12-11');
    // starting on a Saturday, the Saturday does not count
    expect(lastWorkingDay('2026-12-05', 1, none)).toBe('2026-12-07');
    expect(isWorkingDay('2026-12-06', none)).toBe(false);
  });

  it('ends a period of no days before it starts, and counts the days left', () => {
    expect(lastWorkingDay('2026-12-04', 0, none)).toBe('2026-12-03');
    expect(workingDaysLeft('2026-12-04', '2026-12-10', none)).toBe(5);
    expect(workingDaysLeft('2026-12-11', '2026-12-10', none)).toBe(0);
  });

  it('writes state and party numbers with a leading zero', () => {
    expect(decisionNumberText(1, 'QĐ-UBND', false)).toBe('01/QĐ-UBND');
    expect(decisionNumberText(163, 'QĐ-UBND', false)).toBe('163/QĐ-UBND');
    expect(decisionNumberText(24, 'QĐ/BDVTU', true)).toBe('24-QĐ/BDVTU');
  });
});
