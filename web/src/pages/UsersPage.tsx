import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../modules/common/components/Field';
import { useSearchParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { SuccessNotice } from '../modules/common/components/Notice';
import { useDebouncedValue } from '../modules/common/hooks/useDebouncedValue';
import { UnitPicker } from '../modules/org/components/UnitPicker';
import { useUnit } from '../modules/org/hooks/useUnit';
import { CreateUserForm } from '../modules/users/components/CreateUserForm';
import { UserList } from '../modules/users/components/UserList';
import { UserRolesPanel } from '../modules/users/components/UserRolesPanel';

export function UsersPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canManage = can('manageUsers');
  const [params, setParams] = useSearchParams();
  const unitId = params.get('unit');
  const userId = params.get('user');
  const { unit } = useUnit(unitId);
  const [text, setText] = useState('');
  const search = useDebouncedValue(text);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  const setParam = (key: 'unit' | 'user', value: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (value) next.set(key, value);
      else next.delete(key);
      return next;
    });

  return (
    <section className="page" data-testid="users-page">
      <div className="page__header">
        <h1>{t('users.title')}</h1>
        {canManage && !creating ? (
          <button
            type="button"
            className="button"
            data-testid="user-action-create"
            onClick={() => {
              setCreated(null);
              setCreating(true);
            }}
          >
            {t('users.create.open')}
          </button>
        ) : null}
      </div>

      {created ? <SuccessNotice>{created}</SuccessNotice> : null}
      {creating ? (
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setCreated(t('users.create.created', { username: user.username }));
            setParam('user', user.id);
          }}
        />
      ) : null}

      <div className="filters">
        <UnitPicker
          label={t('users.unitFilter')}
          hint={unitId ? undefined : t('users.allInScope')}
          value={unit ? { id: unit.id, code: unit.code, name: unit.name } : null}
          onChange={(picked) => setParam('unit', picked?.id ?? null)}
          testId="users-unit"
        />
        <TextField
          role="search"
          label={t('users.searchLabel')}
          type="search"
          testId="user-search"
          placeholder={t('users.searchPlaceholder')}
          value={text}
          onValue={setText}
        />
      </div>

      <div className={userId ? 'split split--wide' : undefined}>
        <div className="split__main">
          <UserList
            unitId={unitId}
            search={search}
            selectedId={userId}
            onSelect={(user) => setParam('user', user.id)}
          />
        </div>
        {userId ? (
          <div className="split__side">
            <UserRolesPanel
              key={userId}
              userId={userId}
              canManage={canManage}
              onClose={() => setParam('user', null)}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
