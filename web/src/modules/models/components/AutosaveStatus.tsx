import { useTranslation } from 'react-i18next';
import type { AutosaveStatus as Status } from '../hooks/useAutosave';

/** "Đã lưu" and friends; a conflict says what to do next. */
export function AutosaveStatus({ status }: { status: Status }) {
  const { t } = useTranslation();
  if (status === 'conflict') {
    return (
      <div
        className="notice notice--error"
        role="alert"
        data-testid="autosave-status"
        data-status={status}
      >
        <p>{t('models.autosave.conflict')}</p>
        <button
          type="button"
          className="button button--small"
          data-testid="autosave-reload"
          onClick={() => window.location.reload()}
        >
          {t('common.reload')}
        </button>
      </div>
    );
  }
  return (
    <p
      className={`autosave autosave--${status}`}
      role="status"
      aria-live="polite"
      data-testid="autosave-status"
      data-status={status}
    >
      {t(`models.autosave.${status}`)}
    </p>
  );
}
