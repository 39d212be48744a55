import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useDraftDecision } from '../hooks/useDraftDecision';
import { useProposals } from '../hooks/useProposals';
import type { ProposalView } from '../types';
import { ProposalCard } from './ProposalCard';

/** A proposal waits for a draft until one is drawn up (an annulled one does not count). */
const awaiting = (p: ProposalView) => p.decisions.every((d) => d.state === 'ANNULLED');

/** The manager's proposals with no draft decision yet, each with its one step: draft it. */
export function AwaitingDrafts() {
  const { t } = useTranslation();
  const { proposals, error: loadError } = useProposals();
  const { draft, loading, error } = useDraftDecision();
  const [acting, setActing] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const list = proposals.filter(awaiting);

  const onDraft = async (proposalId: string) => {
    setActing(proposalId);
    setDone(false);
    try {
      await draft(proposalId);
      setDone(true);
    } catch {
      // shown on the card
    }
  };

  return (
    <section className="desk-section" data-testid="awaiting-drafts">
      <h2>{t('commendationDesk.desk.awaiting')}</h2>
      {done ? <SuccessNotice>{t('commendationDesk.desk.drafted')}</SuccessNotice> : null}
      <ErrorNotice error={loadError} />
      {list.length === 0 ? (
        <p className="muted" data-testid="awaiting-none">
          {t('commendationDesk.desk.awaitingNone')}
        </p>
      ) : (
        list.map((p) => (
          <ProposalCard key={p.id} proposal={p}>
            {acting === p.id ? <ErrorNotice error={error} testId="draft-error" /> : null}
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="draft-decision"
                disabled={loading}
                onClick={() => void onDraft(p.id)}
              >
                {t('commendationDesk.desk.draft')}
              </button>
            </div>
          </ProposalCard>
        ))
      )}
    </section>
  );
}
