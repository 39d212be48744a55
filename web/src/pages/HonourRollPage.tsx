import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwardType, HonourRollFilter, ModelKind, UnitKind } from '../gql/graphql';
import { useDebouncedValue } from '../modules/common/hooks/useDebouncedValue';
import {
  HonourFilters,
  NO_FILTER,
  type HonourFilterValues,
} from '../modules/honour-roll/components/HonourFilters';
import { HonourRollList } from '../modules/honour-roll/components/HonourRollList';

/** What the form holds, as the API's filter: empty choices are no filter at all. */
const toFilter = (v: HonourFilterValues): HonourRollFilter => ({
  ...(v.search.trim() ? { search: v.search.trim() } : {}),
  ...(v.year ? { year: Number(v.year) } : {}),
  ...(v.level ? { level: v.level as UnitKind } : {}),
  ...(v.fieldCode ? { fieldCode: v.fieldCode } : {}),
  ...(v.kind ? { kind: v.kind as ModelKind } : {}),
  ...(v.awardType ? { awardType: v.awardType as AwardType } : {}),
});

/** /vinh-danh: everyone commended, searchable without diacritics. */
export function HonourRollPage() {
  const { t } = useTranslation();
  const [values, setValues] = useState<HonourFilterValues>(NO_FILTER);
  // The search waits for a pause in typing; the selects apply at once.
  const search = useDebouncedValue(values.search);
  return (
    <>
      <h1>{t('publicSite.honourRoll.title')}</h1>
      <p className="muted">{t('publicSite.honourRoll.intro')}</p>
      <HonourFilters value={values} onChange={setValues} />
      <HonourRollList filter={toFilter({ ...values, search })} />
    </>
  );
}
