import { useTranslation } from 'react-i18next';
import type { UserRowFragment } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useUsers } from '../hooks/useUsers';

interface Props {
  unitId: string | null;
  search: string;
  selectedId: string | null;
  onSelect: (user: UserRowFragment) => void;
}

export function UserList({ unitId, search, selectedId, onSelect }: Props) {
  const { t } = useTranslation();
  const { users, hasMore, loading, error, loadMore } = useUsers(unitId, search);

  if (error) return <ErrorNotice error={error} />;
  if (loading && users.length === 0) return <p className="muted">{t('common.loading')}</p>;
  if (users.length === 0)
    return (
      <p className="muted" data-testid="user-list-empty">
        {t('users.noResults')}
      </p>
    );

  return (
    <>
      <table className="table table--cards" data-testid="user-list">
        <thead>
          <tr>
            <th scope="col">{t('users.columns.displayName')}</th>
            <th scope="col">{t('users.columns.username')}</th>
            <th scope="col">{t('users.columns.unit')}</th>
            <th scope="col">{t('users.columns.roles')}</th>
            <th scope="col">{t('users.columns.status')}</th>
            <th scope="col">{t('users.columns.createdAt')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr
              key={user.id}
              data-testid={`user-row-${user.username}`}
              className={user.id === selectedId ? 'is-selected' : undefined}
            >
              <td data-label={t('users.columns.displayName')}>
                <button type="button" className="link-button" onClick={() => onSelect(user)}>
                  {user.displayName}
                </button>
              </td>
              <td data-label={t('users.columns.username')}>{user.username}</td>
              <td data-label={t('users.columns.unit')}>{user.unit.name}</td>
              <td data-label={t('users.columns.roles')}>
                {user.roles.length === 0 ? (
                  <span className="muted">{t('users.noRoles')}</span>
                ) : (
                  user.roles.map((grant) => (
                    <span key={grant.id} className="chip">
                      {t(`roles.${grant.role}`)} · {grant.unit?.name ?? t('common.wholeSystem')}
                    </span>
                  ))
                )}
              </td>
              <td data-label={t('users.columns.status')}>
                {user.active ? t('users.active') : t('users.inactive')}
              </td>
              <td data-label={t('users.columns.createdAt')}>{formatDate(user.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hasMore ? (
        <button type="button" className="button button--ghost" onClick={() => void loadMore()}>
          {t('common.loadMore')}
        </button>
      ) : null}
    </>
  );
}
