import { FORM_PARTS, missingParts, ModelKind } from './form';

const complete = Object.fromEntries(FORM_PARTS.map((p) => [p, `nội dung ${p}`]));

describe('missingParts', () => {
  it('is empty for a complete collective dossier', () => {
    expect(
      missingParts({
        title: 'Mô hình',
        kind: ModelKind.COLLECTIVE,
        form: complete,
        indicatorCount: 1,
      }),
    ).toEqual([]);
  });

  it('lists blank parts, a missing person for an individual, and missing indicators', () => {
    const form = { ...complete, goals: '  ', outputs: undefined };
    expect(
      missingParts({ title: '', kind: ModelKind.INDIVIDUAL, form, indicatorCount: 0 }),
    ).toEqual(['title', 'personName', 'goals', 'outputs', 'indicators']);
  });
});
