import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '@vinh-danh/shared';
import { Field, TextField } from '../../common/components/Field';
import type { UnitFieldErrors } from '../validation';

interface Props {
  code: string;
  name: string;
  kind?: UnitKind;
  errors: UnitFieldErrors;
  onCode: (code: string) => void;
  onName: (name: string) => void;
  onKind?: (kind: UnitKind) => void;
}

/** Code, name and (when creating) kind: shared by the create and edit forms. */
export function UnitFields({ code, name, kind, errors, onCode, onName, onKind }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <TextField
        label={t('units.form.name')}
        error={errors.name}
        testId="unit-name"
        value={name}
        onValue={onName}
      />
      <TextField
        label={t('units.form.code')}
        hint={t('units.form.codeHint')}
        error={errors.code}
        testId="unit-code"
        value={code}
        autoCapitalize="characters"
        spellCheck={false}
        onValue={onCode}
      />
      {kind && onKind ? (
        <Field label={t('units.form.kind')}>
          {(control) => (
            <select
              {...control}
              data-testid="unit-kind"
              value={kind}
              onChange={(e) => onKind(e.target.value as UnitKind)}
            >
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`unitKinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      ) : null}
    </>
  );
}
