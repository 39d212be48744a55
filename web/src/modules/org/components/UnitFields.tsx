import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '@vinh-danh/shared';
import { Field } from '../../common/components/Field';
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
      <Field label={t('units.form.name')} error={errors.name} testId="unit-name">
        {(control) => (
          <input
            {...control}
            data-testid="unit-name"
            value={name}
            onChange={(e) => onName(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('units.form.code')}
        hint={t('units.form.codeHint')}
        error={errors.code}
        testId="unit-code"
      >
        {(control) => (
          <input
            {...control}
            data-testid="unit-code"
            value={code}
            autoCapitalize="characters"
            spellCheck={false}
            onChange={(e) => onCode(e.target.value)}
          />
        )}
      </Field>
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
