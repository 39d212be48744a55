import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AwardType, can, DEFAULT_RUBRIC, STANDARD_FIELDS } from '@vinh-danh/shared';
import type { CampaignFieldsFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { dropRow, EditableRows, patchRow } from '../../common/components/EditableRows';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { NumberField, TextField } from '../../common/components/Field';
import { FieldError } from '../../common/components/Notice';
import { NumberInput } from '../../common/components/NumberInput';
import { useNumbers } from '../../common/hooks/useNumbers';
import {
  numberProblem,
  numberText,
  numberValue,
  type NumberFormat,
  type NumberText,
} from '../../common/numbers';
import { UnitPicker, type PickedUnit } from '../../org/components/UnitPicker';
import { useCreateCampaign } from '../hooks/useCreateCampaign';
import { phaseInputs, phaseRows, type PhaseRow } from '../phases';
import { validatePhases } from '../validation';
import { PhaseFields } from './PhaseFields';
import { FormActions } from '../../common/components/FormActions';

interface Row {
  key: number;
  code: string;
  name: string;
}
interface CriterionRow extends Row {
  maxPoints: NumberText;
}

interface Props {
  onCreated: (campaign: CampaignFieldsFragment) => void;
  onCancel: () => void;
}

const thisYear = new Date().getFullYear();
// Years are written without a thousands separator: 2026, never 2.026.
const YEAR: NumberFormat = { grouping: false };

/** Opens a campaign: the standard fields and the default rubric come filled in, to edit. */
export function CampaignForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { locale, format } = useNumbers();
  const { viewer } = useViewer();
  const managed = viewer?.user.roles.find((g) => can([g.role], 'manageCampaigns'))?.unit;
  const { createCampaign, loading, error } = useCreateCampaign();
  const [name, setName] = useState('');
  const [unit, setUnit] = useState<PickedUnit | null>(managed ?? null);
  const [startYear, setStartYear] = useState(() => numberText(thisYear, locale, YEAR));
  const [endYear, setEndYear] = useState(() => numberText(thisYear, locale, YEAR));
  const [phases, setPhases] = useState<PhaseRow[]>(() => phaseRows([]));
  const [fields, setFields] = useState<Row[]>(() =>
    STANDARD_FIELDS.map((f, key) => ({ key, code: f.code, name: f.name })),
  );
  const [criteria, setCriteria] = useState<CriterionRow[]>(() =>
    DEFAULT_RUBRIC.criteria.map((c, key) => ({
      key,
      code: c.code,
      name: c.name,
      maxPoints: numberText(c.maxPoints, locale),
    })),
  );
  const [awards, setAwards] = useState<AwardType[]>(Object.values(AwardType));
  const [nextKey, setNextKey] = useState(100);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const total = criteria.reduce((sum, c) => sum + (numberValue(c.maxPoints) ?? 0), 0);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = { ...validatePhases(t, phases) };
    if (!name.trim())
      found.name = t('validation.required', { field: t('campaigns.create.name').toLowerCase() });
    if (!unit) found.unit = t('validation.chooseUnit');
    const start = numberValue(startYear) ?? Number.NaN;
    const end = numberValue(endYear) ?? Number.NaN;
    if (!Number.isInteger(start))
      found.startYear = t('validation.notANumber', { field: t('campaigns.create.startYear') });
    if (!Number.isInteger(end))
      found.endYear = t('validation.notANumber', { field: t('campaigns.create.endYear') });
    else if (end < start) found.endYear = t('validation.yearRange');
    const rubric = criteria.filter((c) => c.name.trim());
    // The first criterion whose points do not read is named, with its row.
    const unread = rubric
      .map((c, index) =>
        numberProblem(
          t,
          c.maxPoints,
          t('numbers.criterionRow', { n: index + 1, name: c.name.trim() }),
        ),
      )
      .find(Boolean);
    if (unread) found.rubric = unread;
    else if (rubric.length === 0 || rubric.some((c) => !((numberValue(c.maxPoints) ?? 0) > 0)))
      found.rubric = t('validation.rubricEmpty');
    setErrors(found);
    if (Object.values(found).some(Boolean) || !unit) return;
    try {
      const created = await createCampaign({
        unitId: unit.id,
        name: name.trim(),
        startYear: start,
        endYear: end,
        phases: phaseInputs(phases),
        fields: fields
          .filter((f) => f.code.trim() && f.name.trim())
          .map((f) => ({ code: f.code.trim(), name: f.name.trim() })),
        rubric: {
          total,
          criteria: rubric.map((c) => ({
            code: c.code.trim() || `C${c.key}`,
            name: c.name.trim(),
            maxPoints: numberValue(c.maxPoints) ?? 0,
          })),
        },
        awardTypes: awards,
      });
      if (created) onCreated(created);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form panel"
      data-testid="create-campaign-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h2>{t('campaigns.create.title')}</h2>
      <ErrorNotice error={error} />
      <div className="form__grid">
        <TextField
          label={t('campaigns.create.name')}
          error={errors.name}
          testId="campaign-name"
          value={name}
          onValue={setName}
        />
        <UnitPicker
          label={t('campaigns.create.unit')}
          value={unit}
          onChange={setUnit}
          testId="campaign-unit"
          error={errors.unit}
        />
        <NumberField
          label={t('campaigns.create.startYear')}
          error={errors.startYear}
          testId="campaign-start-year"
          errorTestId="campaign-startYear"
          integer
          format={YEAR}
          value={startYear}
          onChange={setStartYear}
        />
        <NumberField
          label={t('campaigns.create.endYear')}
          error={errors.endYear}
          testId="campaign-end-year"
          errorTestId="campaign-endYear"
          integer
          format={YEAR}
          value={endYear}
          onChange={setEndYear}
        />
      </div>

      <PhaseFields rows={phases} onChange={setPhases} errors={errors} />

      <EditableRows
        legend={t('campaigns.fields')}
        hint={t('campaigns.create.fieldsHint')}
        testId="campaign-fields"
        rows={fields}
        rowClassName="pair-row"
        removeLabel={t('campaigns.create.remove')}
        onRemove={(key) => setFields(dropRow(key))}
        addLabel={t('campaigns.create.addField')}
        onAdd={() => {
          setFields((rows) => [...rows, { key: nextKey, code: '', name: '' }]);
          setNextKey(nextKey + 1);
        }}
      >
        {(f) => (
          <>
            <input
              aria-label={t('campaigns.create.fieldCode')}
              value={f.code}
              onChange={(e) => setFields(patchRow<Row>(f.key, { code: e.target.value }))}
            />
            <input
              aria-label={t('campaigns.create.fieldName')}
              value={f.name}
              onChange={(e) => setFields(patchRow<Row>(f.key, { name: e.target.value }))}
            />
          </>
        )}
      </EditableRows>

      <EditableRows
        legend={t('campaigns.rubric', { total: format(total) })}
        hint={t('campaigns.create.rubricHint')}
        testId="campaign-rubric"
        rows={criteria}
        rowClassName="pair-row pair-row--points"
        removeLabel={t('campaigns.create.remove')}
        onRemove={(key) => setCriteria(dropRow(key))}
        addLabel={t('campaigns.create.addCriterion')}
        onAdd={() => {
          setCriteria((rows) => [
            ...rows,
            { key: nextKey, code: '', name: '', maxPoints: numberText(null, locale) },
          ]);
          setNextKey(nextKey + 1);
        }}
        footer={
          <>
            <p data-testid="campaign-rubric-total">
              {t('campaigns.create.total', { total: format(total) })}
            </p>
            <FieldError message={errors.rubric} testId="campaign-rubric-error" />
          </>
        }
      >
        {(c, index) => (
          <>
            <input
              aria-label={t('campaigns.create.criterionName')}
              value={c.name}
              onChange={(e) => setCriteria(patchRow<CriterionRow>(c.key, { name: e.target.value }))}
            />
            <NumberInput
              aria-label={t('campaigns.create.criterionPoints')}
              data-testid={`campaign-criterion-${index}-points`}
              value={c.maxPoints}
              onChange={(maxPoints) => setCriteria(patchRow<CriterionRow>(c.key, { maxPoints }))}
            />
          </>
        )}
      </EditableRows>

      <fieldset className="fieldset">
        <legend>{t('campaigns.awardTypes')}</legend>
        {Object.values(AwardType).map((award) => (
          <label className="checkbox" key={award}>
            <input
              type="checkbox"
              checked={awards.includes(award)}
              onChange={(e) =>
                setAwards((list) =>
                  e.target.checked ? [...list, award] : list.filter((a) => a !== award),
                )
              }
            />
            {t(`awardTypes.${award}`)}
          </label>
        ))}
      </fieldset>

      <FormActions
        label={t('campaigns.create.submit')}
        testId="create-campaign-submit"
        busy={loading}
        announceSaving
        onCancel={onCancel}
      />
    </form>
  );
}
