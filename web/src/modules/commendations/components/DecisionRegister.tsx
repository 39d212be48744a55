import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessNotice } from '../../common/components/Notice';
import { formatDate } from '../../common/dates';
import { decisionFile } from '../files';
import type { DecisionView } from '../types';
import { AnnulForm } from './AnnulForm';
import { DecisionEntries } from './DecisionEntries';
import { DecisionStateBadge } from './DecisionStateBadge';
import { DownloadButton } from './DownloadButton';

/** Newest first: by year, then number. */
const newestFirst = (a: DecisionView, b: DecisionView) =>
  (b.year ?? 0) - (a.year ?? 0) ||
  (b.numberText ?? '').localeCompare(a.numberText ?? '', 'vi', { numeric: true });

/** The register (sổ quyết định): every signed or annulled decision, its documents, annulment. */
export function DecisionRegister({ decisions }: { decisions: DecisionView[] }) {
  const { t } = useTranslation();
  const [annulling, setAnnulling] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const list = [...decisions].sort(newestFirst);
  return (
    <section className="desk-section" data-testid="decision-register">
      <h2>{t('commendationDesk.signer.register')}</h2>
      {done ? <SuccessNotice>{t('commendationDesk.annul.done')}</SuccessNotice> : null}
      {list.length === 0 ? (
        <p className="muted">{t('commendationDesk.signer.registerNone')}</p>
      ) : (
        <table className="table table--cards register">
          <thead>
            <tr>
              <th scope="col">{t('commendationDesk.signer.number')}</th>
              <th scope="col">{t('commendationDesk.signer.date')}</th>
              <th scope="col">{t('commendationDesk.signer.decisionTitle')}</th>
              <th scope="col">{t('commendationDesk.signer.entries')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((d) => (
              <tr key={d.id} data-testid={`register-${d.id}`} data-state={d.state}>
                <td data-label={t('commendationDesk.signer.number')} data-testid="register-number">
                  {d.numberText}
                </td>
                <td data-label={t('commendationDesk.signer.date')}>
                  {d.signedAt ? formatDate(d.signedAt) : '—'}
                </td>
                <td data-label={t('commendationDesk.signer.decisionTitle')}>
                  <strong>{d.title}</strong>
                  <span className="result__meta">
                    {d.issuer.heading.join(' ')} · {t(`awardTypes.${d.awardType}`)}{' '}
                    <DecisionStateBadge state={d.state} />
                  </span>
                  {d.annulledAt ? (
                    <span className="muted" data-testid="register-annulled">
                      {t('commendationDesk.signer.annulled', {
                        date: formatDate(d.annulledAt),
                        reason: d.annulReason ?? '',
                      })}
                    </span>
                  ) : null}
                  <div className="decision__documents">
                    <DownloadButton
                      url={d.pdfUrl}
                      fileName={decisionFile(d)}
                      label={t('commendationDesk.downloads.decision')}
                      testId="register-pdf"
                    />
                    {d.state === 'SIGNED' && annulling !== d.id ? (
                      <button
                        type="button"
                        className="button button--small button--danger-outline"
                        data-testid="annul-open"
                        onClick={() => {
                          setDone(false);
                          setAnnulling(d.id);
                        }}
                      >
                        {t('commendationDesk.annul.open')}
                      </button>
                    ) : null}
                  </div>
                  {annulling === d.id ? (
                    <AnnulForm
                      decision={d}
                      onClose={() => setAnnulling(null)}
                      onDone={() => {
                        setAnnulling(null);
                        setDone(true);
                      }}
                    />
                  ) : null}
                </td>
                <td data-label={t('commendationDesk.signer.entries')}>
                  <DecisionEntries decision={d} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
