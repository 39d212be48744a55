import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useDeclareConflict } from '../hooks/useDeclareConflict';
import { FormActions } from '../../common/components/FormActions';

/** A member declares a conflict of interest on an entry; from then on they neither score nor vote. */
export function DeclareConflict({ entryId }: { entryId: string }) {
  const { t } = useTranslation();
  const { declareConflict, loading, error } = useDeclareConflict();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    try {
      await declareConflict(entryId, reason.trim());
    } catch {
      // shown by <ErrorNotice>
    }
  };

  if (!open) {
    return (
      <button
        type="button"
        className="link-button"
        data-testid="conflict-open"
        onClick={() => setOpen(true)}
      >
        {t('rounds.scoring.conflict')}
      </button>
    );
  }
  return (
    <form
      className="form conflict-form"
      data-testid="conflict-form"
      onSubmit={(e) => void onSubmit(e)}
    >
      <Field
        label={t('rounds.scoring.conflictReason')}
        hint={t('rounds.scoring.conflictHint')}
        error={missing && !reason.trim() ? t('rounds.scoring.conflictRequired') : null}
      >
        {(control) => (
          <textarea
            {...control}
            rows={2}
            data-testid="conflict-reason"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
      <ErrorNotice error={error} />
      <FormActions
        label={t('rounds.scoring.conflictConfirm')}
        testId="conflict-confirm"
        busy={loading}
        onCancel={() => setOpen(false)}
        tone="danger"
      />
    </form>
  );
}
