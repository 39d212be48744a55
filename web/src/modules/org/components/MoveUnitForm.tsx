import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnitWithPathFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useMoveUnit } from '../hooks/useMoveUnit';
import { UnitPicker, type PickedUnit } from './UnitPicker';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  unit: UnitWithPathFragment;
  onMoved: () => void;
  onCancel: () => void;
  onReload: () => void;
}

export function MoveUnitForm({ unit, onMoved, onCancel, onReload }: Props) {
  const { t } = useTranslation();
  const { moveUnit, loading, error } = useMoveUnit();
  const [parent, setParent] = useState<PickedUnit | null>(null);
  const [makeRoot, setMakeRoot] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();

  // The unit itself and everything below it cannot become its parent.
  const isExcluded = (candidate: UnitWithPathFragment) =>
    candidate.id === unit.id || candidate.ancestors.some((a) => a.id === unit.id);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!makeRoot && !parent) {
      setProblem(t('validation.chooseParent'));
      return;
    }
    setProblem(undefined);
    try {
      await moveUnit({
        id: unit.id,
        version: unit.version,
        parentId: makeRoot ? null : parent?.id,
      });
      onMoved();
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form panel"
      data-testid="move-unit-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h3>{t('units.form.moveTitle', { name: unit.name })}</h3>
      <ErrorNotice error={error} onReload={onReload} />
      {!makeRoot ? (
        <UnitPicker
          label={t('units.form.newParent')}
          value={parent}
          onChange={(next) => {
            setParent(next);
            setProblem(undefined);
          }}
          testId="move-parent"
          isExcluded={isExcluded}
          error={problem}
        />
      ) : null}
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="move-make-root"
          checked={makeRoot}
          onChange={(e) => {
            setMakeRoot(e.target.checked);
            setProblem(undefined);
          }}
        />
        {t('units.form.makeRoot')}
      </label>
      <FormActions
        label={t('units.form.move')}
        testId="move-unit-submit"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
