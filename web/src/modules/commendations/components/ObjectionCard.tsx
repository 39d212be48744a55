import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { FieldError } from '../../common/components/Notice';
import { formatDate } from '../../common/dates';
import { useResolveObjection } from '../hooks/useResolveObjection';
import type { ObjectionView } from '../types';

/**
 * One open objection, with the contact only staff see, and its resolution: upheld (the entry
 * leaves the list, its candidacy goes back) or dismissed (it stays), always with a reason.
 */
export function ObjectionCard({
  objection,
  onResolved,
}: {
  objection: ObjectionView;
  onResolved: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const { resolve, loading, error } = useResolveObjection();
  const [outcome, setOutcome] = useState<'UPHOLD' | 'DISMISS' | null>(null);
  const [reason, setReason] = useState('');
  const [invalid, setInvalid] = useState<{ outcome?: string; reason?: string }>({});
  const { entry } = objection;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = {
      ...(outcome ? {} : { outcome: t('commendationDesk.objection.outcomeRequired') }),
      ...(reason.trim() ? {} : { reason: t('commendationDesk.objection.reasonRequired') }),
    };
    setInvalid(problems);
    if (!outcome || !reason.trim()) return;
    try {
      await resolve(objection.id, outcome === 'UPHOLD', reason.trim());
      onResolved();
    } catch {
      // shown below
    }
  };

  return (
    <article className="panel objection" data-testid={`objection-${objection.id}`}>
      <dl className="objection__facts">
        <dt>{t('commendationDesk.objection.on')}</dt>
        <dd data-testid="objection-entry">
          <strong>{entry.title}</strong>
          <span className="result__meta">
            {t(`modelKinds.${entry.kind}`)}
            {entry.personName ? ` · ${entry.personName}` : ''} · {entry.unitName}
          </span>
        </dd>
        <dt>{t('commendationDesk.objection.decision')}</dt>
        <dd>{objection.decision.title}</dd>
        <dt>{t('commendationDesk.objection.from')}</dt>
        <dd data-testid="objection-name">{objection.name}</dd>
        <dt>{t('commendationDesk.objection.contact')}</dt>
        <dd data-testid="objection-contact">{objection.contact ?? '—'}</dd>
        <dt>{t('commendationDesk.objection.body')}</dt>
        <dd className="objection__body" data-testid="objection-body">
          {objection.body}
        </dd>
      </dl>
      <p className="muted">
        {t('commendationDesk.objection.received', { date: formatDate(objection.createdAt) })}
      </p>
      <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
        <fieldset
          className="fieldset"
          aria-describedby={invalid.outcome ? `${id}-outcome` : undefined}
        >
          <legend>{t('commendationDesk.objection.outcome')}</legend>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-outcome`}
              data-testid="objection-uphold"
              checked={outcome === 'UPHOLD'}
              onChange={() => setOutcome('UPHOLD')}
            />
            {t('commendationDesk.objection.uphold')}
          </label>
          <label className="checkbox">
            <input
              type="radio"
              name={`${id}-outcome`}
              data-testid="objection-dismiss"
              checked={outcome === 'DISMISS'}
              onChange={() => setOutcome('DISMISS')}
            />
            {t('commendationDesk.objection.dismiss')}
          </label>
          <FieldError
            id={`${id}-outcome`}
            message={invalid.outcome}
            testId="objection-outcome-error"
          />
        </fieldset>
        <div className="field">
          <label className="field__label" htmlFor={`${id}-reason`}>
            {t('commendationDesk.objection.reason')}
          </label>
          <textarea
            id={`${id}-reason`}
            rows={3}
            data-testid="objection-reason"
            value={reason}
            aria-invalid={invalid.reason ? true : undefined}
            aria-describedby={`${id}-reason-hint${invalid.reason ? ` ${id}-reason-error` : ''}`}
            onChange={(e) => setReason(e.target.value)}
          />
          <p className="field__hint" id={`${id}-reason-hint`}>
            {t('commendationDesk.objection.reasonHint')}
          </p>
          <FieldError
            id={`${id}-reason-error`}
            message={invalid.reason}
            testId="objection-reason-error"
          />
        </div>
        <ErrorNotice error={error} testId="objection-error" />
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="objection-resolve"
            disabled={loading}
          >
            {t('commendationDesk.objection.resolve')}
          </button>
        </div>
      </form>
    </article>
  );
}
