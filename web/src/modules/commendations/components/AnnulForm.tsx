import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { FieldError } from '../../common/components/Notice';
import { FormActions } from '../../common/components/FormActions';
import { useAnnulDecision } from '../hooks/useAnnulDecision';
import type { DecisionView } from '../types';

interface Props {
  decision: DecisionView;
  onClose: () => void;
  onDone: () => void;
}

/** Annulling a signed decision, whole or for one entry; never without a reason. */
export function AnnulForm({ decision, onClose, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { annul, loading, error } = useAnnulDecision();
  const [entryId, setEntryId] = useState('');
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const live = decision.entries.filter((e) => !e.removedAt && !e.annulledAt);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setInvalid(t('commendationDesk.annul.reasonRequired'));
      return;
    }
    setInvalid(null);
    try {
      await annul({
        decisionId: decision.id,
        ...(entryId ? { entryId } : {}),
        reason: reason.trim(),
        version: decision.version,
      });
      onDone();
    } catch {
      // shown below
    }
  };

  return (
    <form
      className="form annul-form"
      data-testid="annul-form"
      aria-labelledby={`${id}-title`}
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h4 id={`${id}-title`}>
        {t('commendationDesk.annul.title', { number: decision.numberText ?? '' })}
      </h4>
      <label className="field">
        <span className="field__label">{t('commendationDesk.annul.scope')}</span>
        <select
          data-testid="annul-scope"
          value={entryId}
          onChange={(e) => setEntryId(e.target.value)}
        >
          <option value="">{t('commendationDesk.annul.whole')}</option>
          {live.map((e) => (
            <option key={e.id} value={e.id}>
              {e.title}
            </option>
          ))}
        </select>
      </label>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-reason`}>
          {t('commendationDesk.annul.reason')}
        </label>
        <textarea
          id={`${id}-reason`}
          rows={3}
          data-testid="annul-reason"
          value={reason}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(e) => setReason(e.target.value)}
        />
        <FieldError id={`${id}-error`} message={invalid} testId="annul-reason-error" />
      </div>
      <ErrorNotice error={error} testId="annul-error" />
      <FormActions
        label={t('commendationDesk.annul.confirm')}
        testId="annul-confirm"
        busy={loading}
        onCancel={onClose}
        tone="danger"
      />
    </form>
  );
}
