import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../common/dates';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { SuccessNotice } from '../../common/components/Notice';
import { useRevealOnPhone } from '../../common/hooks/useRevealOnPhone';
import { useUnit } from '../hooks/useUnit';
import { ArchiveUnitPanel } from './ArchiveUnitPanel';
import { CreateUnitForm } from './CreateUnitForm';
import { EditUnitForm } from './EditUnitForm';
import { MoveUnitForm } from './MoveUnitForm';

type Mode = 'view' | 'createChild' | 'edit' | 'move' | 'archive';

interface Props {
  unitId: string;
  canManage: boolean;
  /** `notice` is said on the page the selection leads to (e.g. "unit created"). */
  onSelect: (unitId: string, notice?: string) => void;
}

export function UnitDetail({ unitId, canManage, onSelect }: Props) {
  const { t } = useTranslation();
  const { unit, loading, error, refetch } = useUnit(unitId);
  const [mode, setMode] = useState<Mode>('view');
  const [done, setDone] = useState<string | null>(null);
  const article = useRef<HTMLElement>(null);
  useRevealOnPhone(article, unit !== null);

  const reload = () => {
    setMode('view');
    void refetch();
  };
  const finish = (message: string) => {
    setMode('view');
    setDone(message);
  };
  const open = (next: Mode) => {
    setDone(null);
    setMode(next);
  };

  if (error) return <ErrorNotice error={error} onReload={reload} />;
  if (!unit) return loading ? <p className="muted">{t('common.loading')}</p> : null;
  const archived = unit.archivedAt != null;

  return (
    <article
      ref={article}
      className="detail"
      data-testid="unit-detail"
      aria-labelledby="unit-detail-title"
    >
      <header className="detail__header">
        <p className="detail__eyebrow">{t('units.detail.title')}</p>
        <h2 id="unit-detail-title" data-testid="unit-detail-name">
          {unit.name}
        </h2>
        {unit.ancestors.length > 0 ? (
          <nav className="breadcrumbs" aria-label={t('units.detail.path')}>
            {unit.ancestors.map((a) => (
              <button
                key={a.id}
                type="button"
                className="link-button"
                onClick={() => onSelect(a.id)}
              >
                {a.name}
              </button>
            ))}
          </nav>
        ) : null}
      </header>

      <dl className="facts">
        <div>
          <dt>{t('units.detail.code')}</dt>
          <dd data-testid="unit-detail-code">{unit.code}</dd>
        </div>
        <div>
          <dt>{t('units.detail.kind')}</dt>
          <dd data-testid="unit-detail-kind">{t(`unitKinds.${unit.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('units.detail.path')}</dt>
          <dd>
            {unit.ancestors.length > 0
              ? unit.ancestors.map((a) => a.name).join(' › ')
              : t('units.detail.root')}
          </dd>
        </div>
        <div>
          <dt>{t('units.detail.children')}</dt>
          <dd>{unit.childCount}</dd>
        </div>
        <div>
          <dt>{t('units.detail.status')}</dt>
          <dd data-testid="unit-detail-status">
            {archived
              ? t('units.detail.archivedOn', { date: formatDate(unit.archivedAt as string) })
              : t('units.detail.active')}
          </dd>
        </div>
      </dl>

      <p>
        <Link to={`/users?unit=${unit.id}`} data-testid="unit-users-link">
          {t('units.detail.users')}
        </Link>
      </p>

      {done ? <SuccessNotice>{done}</SuccessNotice> : null}

      {canManage && !archived && mode === 'view' ? (
        <div className="actions" data-testid="unit-actions">
          <button
            type="button"
            className="button"
            data-testid="unit-action-create-child"
            onClick={() => open('createChild')}
          >
            {t('units.actions.createChild')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="unit-action-edit"
            onClick={() => open('edit')}
          >
            {t('units.actions.rename')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="unit-action-move"
            onClick={() => open('move')}
          >
            {t('units.actions.move')}
          </button>
          <button
            type="button"
            className="button button--danger-outline"
            data-testid="unit-action-archive"
            onClick={() => open('archive')}
          >
            {t('units.actions.archive')}
          </button>
        </div>
      ) : null}

      {mode === 'createChild' ? (
        <CreateUnitForm
          parent={unit}
          onCancel={() => setMode('view')}
          onCreated={(created) =>
            onSelect(created.id, t('units.form.created', { name: created.name }))
          }
        />
      ) : null}
      {mode === 'edit' ? (
        <EditUnitForm
          unit={unit}
          onCancel={() => setMode('view')}
          onSaved={() => finish(t('units.form.saved'))}
          onReload={reload}
        />
      ) : null}
      {mode === 'move' ? (
        <MoveUnitForm
          unit={unit}
          onCancel={() => setMode('view')}
          onMoved={() => finish(t('units.form.moved'))}
          onReload={reload}
        />
      ) : null}
      {mode === 'archive' ? (
        <ArchiveUnitPanel
          unit={unit}
          onCancel={() => setMode('view')}
          onArchived={() => finish(t('units.form.archived'))}
          onReload={reload}
        />
      ) : null}
    </article>
  );
}
