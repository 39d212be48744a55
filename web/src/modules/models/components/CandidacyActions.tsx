import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CombinedGraphQLErrors } from '@apollo/client';
import { CandidacyAction, quoteTitle } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useTransitionCandidacy } from '../hooks/useTransitionCandidacy';
import { MissingParts } from './MissingParts';
import { ReturnDialog } from './ReturnDialog';

interface Props {
  candidacy: { id: string; version: number; availableActions: readonly CandidacyAction[] };
  title: string;
  missingParts: readonly string[];
  onReload: () => void;
}

/** The parts a refused submission names (`extensions.missing`), if it names any. */
const missingOf = (error: unknown): string[] | null => {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const missing = error.errors[0]?.extensions?.missing;
  return Array.isArray(missing) ? missing.map(String) : null;
};

const STYLE: Record<CandidacyAction, string> = {
  SUBMIT: 'button button--primary',
  ENDORSE: 'button button--primary',
  RETURN: 'button button--danger-outline',
  WITHDRAW: 'button button--ghost',
  INTAKE: 'button button--primary',
  RECOGNISE: 'button button--primary',
  NOT_RECOGNISE: 'button button--danger-outline',
  // taken on the commendation desk, never offered here (the table marks them `through`)
  PROPOSE: 'button button--primary',
  COMMEND: 'button button--primary',
  ANNUL: 'button button--danger-outline',
};

/**
 * Exactly the actions the server lists for this viewer: the web never works out who may do
 * what. Returning asks for a reason; withdrawing asks once more.
 */
export function CandidacyActions({ candidacy, title, missingParts, onReload }: Props) {
  const { t } = useTranslation();
  const { transition, loading, error, reset } = useTransitionCandidacy();
  const [asking, setAsking] = useState<CandidacyAction | null>(null);
  // What this person just did, said only while the candidacy is still at the version it produced.
  const [done, setDone] = useState<{ action: CandidacyAction; version: number } | null>(null);
  const actions = candidacy.availableActions;
  const refusedMissing = missingOf(error);

  const run = async (action: CandidacyAction, reason?: string) => {
    reset();
    setDone(null);
    try {
      const changed = await transition({
        candidacyId: candidacy.id,
        version: candidacy.version,
        action,
        reason,
      });
      setAsking(null);
      if (changed) setDone({ action, version: changed.version });
    } catch {
      setAsking(null);
    }
  };

  return (
    <section className="panel" data-testid="candidacy-actions">
      <h2>{t('models.actions.title')}</h2>
      {done?.version === candidacy.version ? (
        <SuccessNotice>
          {t('models.actions.done', { action: t(`actions.${done.action}`) })}
        </SuccessNotice>
      ) : null}
      {refusedMissing ? null : <ErrorNotice error={error} onReload={onReload} />}
      {actions.includes(CandidacyAction.SUBMIT) ? (
        <MissingParts parts={refusedMissing ?? missingParts} refused={refusedMissing !== null} />
      ) : null}
      {actions.length === 0 ? (
        <p className="muted" data-testid="no-actions">
          {t('models.actions.none')}
        </p>
      ) : (
        <div className="form__actions">
          {actions.map((action) => (
            <button
              key={action}
              type="button"
              className={STYLE[action]}
              data-testid={`action-${action}`}
              disabled={loading}
              onClick={() =>
                action === CandidacyAction.RETURN || action === CandidacyAction.WITHDRAW
                  ? setAsking(action)
                  : void run(action)
              }
            >
              {t(`actions.${action}`)}
            </button>
          ))}
        </div>
      )}
      {asking === CandidacyAction.WITHDRAW ? (
        <div className="panel panel--warning" data-testid="withdraw-panel">
          <p>{t('models.actions.confirmWithdraw', { title: quoteTitle(title) })}</p>
          <div className="form__actions">
            <button
              type="button"
              className="button button--danger"
              data-testid="withdraw-confirm"
              disabled={loading}
              onClick={() => void run(CandidacyAction.WITHDRAW)}
            >
              {t('actions.WITHDRAW')}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setAsking(null)}>
              {t('common.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {asking === CandidacyAction.RETURN ? (
        <ReturnDialog
          title={title}
          busy={loading}
          onCancel={() => setAsking(null)}
          onConfirm={(reason) => void run(CandidacyAction.RETURN, reason)}
        />
      ) : null}
    </section>
  );
}
