import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../common/components/Field';
import { Link, useNavigate } from 'react-router';
import type { RoundState } from '@vinh-danh/shared';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useOpenRound } from '../hooks/useOpenRound';
import { RoundStateBadge } from './RoundStateBadge';

interface RoundRow {
  id: string;
  name: string;
  state: RoundState;
  publishedAt?: string | null;
  createdAt: string;
}

interface Props {
  councilId: string;
  rounds: readonly RoundRow[];
  /** the secretary opens rounds */
  canOpen: boolean;
}

export function CouncilRoundsPanel({ councilId, rounds, canOpen }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { openRound, loading, error } = useOpenRound();
  const [name, setName] = useState(() =>
    t('councils.rounds.defaultName', { date: formatDate(new Date()) }),
  );

  const onOpen = async (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim()) return;
    try {
      const data = await openRound(councilId, name.trim());
      if (data) await navigate(`/rounds/${data.openRound.id}`);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <section className="panel" data-testid="council-rounds">
      <h2>{t('councils.rounds.title')}</h2>
      {rounds.length === 0 ? (
        <p className="muted" data-testid="council-rounds-empty">
          {t('councils.rounds.empty')}
        </p>
      ) : (
        <ul className="plain-list round-list">
          {rounds.map((r) => (
            <li key={r.id} data-testid={`council-round-${r.id}`}>
              <Link to={`/rounds/${r.id}`} data-testid="council-round-link">
                {r.name}
              </Link>
              <span className="result__meta">{formatDate(r.createdAt)}</span>
              <RoundStateBadge state={r.state} />
              {r.publishedAt ? (
                <span className="badge badge--ok">{t('councils.rounds.published')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canOpen ? (
        <form
          className="inline-form"
          onSubmit={(e) => void onOpen(e)}
          data-testid="open-round-form"
        >
          <Field label={t('councils.rounds.name')}>
            {(control) => (
              <input
                {...control}
                data-testid="open-round-name"
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <button
            type="submit"
            className="button button--primary"
            data-testid="open-round-submit"
            disabled={loading || !name.trim()}
          >
            {t('councils.rounds.open')}
          </button>
          <ErrorNotice error={error} />
        </form>
      ) : null}
    </section>
  );
}
