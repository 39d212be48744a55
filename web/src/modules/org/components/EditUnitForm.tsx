import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummaryFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useUpdateUnit } from '../hooks/useUpdateUnit';
import { hasErrors, normaliseCode, validateUnitFields, type UnitFieldErrors } from '../validation';
import { UnitFields } from './UnitFields';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  unit: UnitSummaryFragment;
  onSaved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

export function EditUnitForm({ unit, onSaved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const { updateUnit, loading, error } = useUpdateUnit();
  const [code, setCode] = useState(unit.code);
  const [name, setName] = useState(unit.name);
  const [errors, setErrors] = useState<UnitFieldErrors & { form?: string }>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const nextCode = normaliseCode(code);
    const nextName = name.trim();
    const found: UnitFieldErrors & { form?: string } = validateUnitFields(t, nextCode, nextName);
    if (!hasErrors(found) && nextCode === unit.code && nextName === unit.name)
      found.form = t('validation.nothingChanged');
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      // Send only what changed, with the version we loaded: a stale version is a CONFLICT.
      await updateUnit({
        id: unit.id,
        version: unit.version,
        ...(nextName !== unit.name ? { name: nextName } : {}),
        ...(nextCode !== unit.code ? { code: nextCode } : {}),
      });
      onSaved();
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form panel"
      data-testid="edit-unit-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h3>{t('units.form.renameTitle')}</h3>
      <ErrorNotice error={error} onReload={onReload} />
      {errors.form ? <p className="field__error">{errors.form}</p> : null}
      <UnitFields code={code} name={name} errors={errors} onCode={setCode} onName={setName} />
      <FormActions
        label={t('common.save')}
        testId="edit-unit-submit"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
