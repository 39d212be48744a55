import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import { ROLES, type Role } from '@vinh-danh/shared';

interface Props {
  value: Role;
  onChange: (role: Role) => void;
  testId: string;
}

export function RoleSelect({ value, onChange, testId }: Props) {
  const { t } = useTranslation();
  return (
    <Field label={t('users.grants.role')}>
      {(control) => (
        <select
          {...control}
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
      )}
    </Field>
  );
}
