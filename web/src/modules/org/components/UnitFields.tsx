import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { UNIT_KINDS, type UnitKind } from '@vinh-danh/shared';
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
  const id = useId();
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-name`}>
          {t('units.form.name')}
        </label>
        <input
          id={`${id}-name`}
          data-testid="unit-name"
          value={name}
          aria-invalid={errors.name ? true : undefined}
          aria-describedby={errors.name ? `${id}-name-error` : undefined}
          onChange={(e) => onName(e.target.value)}
        />
        {errors.name ? (
          <p className="field__error" id={`${id}-name-error`} data-testid="unit-name-error">
            {errors.name}
          </p>
        ) : null}
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-code`}>
          {t('units.form.code')}
        </label>
        <input
          id={`${id}-code`}
          data-testid="unit-code"
          value={code}
          autoCapitalize="characters"
          spellCheck={false}
          aria-invalid={errors.code ? true : undefined}
          aria-describedby={`${id}-code-hint${errors.code ? ` ${id}-code-error` : ''}`}
          onChange={(e) => onCode(e.target.value)}
        />
        <p className="field__hint" id={`${id}-code-hint`}>
          {t('units.form.codeHint')}
        </p>
        {errors.code ? (
          <p className="field__error" id={`${id}-code-error`} data-testid="unit-code-error">
            {errors.code}
          </p>
        ) : null}
      </div>
      {kind && onKind ? (
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            {t('units.form.kind')}
          </label>
          <select
            id={`${id}-kind`}
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
        </div>
      ) : null}
    </>
  );
}
