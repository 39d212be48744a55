import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelDetailFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useNumbers } from '../../common/hooks/useNumbers';
import { draftFromModel, draftInput, hasErrors, validateDraft } from '../draft';
import { useAutosave } from '../hooks/useAutosave';
import { AutosaveStatus } from './AutosaveStatus';
import { EvidencePanel } from './EvidencePanel';
import { ModelFields } from './ModelFields';

interface Props {
  model: ModelDetailFragment;
  onDone: () => void;
}

/**
 * A draft or returned model's dossier, saved as the officer types (naming the version it has).
 * Invalid input is shown and not saved until it is fixed.
 */
export function EditModelForm({ model, onDone }: Props) {
  const { t } = useTranslation();
  const { locale } = useNumbers();
  const [draft, setDraft] = useState(() => draftFromModel(model, locale));
  const errors = useMemo(() => validateDraft(t, draft), [t, draft]);
  const changes = useMemo(() => (hasErrors(errors) ? null : draftInput(draft)), [errors, draft]);
  const { status, error, flush, exclusive } = useAutosave(model, changes);

  const onFinish = async () => {
    if (await flush()) onDone();
  };

  return (
    <div className="model-edit">
      <form
        className="form panel"
        data-testid="edit-model-form"
        onSubmit={(e) => {
          e.preventDefault();
          void onFinish();
        }}
        noValidate
      >
        <div className="panel__header">
          <h2>{t('models.form.editTitle')}</h2>
          {/* Invalid changes wait, unsaved, until they are fixed. */}
          <AutosaveStatus status={changes === null && status !== 'conflict' ? 'pending' : status} />
        </div>
        {status === 'failed' ? <ErrorNotice error={error} /> : null}
        <ModelFields
          draft={draft}
          onChange={setDraft}
          fields={model.campaign.fields}
          errors={errors}
          kindLocked
        />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="edit-model-done"
            disabled={status === 'conflict' || changes === null}
          >
            {t('models.form.done')}
          </button>
        </div>
      </form>
      <EvidencePanel model={model} editable runChange={exclusive} />
    </div>
  );
}
