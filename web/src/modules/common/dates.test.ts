import { formatDay } from './dates';

describe('formatDay', () => {
  it('writes a YYYY-MM-DD day as offices do, whatever the time zone', () => {
    expect(formatDay('2026-12-05')).toBe('05/12/2026');
    expect(formatDay('2027-01-01')).toBe('01/01/2027');
  });
});
