import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useSignDecision } from '../hooks/useSignDecision';
import { useSignDecisions } from '../hooks/useSignDecisions';
import type { DecisionView } from '../types';
import { DecisionCard } from './DecisionCard';

/**
 * The signer's drafts under disclosure. Whether one may be signed now is the server's answer
 * (`signable`: its disclosure is over); the entries an open objection holds are shown, as the
 * signature leaves them out.
 */
export function SignQueue({ decisions }: { decisions: DecisionView[] }) {
  const { t } = useTranslation();
  const { sign, loading: signing, error: signError } = useSignDecision();
  const { signMany, loading: signingMany, error: manyError } = useSignDecisions();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [failedOn, setFailedOn] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const busy = signing || signingMany;
  const chosen = decisions.filter((d) => d.signable && selected.has(d.id));

  const onSign = async (decision: DecisionView) => {
    setDone(null);
    setFailedOn(decision.id);
    try {
      const signed = await sign(decision.id, decision.version);
      setDone(t('commendationDesk.signer.signed', { number: signed?.numberText ?? '' }));
      setFailedOn(null);
    } catch {
      // shown on the card
    }
  };

  const onSignMany = async () => {
    setDone(null);
    try {
      const signed = await signMany(chosen.map((d) => ({ decisionId: d.id, version: d.version })));
      setDone(t('commendationDesk.signer.signedMany', { count: signed.length }));
      setSelected(new Set());
    } catch {
      // shown above the list
    }
  };

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  return (
    <section className="desk-section" data-testid="sign-queue">
      <h2>{t('commendationDesk.signer.queue')}</h2>
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <ErrorNotice error={manyError} testId="sign-many-error" />
      {decisions.length === 0 ? (
        <p className="muted" data-testid="sign-queue-none">
          {t('commendationDesk.signer.queueNone')}
        </p>
      ) : (
        <div className="queue-bar">
          <span />
          <button
            type="button"
            className="button button--primary"
            data-testid="sign-selected"
            disabled={chosen.length === 0 || busy}
            onClick={() => void onSignMany()}
          >
            {chosen.length > 0
              ? t('commendationDesk.signer.signSelected', { count: chosen.length })
              : t('commendationDesk.signer.signSelectedNone')}
          </button>
        </div>
      )}
      {decisions.map((d) => {
        const held = d.entries.filter((e) => e.held && !e.removedAt).length;
        return (
          <DecisionCard
            key={d.id}
            decision={d}
            lead={
              <input
                type="checkbox"
                className="decision__select"
                data-testid="sign-select"
                aria-label={t('commendationDesk.signer.select')}
                disabled={!d.signable}
                checked={d.signable && selected.has(d.id)}
                onChange={(e) => toggle(d.id, e.target.checked)}
              />
            }
          >
            {held > 0 ? (
              <p className="notice notice--warning" data-testid="sign-held">
                {t('commendationDesk.signer.heldOut', { count: held })}
              </p>
            ) : null}
            {failedOn === d.id ? <ErrorNotice error={signError} testId="sign-error" /> : null}
            <div className="form__actions">
              <button
                type="button"
                className="button button--primary"
                data-testid="sign-decision"
                disabled={!d.signable || busy}
                onClick={() => void onSign(d)}
              >
                {t('commendationDesk.signer.sign')}
              </button>
              {!d.signable ? (
                <span className="muted" data-testid="sign-not-yet">
                  {t('commendationDesk.signer.notSignable')}
                </span>
              ) : null}
            </div>
          </DecisionCard>
        );
      })}
    </section>
  );
}
