import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  CandidacyAction,
  statesLeavingBy,
  isErrorCode,
  isRefusal,
  quoteTitle,
} from '@vinh-danh/shared';
import type { ModelFilter, ModelRowFragment } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { problemText } from '../../common/errors';
import { SuccessNotice } from '../../common/components/Notice';
import { useEndorseCandidacies } from '../hooks/useEndorseCandidacies';
import { useModels } from '../hooks/useModels';
import { useTransitionCandidacy } from '../hooks/useTransitionCandidacy';
import { ReturnDialog } from './ReturnDialog';

/** What awaits a leader: the states an endorsement leaves, as the table says. */
const QUEUE: ModelFilter = { states: statesLeavingBy(CandidacyAction.ENDORSE) };

/**
 * Submissions of the leader's units awaiting endorsement: endorse one, or several at once (each
 * item succeeds or fails on its own), or return one with a reason.
 */
export function ReviewQueue() {
  const { t } = useTranslation();
  const { models, hasMore, loading, error, loadMore } = useModels(QUEUE);
  const { endorse, loading: endorsing, error: endorseError } = useEndorseCandidacies();
  const { transition, loading: returning, error: returnError, reset } = useTransitionCandidacy();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [returningModel, setReturningModel] = useState<ModelRowFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [failures, setFailures] = useState<string[]>([]);

  const endorsable = useMemo(
    () => models.filter((m) => m.candidacy.availableActions.includes(CandidacyAction.ENDORSE)),
    [models],
  );
  // Rows that left the queue (endorsed elsewhere, returned) drop out of the selection.
  const chosen = endorsable.filter((m) => selected.has(m.id));
  const allChosen = endorsable.length > 0 && chosen.length === endorsable.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onEndorse = async () => {
    setNotice(null);
    setFailures([]);
    try {
      const results = await endorse(
        chosen.map((m) => ({ candidacyId: m.candidacy.id, version: m.candidacy.version })),
      );
      const ok = results.filter((r) => !r.errorCode).length;
      const titleOf = (candidacyId: string) =>
        chosen.find((m) => m.candidacy.id === candidacyId)?.title ?? candidacyId;
      setFailures(
        results
          .filter((r) => r.errorCode)
          .map((r) =>
            t('queue.failed', {
              title: quoteTitle(titleOf(r.candidacyId)),
              message: isErrorCode(r.errorCode)
                ? problemText(t, {
                    code: r.errorCode,
                    refusal: isRefusal(r.refusal) ? r.refusal : undefined,
                    params: Object.fromEntries((r.params ?? []).map((p) => [p.name, p.value])),
                  })
                : (r.message ?? ''),
            }),
          ),
      );
      if (ok > 0) setNotice(t('queue.endorsed', { count: ok }));
      setSelected(new Set());
    } catch {
      // shown by <ErrorNotice>
    }
  };

  /** One row's own "Xác nhận": the same transition as the bulk one, for a single submission. */
  const onEndorseOne = async (model: ModelRowFragment) => {
    setNotice(null);
    setFailures([]);
    reset();
    try {
      await transition({
        candidacyId: model.candidacy.id,
        version: model.candidacy.version,
        action: CandidacyAction.ENDORSE,
      });
      toggle(model.id, false);
      setNotice(t('queueRow.endorsed', { title: quoteTitle(model.title) }));
    } catch {
      // shown by <ErrorNotice>
    }
  };

  const onReturn = async (model: ModelRowFragment, reason: string) => {
    setNotice(null);
    try {
      await transition({
        candidacyId: model.candidacy.id,
        version: model.candidacy.version,
        action: CandidacyAction.RETURN,
        reason,
      });
      setNotice(t('queue.returned', { title: quoteTitle(model.title) }));
    } catch {
      // shown by <ErrorNotice>
    }
    setReturningModel(null);
  };

  if (error) return <ErrorNotice error={error} />;

  return (
    <div data-testid="review-queue">
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      {failures.length > 0 ? (
        <div className="notice notice--error" role="alert" data-testid="queue-failures">
          {failures.map((f) => (
            <p key={f}>{f}</p>
          ))}
        </div>
      ) : null}
      <ErrorNotice error={endorseError ?? returnError} />
      {loading && models.length === 0 ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && models.length === 0 ? (
        <p className="muted" data-testid="queue-empty">
          {t('queue.empty')}
        </p>
      ) : null}
      {models.length > 0 ? (
        <>
          <div className="queue-bar">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="queue-select-all"
                checked={allChosen}
                disabled={endorsable.length === 0}
                onChange={(e) =>
                  setSelected(e.target.checked ? new Set(endorsable.map((m) => m.id)) : new Set())
                }
              />
              {t('queue.selectAll')}
            </label>
            <button
              type="button"
              className="button button--primary"
              data-testid="queue-endorse-selected"
              disabled={chosen.length === 0 || endorsing}
              onClick={() => void onEndorse()}
            >
              {chosen.length > 0
                ? t('queue.endorseSelectedCount', { count: chosen.length })
                : t('queue.endorseSelected')}
            </button>
          </div>
          <table className="table table--cards" data-testid="queue-list">
            <thead>
              <tr>
                <th scope="col" className="check">
                  <span className="visually-hidden">{t('queue.selectAll')}</span>
                </th>
                <th scope="col">{t('models.columns.title')}</th>
                <th scope="col">{t('models.columns.unit')}</th>
                <th scope="col">{t('models.columns.updatedAt')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('models.actions.title')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {models.map((m) => (
                <tr key={m.id} data-testid={`queue-row-${m.id}`}>
                  <td className="check">
                    {m.candidacy.availableActions.includes(CandidacyAction.ENDORSE) ? (
                      <input
                        type="checkbox"
                        data-testid={`queue-select-${m.id}`}
                        aria-label={t('queue.select', { title: quoteTitle(m.title) })}
                        checked={selected.has(m.id)}
                        onChange={(e) => toggle(m.id, e.target.checked)}
                      />
                    ) : null}
                  </td>
                  <td data-label={t('models.columns.title')}>
                    <Link to={`/models/${m.id}`}>{m.title}</Link>
                    <span className="result__meta">
                      {t(`modelKinds.${m.kind}`)}
                      {m.personName ? ` · ${m.personName}` : ''}
                    </span>
                  </td>
                  <td data-label={t('models.columns.unit')}>{m.unit.name}</td>
                  <td data-label={t('models.columns.updatedAt')}>{formatDate(m.updatedAt)}</td>
                  <td className="queue-row-actions">
                    {m.candidacy.availableActions.includes(CandidacyAction.ENDORSE) ? (
                      <button
                        type="button"
                        className="button button--small button--primary"
                        data-testid={`queue-row-endorse-${m.id}`}
                        aria-label={t('queueRow.endorse', { title: quoteTitle(m.title) })}
                        disabled={returning || endorsing}
                        onClick={() => void onEndorseOne(m)}
                      >
                        {t('actions.ENDORSE')}
                      </button>
                    ) : null}{' '}
                    {m.candidacy.availableActions.includes(CandidacyAction.RETURN) ? (
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        data-testid={`queue-return-${m.id}`}
                        onClick={() => {
                          reset();
                          setReturningModel(m);
                        }}
                      >
                        {t('actions.RETURN')}
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {hasMore ? (
            <button
              type="button"
              className="button button--ghost"
              data-testid="queue-load-more"
              onClick={() => void loadMore()}
            >
              {t('common.loadMore')}
            </button>
          ) : null}
        </>
      ) : null}
      {returningModel ? (
        <ReturnDialog
          title={returningModel.title}
          busy={returning}
          onCancel={() => setReturningModel(null)}
          onConfirm={(reason) => void onReturn(returningModel, reason)}
        />
      ) : null}
    </div>
  );
}
