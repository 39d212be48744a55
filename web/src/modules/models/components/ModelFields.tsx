import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_PARTS, ModelKind } from '@vinh-danh/shared';
import type { DraftErrors, ModelDraft } from '../draft';
import { IndicatorsEditor } from './IndicatorsEditor';

interface Props {
  draft: ModelDraft;
  onChange: (draft: ModelDraft) => void;
  fields: readonly { code: string; name: string }[];
  errors: DraftErrors;
  /** the kind cannot change once the model is registered */
  kindLocked: boolean;
}

/** The ten parts of the registration form, the person for an individual model, and indicators. */
export function ModelFields({ draft, onChange, fields, errors, kindLocked }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const set = (change: Partial<ModelDraft>) => onChange({ ...draft, ...change });

  const errorOf = (name: keyof Omit<DraftErrors, 'indicators'>) =>
    errors[name] ? (
      <p className="field__error" id={`${id}-${name}-error`} data-testid={`model-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  const text = (name: 'personName' | 'personPosition' | 'personEthnicity', testId: string) => (
    <div className="field">
      <label className="field__label" htmlFor={`${id}-${name}`}>
        {t(`models.form.${name}`)}
      </label>
      <input
        id={`${id}-${name}`}
        data-testid={testId}
        value={draft[name]}
        aria-invalid={name === 'personName' && errors.personName ? true : undefined}
        onChange={(e) => set({ [name]: e.target.value })}
      />
      {name === 'personName' ? errorOf('personName') : null}
    </div>
  );

  return (
    <>
      <fieldset className="fieldset" disabled={kindLocked} data-testid="model-kind">
        <legend>{t('models.form.kind')}</legend>
        <div className="radio-row">
          {Object.values(ModelKind).map((kind) => (
            <label className="checkbox" key={kind}>
              <input
                type="radio"
                name={`${id}-kind`}
                value={kind}
                data-testid={`model-kind-${kind}`}
                checked={draft.kind === kind}
                onChange={() => set({ kind })}
              />
              {t(`modelKinds.${kind}`)}
            </label>
          ))}
        </div>
      </fieldset>

      <div className="form__grid">
        <div className="field form__wide">
          <label className="field__label" htmlFor={`${id}-title`}>
            {t('formParts.title')}
          </label>
          <input
            id={`${id}-title`}
            data-testid="model-title"
            value={draft.title}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
            onChange={(e) => set({ title: e.target.value })}
          />
          {errorOf('title')}
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-field`}>
            {t('models.form.field')}
          </label>
          <select
            id={`${id}-field`}
            data-testid="model-field"
            value={draft.fieldCode}
            aria-invalid={errors.fieldCode ? true : undefined}
            onChange={(e) => set({ fieldCode: e.target.value })}
          >
            <option value="">{t('models.form.chooseField')}</option>
            {fields.map((f) => (
              <option key={f.code} value={f.code}>
                {f.name}
              </option>
            ))}
          </select>
          {errorOf('fieldCode')}
        </div>
      </div>

      {draft.kind === ModelKind.INDIVIDUAL ? (
        <fieldset className="fieldset" data-testid="model-person">
          <legend>{t('models.form.person')}</legend>
          <div className="form__grid form__grid--three">
            {text('personName', 'model-person-name')}
            {text('personPosition', 'model-person-position')}
            {text('personEthnicity', 'model-person-ethnicity')}
          </div>
        </fieldset>
      ) : null}

      <fieldset className="fieldset fieldset--stretch" data-testid="model-parts">
        <legend>{t('models.form.parts')}</legend>
        <p className="field__hint">{t('models.form.partHint')}</p>
        {FORM_PARTS.map((part) => (
          <div className="field" key={part}>
            <label className="field__label" htmlFor={`${id}-${part}`}>
              {t(`formParts.${part}`)}
            </label>
            <textarea
              id={`${id}-${part}`}
              data-testid={`model-part-${part}`}
              rows={3}
              value={draft.form[part]}
              onChange={(e) => set({ form: { ...draft.form, [part]: e.target.value } })}
            />
          </div>
        ))}
      </fieldset>

      <IndicatorsEditor
        rows={draft.indicators}
        onChange={(indicators) => set({ indicators })}
        errors={errors.indicators}
      />
    </>
  );
}
