import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundOperation, quoteTitle } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useAddRoundEntries } from '../hooks/useAddRoundEntries';
import type { RoundView } from '../types';
import { EntryTitle } from './EntryTitle';
import { can } from '../abilities';

/** The secretary takes endorsed candidacies into the round, one or several at once. */
export function RoundIntakePanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { addEntries, loading, error } = useAddRoundEntries();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [notice, setNotice] = useState<string | null>(null);
  const intake = round.council.intake;
  const open = can(round, RoundOperation.ADD_ENTRIES);
  const chosen = intake.filter((c) => selected.has(c.id));
  const allChosen = intake.length > 0 && chosen.length === intake.length;

  const toggle = (id: string, on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const onTake = async () => {
    setNotice(null);
    try {
      await addEntries(
        round.id,
        chosen.map((c) => c.id),
      );
      setNotice(t('rounds.intake.taken', { count: chosen.length }));
      setSelected(new Set());
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <section className="panel" data-testid="round-intake">
      <h2>{t('rounds.intake.title')}</h2>
      <p className="muted">{t('rounds.intake.hint')}</p>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <ErrorNotice error={error} testId="round-intake-error" />
      {!open ? <p className="muted">{t('rounds.intake.closed')}</p> : null}
      {intake.length === 0 ? (
        <p className="muted" data-testid="round-intake-empty">
          {t('councils.intake.empty')}
        </p>
      ) : (
        <>
          <div className="queue-bar">
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid="round-intake-select-all"
                checked={allChosen}
                disabled={!open}
                onChange={(e) =>
                  setSelected(e.target.checked ? new Set(intake.map((c) => c.id)) : new Set())
                }
              />
              {t('rounds.intake.selectAll')}
            </label>
            <button
              type="button"
              className="button button--primary"
              data-testid="round-intake-take"
              disabled={!open || chosen.length === 0 || loading}
              onClick={() => void onTake()}
            >
              {chosen.length > 0
                ? t('rounds.intake.takeCount', { count: chosen.length })
                : t('rounds.intake.take')}
            </button>
          </div>
          <ul className="plain-list check-list">
            {intake.map((c) => (
              <li key={c.id} data-testid={`round-intake-row-${c.id}`}>
                <input
                  type="checkbox"
                  data-testid={`round-intake-select-${c.id}`}
                  aria-label={t('rounds.intake.select', { title: quoteTitle(c.model.title) })}
                  checked={selected.has(c.id)}
                  disabled={!open}
                  onChange={(e) => toggle(c.id, e.target.checked)}
                />
                <EntryTitle candidacy={c} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
