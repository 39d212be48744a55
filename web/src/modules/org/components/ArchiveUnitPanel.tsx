import { useTranslation } from 'react-i18next';
import type { UnitSummaryFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useArchiveUnit } from '../hooks/useArchiveUnit';

interface Props {
  unit: UnitSummaryFragment;
  onArchived: () => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Archiving asks once more, in the page rather than a browser dialog. */
export function ArchiveUnitPanel({ unit, onArchived, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const { archiveUnit, loading, error } = useArchiveUnit();

  const onConfirm = async () => {
    try {
      await archiveUnit({ id: unit.id, version: unit.version });
      onArchived();
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <div className="panel panel--warning" data-testid="archive-unit-panel">
      <ErrorNotice error={error} onReload={onReload} />
      <p>{t('units.actions.archiveConfirm', { name: unit.name })}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid="archive-unit-confirm"
          disabled={loading}
          onClick={() => void onConfirm()}
        >
          {t('units.actions.archive')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
