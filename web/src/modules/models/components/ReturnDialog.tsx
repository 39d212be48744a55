import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { quoteTitle } from '@vinh-danh/shared';
import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  title: string;
  busy: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Returning always needs a reason: the officer reads it in the notification and the timeline. */
export function ReturnDialog({ title, busy, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  useEffect(() => field.current?.focus(), []);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onCancel();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onCancel]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setError(t('models.actions.reasonRequired'));
      return;
    }
    onConfirm(reason.trim());
  };

  return (
    <div className="dialog-backdrop">
      <form
        className="dialog form"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid="return-dialog"
        onSubmit={onSubmit}
        noValidate
      >
        <h2 id={`${id}-title`}>{t('models.actions.returnTitle', { title: quoteTitle(title) })}</h2>
        <Field
          label={t('models.actions.reason')}
          hint={t('models.actions.reasonHint')}
          error={error}
          testId="return-reason"
        >
          {(control) => (
            <textarea
              {...control}
              ref={field}
              rows={4}
              data-testid="return-reason"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </Field>
        <FormActions
          label={t('models.actions.confirmReturn')}
          testId="return-confirm"
          busy={busy}
          onCancel={onCancel}
          tone="danger"
        />
      </form>
    </div>
  );
}
