import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '../modules/common/hooks/useDebouncedValue';
import { HonourFilters } from '../modules/honour-roll/components/HonourFilters';
import { HonourRollList } from '../modules/honour-roll/components/HonourRollList';
import { filterValuesOf, paramsOf, toFilter } from '../modules/honour-roll/filters';

/**
 * /vinh-danh: everyone commended, searchable without diacritics. The filters live in the
 * address: back from an entry finds the same list, and a search can be shared as a link.
 */
export function HonourRollPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const values = filterValuesOf(params);
  // The search waits for a pause in typing; the selects apply at once.
  const search = useDebouncedValue(values.search);
  return (
    <>
      <h1>{t('publicSite.honourRoll.title')}</h1>
      <p className="muted">{t('publicSite.honourRoll.intro')}</p>
      <HonourFilters
        value={values}
        onChange={(next) => setParams(paramsOf(next), { replace: true })}
      />
      <HonourRollList filter={toFilter({ ...values, search })} />
    </>
  );
}
