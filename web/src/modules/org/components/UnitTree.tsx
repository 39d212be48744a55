import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitSummaryFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useUnitChildren } from '../hooks/useUnitChildren';
import { useUnitRoots } from '../hooks/useUnitRoots';

interface TreeProps {
  selectedId: string | null;
  onSelect: (unit: UnitSummaryFragment) => void;
}

export function UnitTree({ selectedId, onSelect }: TreeProps) {
  const { t } = useTranslation();
  const { roots, loading, error } = useUnitRoots();
  if (error) return <ErrorNotice error={error} />;
  if (loading && roots.length === 0) return <p className="muted">{t('common.loading')}</p>;
  if (roots.length === 0) return <p className="muted">{t('units.empty')}</p>;
  return (
    <ul className="tree" role="tree" aria-label={t('units.tree')} data-testid="unit-tree">
      {roots.map((unit) => (
        <UnitTreeNode key={unit.id} unit={unit} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}

function UnitTreeNode({ unit, selectedId, onSelect }: TreeProps & { unit: UnitSummaryFragment }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const hasChildren = unit.childCount > 0;
  const selected = unit.id === selectedId;

  return (
    <li
      role="treeitem"
      aria-expanded={hasChildren ? open : undefined}
      aria-selected={selected}
      className="tree__item"
    >
      <div
        className={selected ? 'tree__row tree__row--selected' : 'tree__row'}
        data-testid={`unit-node-${unit.code}`}
      >
        {hasChildren ? (
          <button
            type="button"
            className="tree__toggle"
            data-testid={`unit-toggle-${unit.code}`}
            aria-label={t(open ? 'units.collapse' : 'units.expand', { name: unit.name })}
            onClick={() => setOpen(!open)}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree__toggle tree__toggle--leaf" aria-hidden="true" />
        )}
        <button
          type="button"
          className="tree__name"
          data-testid={`unit-select-${unit.code}`}
          aria-current={selected ? 'true' : undefined}
          onClick={() => {
            onSelect(unit);
            if (hasChildren) setOpen(true);
          }}
        >
          <span>{unit.name}</span>
          <span className="tree__meta">
            {t(`unitKinds.${unit.kind}`)} · {unit.code}
          </span>
        </button>
      </div>
      {hasChildren && open ? (
        <UnitChildren parent={unit} selectedId={selectedId} onSelect={onSelect} />
      ) : null}
    </li>
  );
}

function UnitChildren({
  parent,
  selectedId,
  onSelect,
}: TreeProps & { parent: UnitSummaryFragment }) {
  const { t } = useTranslation();
  const { children, loading, error } = useUnitChildren(parent.id, true);
  if (error) return <ErrorNotice error={error} />;
  if (loading && children.length === 0)
    return <p className="tree__loading muted">{t('common.loading')}</p>;
  return (
    <ul role="group" className="tree__group">
      {children.map((unit) => (
        <UnitTreeNode key={unit.id} unit={unit} selectedId={selectedId} onSelect={onSelect} />
      ))}
    </ul>
  );
}
