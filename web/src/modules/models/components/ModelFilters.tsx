import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../common/components/Field';
import {
  CANDIDACY_STATES,
  ModelKind,
  STANDARD_FIELDS,
  type CandidacyState,
} from '@vinh-danh/shared';
import { useCampaigns } from '../../campaigns/hooks/useCampaigns';

export interface ModelFilterValues {
  campaignId: string;
  state: CandidacyState | '';
  kind: ModelKind | '';
  fieldCode: string;
  search: string;
}

interface Props {
  value: ModelFilterValues;
  onChange: (value: ModelFilterValues) => void;
}

/** Campaign, state, kind, field and a search that ignores diacritics (the server folds it). */
export function ModelFilters({ value, onChange }: Props) {
  const { t } = useTranslation();
  const { campaigns } = useCampaigns();
  const set = (change: Partial<ModelFilterValues>) => onChange({ ...value, ...change });
  // The chosen campaign's fields; without one, every field any campaign uses.
  const chosen = campaigns.find((c) => c.id === value.campaignId);
  const fields = chosen
    ? chosen.fields
    : [
        ...new Map(
          [...STANDARD_FIELDS, ...campaigns.flatMap((c) => c.fields)].map((f) => [f.code, f]),
        ).values(),
      ];

  const select = (
    name: 'campaign' | 'state' | 'kind' | 'field',
    current: string,
    options: Array<{ value: string; label: string }>,
    update: (v: string) => void,
  ) => (
    <Field label={t(`models.filters.${name}`)}>
      {(control) => (
        <select
          {...control}
          data-testid={`model-filter-${name}`}
          value={current}
          onChange={(e) => update(e.target.value)}
        >
          <option value="">{t('models.filters.any')}</option>
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
    <div className="filters filters--models">
      {select(
        'campaign',
        value.campaignId,
        campaigns.map((c) => ({ value: c.id, label: c.name })),
        (campaignId) => set({ campaignId, fieldCode: '' }),
      )}
      {select(
        'state',
        value.state,
        CANDIDACY_STATES.map((s) => ({ value: s, label: t(`states.${s}`) })),
        (state) => set({ state: state as CandidacyState | '' }),
      )}
      {select(
        'kind',
        value.kind,
        Object.values(ModelKind).map((k) => ({ value: k, label: t(`modelKinds.${k}`) })),
        (kind) => set({ kind: kind as ModelKind | '' }),
      )}
      {select(
        'field',
        value.fieldCode,
        fields.map((f) => ({ value: f.code, label: f.name })),
        (fieldCode) => set({ fieldCode }),
      )}
      <TextField
        fieldClassName="filters__search"
        role="search"
        label={t('models.filters.search')}
        type="search"
        testId="model-search"
        placeholder={t('models.filters.searchPlaceholder')}
        value={value.search}
        onValue={(search) => set({ search })}
      />
    </div>
  );
}
