import { useTranslation } from 'react-i18next';
import type { CertificateStatus } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';

/** Valid, or annulled with its date: the one thing a reader checks first. */
export function CertificateBadge({
  status,
  annulledAt,
}: {
  status: CertificateStatus;
  annulledAt?: string | null;
}) {
  const { t } = useTranslation();
  if (status === 'ANNULLED') {
    return (
      <span className="badge badge--annulled" data-testid="certificate-status" data-status={status}>
        {t('publicSite.verify.annulled', { date: annulledAt ? formatDate(annulledAt) : '' })}
      </span>
    );
  }
  return (
    <span className="badge badge--ok" data-testid="certificate-status" data-status={status}>
      {t('publicSite.verify.valid')}
    </span>
  );
}
