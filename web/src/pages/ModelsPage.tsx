import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ModelFilter } from '../gql/graphql';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { useDebouncedValue } from '../modules/common/hooks/useDebouncedValue';
import { ModelFilters, type ModelFilterValues } from '../modules/models/components/ModelFilters';
import { ModelList } from '../modules/models/components/ModelList';

const NO_FILTER: ModelFilterValues = {
  campaignId: '',
  state: '',
  kind: '',
  fieldCode: '',
  search: '',
};

export function ModelsPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const [values, setValues] = useState(NO_FILTER);
  const search = useDebouncedValue(values.search.trim());
  const filter = useMemo<ModelFilter>(
    () => ({
      campaignId: values.campaignId || null,
      states: values.state ? [values.state] : null,
      kind: values.kind || null,
      fieldCode: values.fieldCode || null,
      search: search || null,
    }),
    [values.campaignId, values.state, values.kind, values.fieldCode, search],
  );

  return (
    <section className="page" data-testid="models-page">
      <div className="page__header">
        <h1>{t('models.title')}</h1>
        {can('registerModels') ? (
          <Link to="/models/new" className="button button--primary" data-testid="model-action-new">
            {t('models.new')}
          </Link>
        ) : null}
      </div>
      <ModelFilters value={values} onChange={setValues} />
      <ModelList filter={filter} />
    </section>
  );
}
