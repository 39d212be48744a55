import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FIRST_OFFERED_ROLE, type Role } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useRevealOnPhone } from '../../common/hooks/useRevealOnPhone';
import { UnitPicker, type PickedUnit } from '../../org/components/UnitPicker';
import { useGrantRole } from '../hooks/useGrantRole';
import { useRevokeRole } from '../hooks/useRevokeRole';
import { useUser } from '../hooks/useUser';
import { RoleSelect } from './RoleSelect';

interface Props {
  userId: string;
  canManage: boolean;
  onClose: () => void;
}

export function UserRolesPanel({ userId, canManage, onClose }: Props) {
  const { t } = useTranslation();
  const { user, loading, error, refetch } = useUser(userId);
  const { grantRole, loading: granting, error: grantError } = useGrantRole();
  const { revokeRole, loading: revoking, error: revokeError } = useRevokeRole();
  const [role, setRole] = useState<Role>(FIRST_OFFERED_ROLE);
  const [scope, setScope] = useState<PickedUnit | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const panel = useRef<HTMLElement>(null);
  useRevealOnPhone(panel, user !== null);

  if (error) return <ErrorNotice error={error} />;
  if (!user) return loading ? <p className="muted">{t('common.loading')}</p> : null;

  const onGrant = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    try {
      await grantRole({ userId: user.id, role, unitId: scope?.id ?? null });
      setDone(t('users.grants.granted'));
      setScope(null);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  const onRevoke = async (grantId: string) => {
    setDone(null);
    try {
      await revokeRole({ userId: user.id, grantId });
      setDone(t('users.grants.revoked'));
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <aside
      ref={panel}
      className="panel"
      data-testid="user-roles-panel"
      aria-labelledby="user-roles-title"
    >
      <div className="panel__header">
        <h2 id="user-roles-title">{t('users.grants.title', { name: user.displayName })}</h2>
        <button type="button" className="button button--small button--ghost" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      <p className="muted">
        {user.username} · {user.unit.name}
      </p>
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <ErrorNotice error={grantError ?? revokeError} onReload={() => void refetch()} />
      {user.roles.length === 0 ? (
        <p className="muted">{t('users.noRoles')}</p>
      ) : (
        <ul className="grant-list">
          {user.roles.map((grant) => (
            <li
              key={grant.id}
              data-testid={`role-grant-${grant.role}-${grant.unit?.code ?? 'ALL'}`}
            >
              <span>
                <strong>{t(`roles.${grant.role}`)}</strong> ·{' '}
                {grant.unit?.name ?? t('common.wholeSystem')}
              </span>
              {canManage ? (
                <button
                  type="button"
                  className="button button--small button--danger-outline"
                  data-testid={`revoke-role-${grant.id}`}
                  disabled={revoking}
                  onClick={() => void onRevoke(grant.id)}
                >
                  {t('users.grants.revoke')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canManage ? (
        <form
          className="form"
          data-testid="grant-role-form"
          onSubmit={(e) => void onGrant(e)}
          noValidate
        >
          <RoleSelect value={role} onChange={setRole} testId="grant-role" />
          <UnitPicker
            label={t('users.grants.scope')}
            hint={t('users.grants.scopeHint')}
            value={scope}
            onChange={setScope}
            testId="grant-unit"
          />
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              data-testid="grant-role-submit"
              disabled={granting}
            >
              {t('users.grants.grant')}
            </button>
          </div>
        </form>
      ) : null}
    </aside>
  );
}
