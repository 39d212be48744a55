import { useTranslation } from 'react-i18next';
import type { DecisionView } from '../types';

/**
 * A decision's list: each entry with its achievement, and what became of it (held by an open
 * objection, taken off, annulled); once signed, its golden-book number.
 */
export function DecisionEntries({ decision }: { decision: DecisionView }) {
  const { t } = useTranslation();
  const entries = [...decision.entries].sort((a, b) => a.position - b.position);
  return (
    <ol className="decision-entries" data-testid="decision-entries">
      {entries.map((e) => {
        const out = Boolean(e.removedAt || e.annulledAt);
        return (
          <li
            key={e.id}
            className={out ? 'decision-entry decision-entry--out' : 'decision-entry'}
            data-testid={`decision-entry-${e.id}`}
            data-held={e.held}
          >
            <span className="decision-entry__title" data-testid="decision-entry-title">
              {e.title}
            </span>
            <span className="result__meta">
              {t(`modelKinds.${e.kind}`)}
              {e.personName ? ` · ${e.personName}` : ''} · {e.unitName}
              {e.bookNumber != null ? (
                <>
                  {' · '}
                  <span data-testid="decision-entry-book">
                    {t('commendationDesk.entry.book', { number: e.bookNumber })}
                  </span>
                </>
              ) : null}
            </span>
            <span className="decision-entry__achievement">{e.achievement}</span>
            {e.held && !out ? (
              <span className="badge badge--warn" data-testid="decision-entry-held">
                {t('commendationDesk.entry.held')}
              </span>
            ) : null}
            {e.removedAt ? (
              <span className="muted" data-testid="decision-entry-removed">
                {t('commendationDesk.entry.removed', { reason: e.removedReason ?? '' })}
              </span>
            ) : null}
            {e.annulledAt ? (
              <span className="muted" data-testid="decision-entry-annulled">
                {t('commendationDesk.entry.annulled', { reason: e.annulReason ?? '' })}
              </span>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
