import { useTranslation } from 'react-i18next';

interface Props {
  /** what the submit button says */
  label: string;
  testId: string;
  busy: boolean;
  /** the submit button says "saving…" while busy, instead of its label */
  announceSaving?: boolean;
  /** a cancel button, when the form can be closed */
  onCancel?: () => void;
  /** danger: the submit takes something back (return, conflict of interest) */
  tone?: 'primary' | 'danger';
}

/** The submit and cancel buttons every form ends with. */
export function FormActions({
  label,
  testId,
  busy,
  announceSaving = false,
  onCancel,
  tone = 'primary',
}: Props) {
  const { t } = useTranslation();
  return (
    <div className="form__actions">
      <button
        type="submit"
        className={`button button--${tone}`}
        data-testid={testId}
        disabled={busy}
      >
        {busy && announceSaving ? t('common.saving') : label}
      </button>
      {onCancel ? (
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      ) : null}
    </div>
  );
}
