import { DEFAULT_RUBRIC, rubricProblems } from './defaults';

describe('rubricProblems', () => {
  it('accepts the default rubric of 100 points', () => {
    expect(rubricProblems(DEFAULT_RUBRIC)).toEqual([]);
  });

  it('refuses criteria that do not add up to the total', () => {
    const rubric = {
      total: 100,
      criteria: [
        { code: 'A', name: 'A', maxPoints: 60 },
        { code: 'B', name: 'B', maxPoints: 30 },
      ],
    };
    expect(rubricProblems(rubric)).toEqual([
      'the criteria add up to 90 points, not the declared total of 100',
    ]);
  });

  it('refuses duplicate codes and empty rubrics', () => {
    expect(rubricProblems({ total: 0, criteria: [] })).toContain(
      'the rubric needs at least one criterion',
    );
    const twice = {
      total: 20,
      criteria: [
        { code: 'A', name: 'A', maxPoints: 10 },
        { code: 'A', name: 'B', maxPoints: 10 },
      ],
    };
    expect(rubricProblems(twice)).toEqual(['two criteria share a code']);
  });
});
