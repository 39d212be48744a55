import { useTranslation } from 'react-i18next';
import { ModelKind, STANDARD_FIELDS } from '@vinh-danh/shared';
import { Field, TextField } from '../../common/components/Field';
import { HONOUR_AWARDS, HONOUR_LEVELS, type HonourFilterValues } from '../filters';

/** The years the roll offers: this one and the four before it. */
const recentYears = (now = new Date()) =>
  Array.from({ length: 5 }, (_, i) => String(now.getFullYear() - i));

interface Props {
  value: HonourFilterValues;
  onChange: (value: HonourFilterValues) => void;
}

type SelectName = 'year' | 'level' | 'field' | 'kind' | 'award';

/** The search (the server folds diacritics) and the roll's filters, one column on a phone. */
export function HonourFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const set = (change: Partial<HonourFilterValues>) => onChange({ ...value, ...change });

  const select = (
    name: SelectName,
    current: string,
    options: ReadonlyArray<{ value: string; label: string }>,
    update: (v: string) => void,
  ) => (
    <Field label={t(`publicSite.honourRoll.${name}`)}>
      {(control) => (
        <select
          {...control}
          data-testid={`honour-filter-${name}`}
          value={current}
          onChange={(e) => update(e.target.value)}
        >
          <option value="">{t('publicSite.honourRoll.all')}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  return (
    <div className="honour-filters" role="search">
      <TextField
        label={t('publicSite.honourRoll.search')}
        hint={t('publicSite.honourRoll.searchHint')}
        type="search"
        testId="honour-search"
        fieldClassName="honour-filters__search"
        value={value.search}
        onValue={(search) => set({ search })}
      />
      {select(
        'year',
        value.year,
        recentYears().map((y) => ({ value: y, label: y })),
        (year) => set({ year }),
      )}
      {select(
        'level',
        value.level,
        HONOUR_LEVELS.map((k) => ({ value: k, label: t(`unitKinds.${k}`) })),
        (level) => set({ level }),
      )}
      {select(
        'field',
        value.fieldCode,
        STANDARD_FIELDS.map((f) => ({ value: f.code, label: f.name })),
        (fieldCode) => set({ fieldCode }),
      )}
      {select(
        'kind',
        value.kind,
        Object.values(ModelKind).map((k) => ({ value: k, label: t(`modelKinds.${k}`) })),
        (kind) => set({ kind }),
      )}
      {select(
        'award',
        value.awardType,
        HONOUR_AWARDS.map((a) => ({ value: a, label: t(`awardTypes.${a}`) })),
        (awardType) => set({ awardType }),
      )}
    </div>
  );
}
