import { filterValuesOf, NO_FILTER, paramsOf, toFilter } from './filters';

describe('the honour roll’s filters', () => {
  it('go to the address and come back the same', () => {
    const values = { ...NO_FILTER, search: 'nậm xe', year: '2026', level: 'COMMUNE' };
    const params = paramsOf(values);
    expect(params.toString()).toBe('q=n%E1%BA%ADm+xe&nam=2026&cap=COMMUNE');
    expect(filterValuesOf(params)).toEqual(values);
  });

  it('send only what the API takes: no empty choice, no unknown value', () => {
    expect(toFilter(NO_FILTER)).toEqual({});
    expect(
      toFilter({
        search: '  pom lot ',
        year: '2026',
        level: 'COMMUNE',
        fieldCode: 'ECONOMY',
        kind: 'INDIVIDUAL',
        awardType: 'BANG_KHEN',
      }),
    ).toEqual({
      search: 'pom lot',
      year: 2026,
      level: 'COMMUNE',
      fieldCode: 'ECONOMY',
      kind: 'INDIVIDUAL',
      awardType: 'BANG_KHEN',
    });
    expect(
      toFilter({
        ...NO_FILTER,
        year: '20x6',
        level: 'GALAXY',
        kind: 'x',
        awardType: 'EXEMPLARY_RECOGNITION',
      }),
    ).toEqual({});
  });
});
