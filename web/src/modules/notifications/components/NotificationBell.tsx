import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { NotificationItemFragment } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useMarkNotificationsRead } from '../hooks/useMarkNotificationsRead';
import { useNotificationCount } from '../hooks/useNotificationCount';
import { useNotificationFeed } from '../hooks/useNotificationFeed';
import { useNotifications } from '../hooks/useNotifications';
import { notificationLink, notificationText } from '../wording';

/** The bell in the header: the unread count, live, and the newest notifications under it. */
export function NotificationBell() {
  const { t } = useTranslation();
  const listId = useId();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [openAt, setOpenAt] = useState<string | null>(null);
  // The list closes by itself when the page changes.
  const open = openAt === pathname;
  const unread = useNotificationCount();
  useNotificationFeed(true);
  const { notifications, hasMore, loading, error, loadMore } = useNotifications(open);
  const { markRead } = useMarkNotificationsRead();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const onClick = (e: MouseEvent) => {
      if (box.current && !box.current.contains(e.target as Node)) setOpenAt(null);
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpenAt(null);
    };
    document.addEventListener('mousedown', onClick);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('mousedown', onClick);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  const onPick = async (n: NotificationItemFragment) => {
    setOpenAt(null);
    if (!n.readAt) await markRead([n.id]).catch(() => undefined);
    const link = notificationLink(n);
    if (link) await navigate(link);
  };

  return (
    <div className="bell" ref={box}>
      <button
        type="button"
        className="bell__button"
        data-testid="notification-bell"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={
          unread > 0
            ? `${t('notifications.bell')}: ${t('notifications.unread', { count: unread })}`
            : t('notifications.bell')
        }
        onClick={() => setOpenAt(open ? null : pathname)}
      >
        <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
          />
        </svg>
        {unread > 0 ? (
          <span className="bell__count" data-testid="notification-count">
            {unread > 99 ? '99+' : unread}
          </span>
        ) : null}
      </button>
      {open ? (
        <div className="bell__panel" id={listId} data-testid="notification-list">
          <div className="bell__header">
            <strong>{t('notifications.bell')}</strong>
            {unread > 0 ? (
              <button
                type="button"
                className="link-button"
                data-testid="notification-mark-all"
                onClick={() => void markRead(null).catch(() => undefined)}
              >
                {t('notifications.markAll')}
              </button>
            ) : null}
          </div>
          <ErrorNotice error={error} />
          {loading && notifications.length === 0 ? (
            <p className="muted bell__empty">{t('common.loading')}</p>
          ) : null}
          {!loading && notifications.length === 0 ? (
            <p className="muted bell__empty" data-testid="notification-empty">
              {t('notifications.empty')}
            </p>
          ) : null}
          <ul className="bell__list">
            {notifications.map((n) => (
              <li key={n.id}>
                <button
                  type="button"
                  className={n.readAt ? 'bell__item' : 'bell__item bell__item--unread'}
                  data-testid={`notification-item-${n.id}`}
                  data-kind={n.kind}
                  data-unread={n.readAt ? undefined : 'true'}
                  onClick={() => void onPick(n)}
                >
                  <span className="bell__text">{notificationText(t, n)}</span>
                  {n.reason ? (
                    <span className="bell__reason">
                      {t('notifications.reason', { reason: n.reason })}
                    </span>
                  ) : null}
                  <span className="bell__time">{formatDate(n.createdAt)}</span>
                </button>
              </li>
            ))}
          </ul>
          {hasMore ? (
            <button
              type="button"
              className="button button--small button--ghost"
              onClick={() => void loadMore()}
            >
              {t('common.loadMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
