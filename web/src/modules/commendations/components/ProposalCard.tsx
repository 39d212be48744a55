import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../common/dates';
import { dossierFile } from '../files';
import type { ProposalView } from '../types';
import { DecisionStateBadge } from './DecisionStateBadge';
import { DownloadButton } from './DownloadButton';

/** A proposal sent: to whom, for what award, its entries, its dossier and its decisions. */
export function ProposalCard({
  proposal,
  children,
}: {
  proposal: ProposalView;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const entries = [...proposal.entries].sort((a, b) => a.position - b.position);
  return (
    <article className="panel proposal" data-testid={`proposal-${proposal.id}`}>
      <h3 className="proposal__title" data-testid="proposal-summary">
        {t('commendationDesk.proposal.summary', {
          award: t(`awardTypes.${proposal.awardType}`),
          issuer: proposal.issuer.heading.join(' '),
          count: entries.length,
        })}
      </h3>
      <p className="result__meta">
        {proposal.unit.name} · {proposal.round.name} ·{' '}
        {t('commendationDesk.proposal.createdAt', { date: formatDate(proposal.createdAt) })}
      </p>
      <ol className="decision-entries">
        {entries.map((e) => (
          <li
            key={e.id}
            className="decision-entry"
            data-testid={`proposal-entry-${e.candidacy.id}`}
          >
            <span className="decision-entry__title">{e.model.title}</span>
            <span className="result__meta">
              {t(`modelKinds.${e.model.kind}`)}
              {e.model.personName ? ` · ${e.model.personName}` : ''}
            </span>
            <span className="decision-entry__achievement">{e.achievement}</span>
          </li>
        ))}
      </ol>
      <div className="decision__documents">
        <DownloadButton
          url={proposal.dossierUrl}
          fileName={dossierFile(proposal.id)}
          label={t('commendationDesk.downloads.dossier')}
          testId="proposal-dossier"
        />
        {proposal.decisions.length === 0 ? (
          <span className="muted">{t('commendationDesk.proposal.noDecision')}</span>
        ) : (
          proposal.decisions.map((d) => (
            <span key={d.id} data-testid="proposal-decision">
              {d.numberText ?? ''} <DecisionStateBadge state={d.state} />
            </span>
          ))
        )}
      </div>
      {children}
    </article>
  );
}
