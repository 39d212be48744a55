import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_OFFERED_ROLE, type Role } from '@vinh-danh/shared';
import type { UserRowFragment } from '../../../gql/graphql';
import { dropRow, EditableRows, patchRow } from '../../common/components/EditableRows';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { TextField } from '../../common/components/Field';
import { UnitPicker, type PickedUnit } from '../../org/components/UnitPicker';
import { useCreateUser } from '../hooks/useCreateUser';
import { validateNewUser, type UserFieldErrors } from '../validation';
import { RoleSelect } from './RoleSelect';
import { FormActions } from '../../common/components/FormActions';

interface RoleRow {
  key: number;
  role: Role;
  unit: PickedUnit | null;
}

interface Props {
  onCreated: (user: UserRowFragment) => void;
  onCancel: () => void;
}

export function CreateUserForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { createUser, loading, error } = useCreateUser();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [unit, setUnit] = useState<PickedUnit | null>(null);
  const [roles, setRoles] = useState<RoleRow[]>([]);
  const [nextKey, setNextKey] = useState(1);
  const [errors, setErrors] = useState<UserFieldErrors>({});

  const updateRole = (key: number, change: Partial<RoleRow>) =>
    setRoles(patchRow<RoleRow>(key, change));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = {
      username: username.trim().toLowerCase(),
      displayName: displayName.trim(),
      password,
      unitId: unit?.id ?? null,
    };
    const found = validateNewUser(t, fields);
    setErrors(found);
    if (Object.values(found).some(Boolean) || !fields.unitId) return;
    try {
      const created = await createUser({
        username: fields.username,
        displayName: fields.displayName,
        password: fields.password,
        unitId: fields.unitId,
        roles: roles.map((row) => ({ role: row.role, unitId: row.unit?.id ?? null })),
      });
      if (created) onCreated(created);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  const field = (
    name: 'username' | 'displayName' | 'password',
    value: string,
    set: (v: string) => void,
    extra: { type?: string; autoComplete?: string; testId: string },
  ) => (
    <TextField
      label={t(`users.create.${name}`)}
      error={errors[name]}
      testId={extra.testId}
      type={extra.type ?? 'text'}
      autoComplete={extra.autoComplete ?? 'off'}
      value={value}
      onValue={set}
    />
  );

  return (
    <form
      className="form panel"
      data-testid="create-user-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h2>{t('users.create.title')}</h2>
      <ErrorNotice error={error} />
      <div className="form__grid">
        {field('username', username, setUsername, { testId: 'user-username' })}
        {field('displayName', displayName, setDisplayName, { testId: 'user-display-name' })}
        {field('password', password, setPassword, {
          type: 'password',
          autoComplete: 'new-password',
          testId: 'user-password',
        })}
        <UnitPicker
          label={t('users.create.unit')}
          value={unit}
          onChange={setUnit}
          testId="user-unit"
          error={errors.unit}
        />
      </div>

      <EditableRows
        legend={t('users.create.roles')}
        rows={roles}
        rowClassName="role-row"
        rowTestId={(index) => `user-role-row-${index}`}
        removeLabel={t('users.create.removeRole')}
        onRemove={(key) => setRoles(dropRow(key))}
        addLabel={t('users.create.addRole')}
        addTestId="user-add-role"
        onAdd={() => {
          setRoles((rows) => [...rows, { key: nextKey, role: FIRST_OFFERED_ROLE, unit }]);
          setNextKey(nextKey + 1);
        }}
      >
        {(row, index) => (
          <>
            <RoleSelect
              value={row.role}
              onChange={(role) => updateRole(row.key, { role })}
              testId={`user-role-${index}`}
            />
            <UnitPicker
              label={t('users.grants.scope')}
              hint={t('users.grants.scopeHint')}
              value={row.unit}
              onChange={(picked) => updateRole(row.key, { unit: picked })}
              testId={`user-role-unit-${index}`}
            />
          </>
        )}
      </EditableRows>

      <FormActions
        label={t('users.create.submit')}
        testId="create-user-submit"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
