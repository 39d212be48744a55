import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { SuccessNotice } from '../modules/common/components/Notice';
import { CreateUnitForm } from '../modules/org/components/CreateUnitForm';
import { UnitDetail } from '../modules/org/components/UnitDetail';
import { UnitSearch } from '../modules/org/components/UnitSearch';
import { UnitTree } from '../modules/org/components/UnitTree';

export function UnitsPage() {
  const { t } = useTranslation();
  const { can } = useViewer();
  const canManage = can('manageUnits');
  const [params, setParams] = useSearchParams();
  const selectedId = params.get('unit');
  const [notice, setNotice] = useState<{ unitId: string; text: string } | null>(null);
  const [creatingRoot, setCreatingRoot] = useState(false);

  const select = (unitId: string, text?: string) => {
    setNotice(text ? { unitId, text } : null);
    setCreatingRoot(false);
    setParams({ unit: unitId });
  };

  return (
    <section className="page" data-testid="units-page">
      <div className="page__header">
        <h1>{t('units.title')}</h1>
        {canManage && !creatingRoot ? (
          <button
            type="button"
            className="button"
            data-testid="unit-action-create-root"
            onClick={() => setCreatingRoot(true)}
          >
            {t('units.actions.createRoot')}
          </button>
        ) : null}
      </div>
      {creatingRoot ? (
        <CreateUnitForm
          parent={null}
          onCancel={() => setCreatingRoot(false)}
          onCreated={(unit) => select(unit.id, t('units.form.created', { name: unit.name }))}
        />
      ) : null}
      <div className="split">
        <div className="split__side">
          <UnitSearch selectedId={selectedId} onSelect={(unit) => select(unit.id)} />
          <h2 className="section-title">{t('units.tree')}</h2>
          <UnitTree selectedId={selectedId} onSelect={(unit) => select(unit.id)} />
        </div>
        <div className="split__main">
          {notice && notice.unitId === selectedId ? (
            <SuccessNotice>{notice.text}</SuccessNotice>
          ) : null}
          {selectedId ? (
            <UnitDetail
              key={selectedId}
              unitId={selectedId}
              canManage={canManage}
              onSelect={select}
            />
          ) : (
            <p className="muted placeholder">{t('units.selectHint')}</p>
          )}
        </div>
      </div>
    </section>
  );
}
