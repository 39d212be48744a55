import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { DisclosureCard } from '../modules/disclosures/components/DisclosureCard';
import { useDisclosures } from '../modules/disclosures/hooks/useDisclosures';

/** /cong-khai: the lists under disclosure, each entry open to an objection from anyone. */
export function DisclosurePage() {
  const { t } = useTranslation();
  const { disclosures, loading, error } = useDisclosures();
  return (
    <>
      <h1>{t('publicSite.disclosures.title')}</h1>
      <p className="muted">{t('publicSite.disclosures.intro')}</p>
      <ErrorNotice error={error} />
      {loading ? <p className="muted">{t('common.loading')}</p> : null}
      {!loading && !error && disclosures.length === 0 ? (
        <p className="muted" data-testid="disclosures-empty">
          {t('publicSite.disclosures.empty')}
        </p>
      ) : null}
      {disclosures.map((disclosure) => (
        <DisclosureCard key={disclosure.id} disclosure={disclosure} />
      ))}
    </>
  );
}
