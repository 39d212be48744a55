import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES, type Role } from '@vinh-danh/shared';

interface Props {
  value: Role;
  onChange: (role: Role) => void;
  testId: string;
}

export function RoleSelect({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label className="field__label" htmlFor={id}>
        {t('users.grants.role')}
      </label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        onChange={(e) => onChange(e.target.value as Role)}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`roles.${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
