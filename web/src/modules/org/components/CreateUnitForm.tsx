import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { UnitKind } from '@vinh-danh/shared';
import type { UnitSummaryFragment, UnitWithPathFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useCreateUnit } from '../hooks/useCreateUnit';
import { hasErrors, normaliseCode, validateUnitFields, type UnitFieldErrors } from '../validation';
import { UnitFields } from './UnitFields';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  /** null: a new top-level unit */
  parent: Pick<UnitSummaryFragment, 'id' | 'name' | 'kind'> | null;
  onCreated: (unit: UnitWithPathFragment) => void;
  onCancel: () => void;
}

/** A guess the user can change: since 2025 a province's units are mostly communes. */
const defaultKind = (parentKind: UnitKind | null): UnitKind => {
  if (parentKind === null) return UnitKind.PROVINCE;
  return UnitKind.COMMUNE;
};

export function CreateUnitForm({ parent, onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { createUnit, loading, error } = useCreateUnit();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<UnitKind>(defaultKind(parent?.kind ?? null));
  const [errors, setErrors] = useState<UnitFieldErrors>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const input = {
      code: normaliseCode(code),
      name: name.trim(),
      kind,
      parentId: parent?.id ?? null,
    };
    const found = validateUnitFields(t, input.code, input.name);
    setErrors(found);
    if (hasErrors(found)) return;
    try {
      const created = await createUnit(input);
      if (created) onCreated(created);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form panel"
      data-testid="create-unit-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h3>
        {parent
          ? t('units.form.createChildTitle', { parent: parent.name })
          : t('units.form.createRootTitle')}
      </h3>
      <ErrorNotice error={error} />
      <UnitFields
        code={code}
        name={name}
        kind={kind}
        errors={errors}
        onCode={setCode}
        onName={setName}
        onKind={setKind}
      />
      <FormActions
        label={t('units.form.create')}
        testId="create-unit-submit"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
