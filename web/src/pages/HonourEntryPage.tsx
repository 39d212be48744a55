import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { formatDay } from '../modules/common/dates';
import { CertificateBadge } from '../modules/honour-roll/components/CertificateBadge';
import { useHonourEntry } from '../modules/honour-roll/hooks/useHonourEntry';

/** /vinh-danh/:code: one commended entry, its decision and its certificate's status. */
export function HonourEntryPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const { entry, certificate, loading, error } = useHonourEntry(code);

  const back = (
    <p>
      <Link to="/vinh-danh">← {t('publicSite.entry.back')}</Link>
    </p>
  );
  if (error) return <ErrorNotice error={error} />;
  if (loading) return <p className="muted">{t('common.loading')}</p>;
  if (!entry) {
    return (
      <>
        {back}
        <p className="notice notice--error" data-testid="honour-entry-missing">
          {t('publicSite.entry.notFound')}
        </p>
      </>
    );
  }
  return (
    <>
      {back}
      <article className="panel honour-entry" data-testid="honour-entry">
        <p className="detail__eyebrow">
          {t(`awardTypes.${entry.awardType}`)} · {entry.year}
        </p>
        <h1 className="honour-entry__name">{entry.personName ?? entry.title}</h1>
        {entry.personName ? (
          <p className="honour-entry__model">
            {entry.position ? `${entry.position} · ` : ''}
            {entry.title}
          </p>
        ) : null}
        <p className="muted">
          {t(`modelKinds.${entry.kind}`)} · {entry.unitName}
        </p>
        <h2 className="section-title">{t('publicSite.entry.summary')}</h2>
        <p data-testid="honour-entry-summary">{entry.summary}</p>
        <dl className="facts">
          <div>
            <dt>{t('publicSite.entry.issuer')}</dt>
            <dd>{entry.issuerName}</dd>
          </div>
          <div>
            <dt>{t('publicSite.entry.decision')}</dt>
            <dd data-testid="honour-entry-decision">
              {t('publicSite.entry.decisionLine', {
                number: entry.decisionNumber,
                date: formatDay(entry.decisionDate),
              })}
            </dd>
          </div>
          {certificate ? (
            <div>
              <dt>{t('publicSite.entry.bookNumber')}</dt>
              <dd>{certificate.bookNumber}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('publicSite.entry.certificate')}</dt>
            <dd>
              <CertificateBadge status={entry.status} annulledAt={entry.annulledAt} />
            </dd>
          </div>
        </dl>
        <div className="actions">
          <Link
            to={`/xac-minh/${entry.code}`}
            className="button button--primary"
            data-testid="honour-entry-verify"
          >
            {t('publicSite.entry.verify')}
          </Link>
          {certificate ? (
            <a
              className="button button--ghost"
              href={certificate.pdfUrl}
              data-testid="honour-entry-pdf"
            >
              {t('publicSite.entry.download')}
            </a>
          ) : null}
        </div>
      </article>
    </>
  );
}
