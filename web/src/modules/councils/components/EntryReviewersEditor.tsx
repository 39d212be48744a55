import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useSetEntryReviewers } from '../hooks/useSetEntryReviewers';
import type { MemberView, RoundEntryView } from '../types';

interface Props {
  entry: RoundEntryView;
  members: readonly MemberView[];
  onDone: () => void;
}

/** The secretary picks who reviews one entry; excluded members cannot be picked. */
export function EntryReviewersEditor({ entry, members, onDone }: Props) {
  const { t } = useTranslation();
  const { setReviewers, loading, error } = useSetEntryReviewers();
  const excluded = new Set(entry.conflicts.map((c) => c.member.id));
  const [chosen, setChosen] = useState<Set<string>>(
    () => new Set(entry.reviewers.map((r) => r.id)),
  );

  const onSave = async () => {
    try {
      await setReviewers(entry.id, [...chosen]);
      onDone();
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <div className="reviewers-editor" data-testid={`entry-reviewers-editor-${entry.id}`}>
      <ul className="plain-list">
        {members.map((m) => (
          <li key={m.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                data-testid={`entry-reviewer-${entry.id}-${m.user.username}`}
                checked={chosen.has(m.id)}
                disabled={excluded.has(m.id)}
                onChange={(e) =>
                  setChosen((current) => {
                    const next = new Set(current);
                    if (e.target.checked) next.add(m.id);
                    else next.delete(m.id);
                    return next;
                  })
                }
              />
              {m.user.displayName}
              {excluded.has(m.id) ? (
                <span className="muted"> · {t('rounds.entries.conflicts')}</span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      <ErrorNotice error={error} />
      <div className="actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid={`entry-reviewers-save-${entry.id}`}
          disabled={loading || chosen.size === 0}
          onClick={() => void onSave()}
        >
          {t('rounds.entries.saveReviewers')}
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
