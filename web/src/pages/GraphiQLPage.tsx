import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

const GraphiQLView = lazy(() => import('./graphiql/GraphiQLView'));

export function GraphiQLPage() {
  const { t } = useTranslation();
  return (
    <section className="graphiql-page" data-testid="graphiql">
      <Suspense fallback={<p className="page-loading">{t('graphiql.loading')}</p>}>
        <GraphiQLView />
      </Suspense>
    </section>
  );
}
