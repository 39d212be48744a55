import { useTranslation } from 'react-i18next';
import type { VerifyCertificateQuery } from '../../../gql/graphql';
import { formatDay } from '../../common/dates';
import { CertificateBadge } from '../../honour-roll/components/CertificateBadge';

type Certificate = NonNullable<VerifyCertificateQuery['verifyCertificate']>;

/** A certificate's public facts, its status first. */
export function CertificateView({ certificate: c }: { certificate: Certificate }) {
  const { t } = useTranslation();
  return (
    <article className="panel certificate" data-testid="certificate" data-code={c.code}>
      <header className="panel__header">
        <h2 className="certificate__award">{t(`awardTypes.${c.awardType}`)}</h2>
        <CertificateBadge status={c.status} annulledAt={c.annulledAt} />
      </header>
      {c.status === 'ANNULLED' && c.annulReason ? (
        <p className="notice notice--error" data-testid="annul-reason">
          {t('publicSite.verify.annulledReason', { reason: c.annulReason })}
        </p>
      ) : null}
      <dl className="facts facts--stacked">
        <div>
          <dt>{t('publicSite.verify.recipient')}</dt>
          <dd data-testid="certificate-recipient">{c.recipientName}</dd>
        </div>
        {c.position ? (
          <div>
            <dt>{t('publicSite.verify.position')}</dt>
            <dd>{c.position}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('publicSite.verify.unit')}</dt>
          <dd>{c.unitName}</dd>
        </div>
        <div>
          <dt>{t('publicSite.verify.achievement')}</dt>
          <dd>{c.achievement}</dd>
        </div>
        <div>
          <dt>{t('publicSite.verify.issuer')}</dt>
          <dd>{c.issuerName}</dd>
        </div>
        <div>
          <dt>{t('publicSite.verify.decision')}</dt>
          <dd>
            {t('publicSite.entry.decisionLine', {
              number: c.decisionNumber,
              date: formatDay(c.decisionDate),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('publicSite.verify.bookNumber')}</dt>
          <dd>{c.bookNumber}</dd>
        </div>
        <div>
          <dt>{t('publicSite.verify.code')}</dt>
          <dd className="certificate__code">{c.code}</dd>
        </div>
      </dl>
      <a className="button button--ghost" href={c.pdfUrl} data-testid="certificate-pdf">
        {t('publicSite.verify.pdf')}
      </a>
    </article>
  );
}
