import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Recognition, RoundOperation, RoundState } from '@vinh-danh/shared';
import type { AwardType } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { FieldError, SuccessNotice } from '../../common/components/Notice';
import { can } from '../../councils/abilities';
import { EntryTitle } from '../../councils/components/EntryTitle';
import type { RoundView } from '../../councils/types';
import { useIssuers } from '../hooks/useIssuers';
import { useRoundProposals } from '../hooks/useRoundProposals';
import { useProposeCommendation } from '../hooks/useProposeCommendation';
import { ProposalCard } from './ProposalCard';

/**
 * A closed round's secretary (or the unit's campaign manager) proposes the exemplary entries to
 * a signing authority: the award type it may give, and per entry the achievement line its
 * certificate will print. The proposals already made are listed with their dossier.
 */
export function ProposalBuilder({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const shown =
    round.state === RoundState.CLOSED &&
    (can(round, RoundOperation.PROMOTE) || viewer.can('manageCommendations'));
  const { issuers, error: issuersError } = useIssuers(round.id, !shown);
  const { proposals: mine } = useRoundProposals(round.id, !shown);
  const { propose, loading, error } = useProposeCommendation();
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const [issuerId, setIssuerId] = useState('');
  const [awardType, setAwardType] = useState<AwardType | ''>('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  if (!shown) return null;
  const proposed = new Set(mine.flatMap((p) => p.entries.map((e) => e.candidacy.id)));
  const candidates = round.entries.filter(
    (e) =>
      e.candidacy.state === 'RECOGNISED' &&
      e.candidacy.recognition === Recognition.EXEMPLARY &&
      !proposed.has(e.candidacy.id),
  );
  // One authority (the usual case) is chosen already, and its first award type.
  const issuer =
    issuers.find((i) => i.id === issuerId) ?? (issuers.length === 1 ? issuers[0] : null);
  const award =
    awardType && issuer?.awardTypes.includes(awardType) ? awardType : (issuer?.awardTypes[0] ?? '');

  const choose = (candidacyId: string, achievement: string | null) =>
    setChosen((current) => {
      const next = new Map(current);
      if (achievement === null) next.delete(candidacyId);
      else next.set(candidacyId, achievement);
      return next;
    });

  const onIssuer = (id: string) => {
    setIssuerId(id);
    setAwardType(issuers.find((i) => i.id === id)?.awardTypes[0] ?? '');
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(null);
    const entries = candidates
      .filter((e) => chosen.has(e.candidacy.id))
      .map((e) => ({
        candidacyId: e.candidacy.id,
        achievement: chosen.get(e.candidacy.id)!.trim(),
      }));
    if (!issuer || !award || entries.length === 0) {
      setInvalid(t('commendationDesk.builder.chooseFirst'));
      return;
    }
    if (entries.some((e) => !e.achievement)) {
      setInvalid(t('commendationDesk.builder.achievementRequired'));
      return;
    }
    setInvalid(null);
    try {
      await propose({ roundId: round.id, issuerId: issuer.id, awardType: award, entries });
      setChosen(new Map());
      setDone(t('commendationDesk.builder.done', { count: entries.length }));
    } catch {
      // shown below
    }
  };

  return (
    <section className="panel" data-testid="proposal-builder">
      <h2>{t('commendationDesk.builder.title')}</h2>
      <p className="muted">{t('commendationDesk.builder.intro')}</p>
      {done ? <SuccessNotice>{done}</SuccessNotice> : null}
      <ErrorNotice error={error ?? issuersError} testId="proposal-error" />
      {candidates.length === 0 ? (
        <p className="muted" data-testid="proposal-none">
          {t('commendationDesk.builder.none')}
        </p>
      ) : (
        <form className="form" onSubmit={(e) => void onSubmit(e)} noValidate>
          <ul className="pick-list">
            {candidates.map((e) => {
              const id = e.candidacy.id;
              const achievement = chosen.get(id);
              return (
                <li key={e.id} className="pick-list__item" data-testid={`proposal-candidate-${id}`}>
                  <input
                    type="checkbox"
                    className="pick-list__check"
                    data-testid={`proposal-select-${id}`}
                    aria-label={t('commendationDesk.builder.pick', {
                      title: e.candidacy.model.title,
                    })}
                    checked={achievement !== undefined}
                    onChange={(ev) =>
                      choose(id, ev.target.checked ? e.candidacy.model.title : null)
                    }
                  />
                  <EntryTitle candidacy={e.candidacy} />
                  {achievement !== undefined ? (
                    <label className="field pick-list__detail">
                      <span className="field__label">
                        {t('commendationDesk.builder.achievement')}
                      </span>
                      <textarea
                        rows={2}
                        data-testid={`proposal-achievement-${id}`}
                        value={achievement}
                        aria-invalid={achievement.trim() ? undefined : true}
                        onChange={(ev) => choose(id, ev.target.value)}
                      />
                    </label>
                  ) : null}
                </li>
              );
            })}
          </ul>
          <div className="form__grid">
            <label className="field">
              <span className="field__label">{t('commendationDesk.builder.issuer')}</span>
              <select
                data-testid="proposal-issuer"
                value={issuer?.id ?? ''}
                onChange={(ev) => onIssuer(ev.target.value)}
              >
                <option value="">{t('commendationDesk.builder.issuerPlaceholder')}</option>
                {issuers.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.heading.join(' ')}
                  </option>
                ))}
              </select>
              {issuers.length === 0 ? (
                <span className="field__hint">{t('commendationDesk.builder.noIssuer')}</span>
              ) : null}
            </label>
            <label className="field">
              <span className="field__label">{t('commendationDesk.builder.awardType')}</span>
              <select
                data-testid="proposal-award"
                value={award}
                disabled={!issuer}
                onChange={(ev) => setAwardType(ev.target.value as AwardType)}
              >
                {(issuer?.awardTypes ?? []).map((a) => (
                  <option key={a} value={a}>
                    {t(`awardTypes.${a}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
          <FieldError message={invalid} testId="proposal-invalid" />
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              data-testid="proposal-submit"
              disabled={loading}
            >
              {chosen.size > 0
                ? t('commendationDesk.builder.submit', { count: chosen.size })
                : t('commendationDesk.builder.submitNone')}
            </button>
          </div>
        </form>
      )}
      {mine.length > 0 ? (
        <>
          <h3>{t('commendationDesk.builder.made')}</h3>
          {mine.map((p) => (
            <ProposalCard key={p.id} proposal={p} />
          ))}
        </>
      ) : null}
    </section>
  );
}
