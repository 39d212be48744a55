import { isValidPoints } from './points';

describe('isValidPoints', () => {
  it('takes 0 to the maximum in whole or half points', () => {
    expect([0, 0.5, 7, 19.5, 20].map((p) => isValidPoints(p, 20))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
  });

  it('refuses what is out of range or finer than half a point', () => {
    expect([-0.5, 20.5, 7.25, Number.NaN].map((p) => isValidPoints(p, 20))).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });
});
