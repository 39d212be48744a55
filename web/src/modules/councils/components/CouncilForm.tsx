import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  can,
  RankBy,
  thresholdProblems,
  type Threshold,
  unfilledSingleSeats,
} from '@vinh-danh/shared';
import type { CouncilSummaryFragment } from '../../../gql/graphql';
import { useViewer } from '../../auth/hooks/useViewer';
import { useCampaigns } from '../../campaigns/hooks/useCampaigns';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { Field, NumberField, TextField } from '../../common/components/Field';
import { useNumbers } from '../../common/hooks/useNumbers';
import { numberProblem, numberValue, type NumberText } from '../../common/numbers';
import { UnitPicker, type PickedUnit } from '../../org/components/UnitPicker';
import { useCreateCouncil } from '../hooks/useCreateCouncil';
import { MemberPicker, type PickedMember } from './MemberPicker';
import { ThresholdFields, type ThresholdDraft } from './ThresholdFields';
import { FormActions } from '../../common/components/FormActions';

interface Props {
  onCreated: (council: CouncilSummaryFragment) => void;
  onCancel: () => void;
}

const toThreshold = (d: ThresholdDraft): Threshold => ({
  strict: d.strict,
  numerator: numberValue(d.numerator) ?? Number.NaN,
  denominator: numberValue(d.denominator) ?? Number.NaN,
});

