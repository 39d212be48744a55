import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionFile, dossierFile } from '../files';
import type { DecisionView } from '../types';
import { DecisionEntries } from './DecisionEntries';
import { DecisionStateBadge } from './DecisionStateBadge';
import { DisclosureFacts } from './DisclosureFacts';
import { DownloadButton } from './DownloadButton';

interface Props {
  decision: DecisionView;
  /** before the title: the signer's checkbox */
  lead?: ReactNode;
  /** after the documents: the actions of the screen */
  children?: ReactNode;
}

/** A draft under disclosure as the manager and the signer read it: facts, list, documents. */
export function DecisionCard({ decision, lead, children }: Props) {
  const { t } = useTranslation();
  return (
    <article
      className="panel decision"
      data-testid={`decision-${decision.id}`}
      data-state={decision.state}
      data-signable={decision.signable}
    >
      <header className="decision__head">
        {lead}
        <div>
          <h3 className="decision__title" data-testid="decision-title">
            {decision.title}
          </h3>
          <p className="result__meta">
            {decision.issuer.heading.join(' ')} · {t(`awardTypes.${decision.awardType}`)}{' '}
            <DecisionStateBadge state={decision.state} />
          </p>
        </div>
      </header>
      {decision.state === 'DISCLOSING' ? <DisclosureFacts decision={decision} /> : null}
      <DecisionEntries decision={decision} />
      <div className="decision__documents">
        <DownloadButton
          url={decision.pdfUrl}
          fileName={decisionFile(decision)}
          label={t(
            decision.state === 'DISCLOSING'
              ? 'commendationDesk.downloads.draft'
              : 'commendationDesk.downloads.decision',
          )}
          testId="decision-pdf"
        />
        <DownloadButton
          url={decision.proposal.dossierUrl}
          fileName={dossierFile(decision.proposal.id)}
          label={t('commendationDesk.downloads.dossier')}
          testId="decision-dossier"
        />
      </div>
      {children}
    </article>
  );
}
