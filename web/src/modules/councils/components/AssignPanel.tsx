import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { NumberInput } from '../../common/components/NumberInput';
import { useNumbers } from '../../common/hooks/useNumbers';
import { numberValue } from '../../common/numbers';
import { useAssignReviewers } from '../hooks/useAssignReviewers';
import type { RoundView } from '../types';

/** Every member on every entry, or k per entry with the load balanced (the server chooses). */
export function AssignPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { text } = useNumbers();
  const id = useId();
  const { assign, loading, error } = useAssignReviewers();
  const [mode, setMode] = useState<'all' | 'some'>('all');
  const [perEntry, setPerEntry] = useState(() => text(2));
  const [done, setDone] = useState(false);
  const k = numberValue(perEntry) ?? Number.NaN;
  const valid = mode === 'all' || (Number.isInteger(k) && k > 0);

  const onAssign = async () => {
    setDone(false);
    try {
      await assign(round.id, mode === 'all' ? null : k);
      setDone(true);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <section className="panel" data-testid="round-assign">
      <h2>{t('rounds.assign.title')}</h2>
      <p className="muted">{t('rounds.assign.hint')}</p>
      {done ? <SuccessNotice>{t('rounds.assign.done')}</SuccessNotice> : null}
      <ErrorNotice error={error} testId="round-assign-error" />
      <div className="radio-row">
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="round-assign-all"
            checked={mode === 'all'}
            onChange={() => setMode('all')}
          />
          {t('rounds.assign.all')}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-mode`}
            data-testid="round-assign-some"
            checked={mode === 'some'}
            onChange={() => setMode('some')}
          />
          {t('rounds.assign.perEntry', { count: valid && mode === 'some' ? k : 2 })}
        </label>
      </div>
      {mode === 'some' ? (
        <Field className="field--narrow" label={t('rounds.assign.perEntryLabel')}>
          {(control) => (
            <NumberInput
              {...control}
              integer
              data-testid="round-assign-k"
              value={perEntry}
              onChange={setPerEntry}
            />
          )}
        </Field>
      ) : null}
      <button
        type="button"
        className="button button--primary"
        data-testid="round-assign-submit"
        disabled={!valid || loading || round.entries.length === 0}
        onClick={() => void onAssign()}
      >
        {t('rounds.assign.assign')}
      </button>
    </section>
  );
}
