import type { TFunction } from 'i18next';
import { FORM_PARTS, ModelKind, type FormPart } from '@vinh-danh/shared';
import type { IndicatorInput, ModelDetailFragment, RegistrationFormInput } from '../../gql/graphql';
import { numberProblem, numberText, numberValue, type NumberText } from '../common/numbers';

export interface IndicatorRow {
  key: number;
  name: string;
  unitOfMeasure: string;
  /** as typed; read when saved */
  target: NumberText;
  achieved: NumberText;
}

/** What the registration form holds while the officer types. */
export interface ModelDraft {
  kind: ModelKind;
  title: string;
  fieldCode: string;
  personName: string;
  personPosition: string;
  personEthnicity: string;
  form: Record<FormPart, string>;
  indicators: IndicatorRow[];
}

const emptyForm = () =>
  Object.fromEntries(FORM_PARTS.map((part) => [part, ''])) as Record<FormPart, string>;

export const emptyDraft = (): ModelDraft => ({
  kind: ModelKind.COLLECTIVE,
  title: '',
  fieldCode: '',
  personName: '',
  personPosition: '',
  personEthnicity: '',
  form: emptyForm(),
  indicators: [],
});

/** The saved dossier as the form's starting text, its numbers written for `locale`. */
export const draftFromModel = (model: ModelDetailFragment, locale: string): ModelDraft => ({
  kind: model.kind,
  title: model.title,
  fieldCode: model.fieldCode,
  personName: model.personName ?? '',
  personPosition: model.personPosition ?? '',
  personEthnicity: model.personEthnicity ?? '',
  form: Object.fromEntries(FORM_PARTS.map((part) => [part, model.form[part] ?? ''])) as Record<
    FormPart,
    string
  >,
  indicators: model.indicators.map((i, key) => ({
    key,
    name: i.name,
    unitOfMeasure: i.unitOfMeasure,
    target: numberText(i.target, locale),
    achieved: numberText(i.achieved, locale),
  })),
});

const optional = (text: string) => text.trim() || null;

/** The parts of the draft every save sends (kind is fixed once registered). */
export const draftInput = (draft: ModelDraft) => {
  const individual = draft.kind === ModelKind.INDIVIDUAL;
  const form: RegistrationFormInput = Object.fromEntries(
    FORM_PARTS.map((part) => [part, draft.form[part]]),
  );
  const indicators: IndicatorInput[] = draft.indicators.map((row) => ({
    name: row.name.trim(),
    unitOfMeasure: row.unitOfMeasure.trim(),
    target: numberValue(row.target),
    achieved: numberValue(row.achieved),
  }));
  return {
    title: draft.title.trim(),
    fieldCode: draft.fieldCode,
    personName: individual ? optional(draft.personName) : null,
    personPosition: individual ? optional(draft.personPosition) : null,
    personEthnicity: individual ? optional(draft.personEthnicity) : null,
    form,
    indicators,
  };
};

export type DraftErrors = Partial<
  Record<'title' | 'fieldCode' | 'personName' | 'campaign', string>
> & {
  indicators?: Record<number, string>;
};

/** What must be right for the draft to be saved at all (completeness is checked on submit). */
export const validateDraft = (t: TFunction, draft: ModelDraft): DraftErrors => {
  const errors: DraftErrors = {};
  if (!draft.title.trim())
    errors.title = t('validation.required', { field: t('models.form.title').toLowerCase() });
  if (!draft.fieldCode) errors.fieldCode = t('validation.chooseField');
  if (draft.kind === ModelKind.INDIVIDUAL && !draft.personName.trim())
    errors.personName = t('validation.required', {
      field: t('models.form.personName').toLowerCase(),
    });
  const rows: Record<number, string> = {};
  draft.indicators.forEach((row, index) => {
    const n = index + 1;
    const problem = (part: 'target' | 'achieved') =>
      numberProblem(
        t,
        row[part],
        t('numbers.indicatorField', { n, field: t(`models.indicators.${part}`) }),
      );
    const found =
      !row.name.trim() || !row.unitOfMeasure.trim()
        ? t('validation.indicatorIncomplete', { n })
        : (problem('target') ?? problem('achieved'));
    if (found) rows[row.key] = found;
  });
  if (Object.keys(rows).length > 0) errors.indicators = rows;
  return errors;
};

export const hasErrors = (errors: DraftErrors) =>
  Object.entries(errors).some(([, value]) => Boolean(value));
