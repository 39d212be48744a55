import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FORM_PARTS, ModelKind } from '@vinh-danh/shared';
import type { DraftErrors, ModelDraft } from '../draft';
import { Field, TextField } from '../../common/components/Field';
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

  const text = (name: 'personName' | 'personPosition' | 'personEthnicity', testId: string) => (
    <TextField
      label={t(`models.form.${name}`)}
      error={name === 'personName' ? errors.personName : null}
      testId={testId}
      errorTestId={`model-${name}`}
      value={draft[name]}
      onValue={(value) => set({ [name]: value })}
    />
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
        <TextField
          fieldClassName="form__wide"
          label={t('formParts.title')}
          error={errors.title}
          testId="model-title"
          value={draft.title}
          onValue={(title) => set({ title })}
        />
        <Field label={t('models.form.field')} error={errors.fieldCode} testId="model-fieldCode">
          {(control) => (
            <select
              {...control}
              data-testid="model-field"
              value={draft.fieldCode}
              onChange={(e) => set({ fieldCode: e.target.value })}
            >
              <option value="">{t('models.form.chooseField')}</option>
              {fields.map((f) => (
                <option key={f.code} value={f.code}>
                  {f.name}
                </option>
              ))}
            </select>
          )}
        </Field>
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
          <Field key={part} label={t(`formParts.${part}`)}>
            {(control) => (
              <textarea
                {...control}
                data-testid={`model-part-${part}`}
                rows={3}
                value={draft.form[part]}
                onChange={(e) => set({ form: { ...draft.form, [part]: e.target.value } })}
              />
            )}
          </Field>
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
