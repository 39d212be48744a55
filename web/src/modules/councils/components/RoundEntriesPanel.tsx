import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RoundOperation, quoteTitle } from '@vinh-danh/shared';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { ReturnDialog } from '../../models/components/ReturnDialog';
import { useReturnRoundEntry } from '../hooks/useReturnRoundEntry';
import type { RoundEntryView, RoundView } from '../types';
import { EntryReviewersEditor } from './EntryReviewersEditor';
import { EntryTitle } from './EntryTitle';
import { can } from '../abilities';

/**
 * The round's entries for the people who run it: who reviews each, who is excluded and why,
 * score sheets and ballots so far (counts only). The secretary changes reviewers and returns
 * entries to their unit with a reason.
 */
export function RoundEntriesPanel({ round }: { round: RoundView }) {
  const { t } = useTranslation();
  const { returnEntry, loading: returning, error } = useReturnRoundEntry();
  const [returningEntry, setReturningEntry] = useState<RoundEntryView | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const members = round.council.members;
  const nameOf = (memberId: string) =>
    members.find((m) => m.id === memberId)?.user.displayName ?? '?';
  const mayReturn = can(round, RoundOperation.RETURN_ENTRY);
  const mayReassign = can(round, RoundOperation.SET_REVIEWERS);

  const onReturn = async (entry: RoundEntryView, reason: string) => {
    setNotice(null);
    try {
      await returnEntry(round.id, entry.candidacyId, reason);
      setNotice(t('rounds.entries.returned', { title: quoteTitle(entry.candidacy.model.title) }));
    } catch {
      // shown by <ErrorNotice>
    }
    setReturningEntry(null);
  };

  return (
    <section className="panel" data-testid="round-entries">
      <h2>{t('rounds.entries.title', { count: round.entries.length })}</h2>
      {notice ? <SuccessNotice>{notice}</SuccessNotice> : null}
      <ErrorNotice error={error} testId="round-entries-error" />
      {round.entries.length === 0 ? (
        <p className="muted" data-testid="round-entries-empty">
          {t('rounds.entries.empty')}
        </p>
      ) : (
        <table className="table table--cards">
          <thead>
            <tr>
              <th scope="col">{t('rounds.entries.model')}</th>
              <th scope="col">{t('rounds.entries.reviewers')}</th>
              <th scope="col">{t('rounds.entries.conflicts')}</th>
              <th scope="col" className="num">
                {t('rounds.entries.sheets')}
              </th>
              <th scope="col" className="num">
                {t('rounds.entries.ballots')}
              </th>
              <th scope="col">
                <span className="visually-hidden">{t('models.actions.title')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {round.entries.map((e) => (
              <tr key={e.id} data-testid={`round-entry-${e.candidacyId}`}>
                <td data-label={t('rounds.entries.model')}>
                  <EntryTitle candidacy={e.candidacy} />
                </td>
                <td data-label={t('rounds.entries.reviewers')} data-testid="entry-reviewers">
                  {editing === e.id ? (
                    <EntryReviewersEditor
                      entry={e}
                      members={members}
                      onDone={() => setEditing(null)}
                    />
                  ) : e.reviewers.length === 0 ? (
                    <span className="muted">{t('rounds.entries.noReviewers')}</span>
                  ) : (
                    e.reviewers.map((r) => nameOf(r.id)).join(', ')
                  )}
                </td>
                <td data-label={t('rounds.entries.conflicts')} data-testid="entry-conflicts">
                  {e.conflicts.length === 0
                    ? t('common.none')
                    : e.conflicts.map((c) => (
                        <span key={c.member.id} className="conflict" title={c.reason}>
                          {nameOf(c.member.id)} (
                          {c.kind === 'DECLARED'
                            ? t('rounds.entries.conflictDeclared')
                            : t('rounds.entries.conflictAuto')}
                          ){' '}
                        </span>
                      ))}
                </td>
                <td
                  className="num"
                  data-label={t('rounds.entries.sheets')}
                  data-testid="entry-sheets"
                >
                  {e.sheetsDone}/{e.reviewers.length}
                </td>
                <td
                  className="num"
                  data-label={t('rounds.entries.ballots')}
                  data-testid="entry-ballots"
                >
                  {e.ballotsCast}/{members.length - e.conflicts.length}
                </td>
                <td className="actions">
                  {mayReassign && editing !== e.id ? (
                    <button
                      type="button"
                      className="button button--small"
                      data-testid={`entry-change-reviewers-${e.candidacyId}`}
                      onClick={() => setEditing(e.id)}
                    >
                      {t('rounds.entries.change')}
                    </button>
                  ) : null}
                  {mayReturn ? (
                    <button
                      type="button"
                      className="button button--small button--danger-outline"
                      data-testid={`entry-return-${e.candidacyId}`}
                      onClick={() => setReturningEntry(e)}
                    >
                      {t('rounds.entries.return')}
                    </button>
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {returningEntry ? (
        <ReturnDialog
          title={returningEntry.candidacy.model.title}
          busy={returning}
          onCancel={() => setReturningEntry(null)}
          onConfirm={(reason) => void onReturn(returningEntry, reason)}
        />
      ) : null}
    </section>
  );
}