/** A campaign manager forms a council: its unit and campaign, its rules, its members' seats. */
export function CouncilForm({ onCreated, onCancel }: Props) {
  const { t } = useTranslation();
  const { text } = useNumbers();
  const { viewer } = useViewer();
  const managed = viewer?.user.roles.find((g) => can([g.role], 'manageCampaigns'))?.unit;
  const { campaigns } = useCampaigns();
  const { createCouncil, loading, error } = useCreateCouncil();
  const [unit, setUnit] = useState<PickedUnit | null>(managed ?? null);
  const [campaignId, setCampaignId] = useState('');
  const [name, setName] = useState('');
  const [passScore, setPassScore] = useState(() => text(50));
  const [exemplaryScore, setExemplaryScore] = useState(() => text(70));
  const [quorum, setQuorum] = useState<ThresholdDraft>(() => ({
    strict: false,
    numerator: text(2),
    denominator: text(3),
  }));
  const [approval, setApproval] = useState<ThresholdDraft>(() => ({
    strict: true,
    numerator: text(1),
    denominator: text(2),
  }));
  const [rankBy, setRankBy] = useState<RankBy>(RankBy.RAW);
  const [quota, setQuota] = useState(() => text(1));
  const [members, setMembers] = useState<PickedMember[]>([]);
  const [writtenOpinions, setWrittenOpinions] = useState(false);
  const [errors, setErrors] = useState<Partial<Record<string, string>>>({});

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<string, string>> = {};
    if (!unit) found.unit = t('validation.chooseUnit');
    if (!campaignId) found.campaign = t('validation.chooseCampaign');
    if (!name.trim())
      found.name = t('validation.required', { field: t('councils.create.name').toLowerCase() });
    // A field that does not read says so and names itself; an empty one is simply required.
    const number = (field: NumberText, label: string) =>
      numberProblem(t, field, label) ??
      (numberValue(field) === null ? t('validation.notANumber', { field: label }) : undefined);
    const pass = numberValue(passScore) ?? Number.NaN;
    const exemplary = numberValue(exemplaryScore) ?? Number.NaN;
    found.passScore = number(passScore, t('councils.create.passScore'));
    found.exemplaryScore =
      number(exemplaryScore, t('councils.create.exemplaryScore')) ??
      (exemplary < pass ? t('councils.create.exemplaryBelowPass') : undefined);
    const threshold = (d: ThresholdDraft, legend: string) =>
      numberProblem(t, d.numerator, `${legend}, ${t('councils.create.numerator').toLowerCase()}`) ??
      numberProblem(
        t,
        d.denominator,
        `${legend}, ${t('councils.create.denominator').toLowerCase()}`,
      ) ??
      (thresholdProblems(toThreshold(d)).length ? t('councils.create.badThreshold') : undefined);
    found.quorum = threshold(quorum, t('councils.create.quorum'));
    found.approval = threshold(approval, t('councils.create.approval'));
    const promotionQuota = numberValue(quota) ?? Number.NaN;
    found.quota =
      number(quota, t('councils.create.quota')) ??
      (!Number.isInteger(promotionQuota) || promotionQuota < 0
        ? t('numbers.notWhole', { field: t('councils.create.quota') })
        : undefined);
    const [unfilled] = unfilledSingleSeats(members);
    // Worded per seat held once (`SINGLE_SEATS`): the messages have one line for each.
    if (unfilled) found.members = t(`councils.create.needSeat.${unfilled}`);
    setErrors(found);
    if (Object.values(found).some(Boolean) || !unit) return;
    try {
      const created = await createCouncil({
        unitId: unit.id,
        campaignId,
        name: name.trim(),
        passScore: pass,
        exemplaryScore: exemplary,
        quorum: toThreshold(quorum),
        approval: toThreshold(approval),
        rankBy,
        promotionQuota,
        members: members.map((m) => ({ userId: m.userId, seat: m.seat })),
        writtenOpinions,
      });
      if (created) onCreated(created);
    } catch {
      // shown by <ErrorNotice>
    }
  };

  return (
    <form
      className="form panel"
      data-testid="create-council-form"
      onSubmit={(e) => void onSubmit(e)}
      noValidate
    >
      <h2>{t('councils.create.title')}</h2>
      <UnitPicker
        label={t('councils.create.unit')}
        value={unit}
        onChange={setUnit}
        testId="council-unit"
        error={errors.unit}
      />
      <Field label={t('councils.create.campaign')} error={errors.campaign}>
        {(control) => (
          <select
            {...control}
            data-testid="council-campaign"
            value={campaignId}
            onChange={(e) => setCampaignId(e.target.value)}
          >
            <option value="">{t('councils.create.chooseCampaign')}</option>
            {campaigns.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('councils.create.name')}
        error={errors.name}
        testId="council-name"
        value={name}
        onValue={setName}
      />
      <div className="form__grid form__grid--three">
        <NumberField
          label={t('councils.create.passScore')}
          error={errors.passScore}
          testId="council-pass-score"
          value={passScore}
          onChange={setPassScore}
        />
        <NumberField
          label={t('councils.create.exemplaryScore')}
          error={errors.exemplaryScore}
          testId="council-exemplary-score"
          value={exemplaryScore}
          onChange={setExemplaryScore}
        />
        <NumberField
          label={t('councils.create.quota')}
          error={errors.quota}
          testId="council-quota"
          integer
          value={quota}
          onChange={setQuota}
        />
      </div>
      <div className="form__grid">
        <ThresholdFields
          legend={t('councils.create.quorum')}
          value={quorum}
          onChange={setQuorum}
          testId="council-quorum"
          error={errors.quorum}
        />
        <ThresholdFields
          legend={t('councils.create.approval')}
          value={approval}
          onChange={setApproval}
          testId="council-approval"
          error={errors.approval}
        />
      </div>
      <Field label={t('councils.create.rankBy')}>
        {(control) => (
          <select
            {...control}
            data-testid="council-rank-by"
            value={rankBy}
            onChange={(e) => setRankBy(e.target.value as RankBy)}
          >
            {Object.values(RankBy).map((r) => (
              <option key={r} value={r}>
                {t(`councils.rankBy.${r}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <label className="checkbox">
        <input
          type="checkbox"
          data-testid="council-written-opinions"
          checked={writtenOpinions}
          onChange={(e) => setWrittenOpinions(e.target.checked)}
        />
        {t('councils.create.writtenOpinions')}
      </label>
      <MemberPicker value={members} onChange={setMembers} error={errors.members} />
      <ErrorNotice error={error} />
      <FormActions
        label={t('councils.create.submit')}
        testId="create-council-submit"
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
