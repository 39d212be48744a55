import { useTranslation } from 'react-i18next';
import type { CouncilRulesFragment } from '../../../gql/graphql';
import { useNumbers } from '../../common/hooks/useNumbers';
import { formatScore, thresholdOfMembers } from '../labels';

interface Props {
  rules: CouncilRulesFragment;
  memberCount: number;
  campaign: string;
  unit: string;
}

/** The council's rules, thresholds written as councils write them. */
export function CouncilRulesPanel({ rules, memberCount, campaign, unit }: Props) {
  const { t } = useTranslation();
  const { locale } = useNumbers();
  const points = (value: number) =>
    t('councils.rules.points', { value: formatScore(value, locale) });
  const rows: Array<[string, string, string]> = [
    ['unit', t('councils.rules.unit'), unit],
    ['campaign', t('councils.rules.campaign'), campaign],
    ['pass', t('councils.rules.passScore'), points(rules.passScore)],
    ['exemplary', t('councils.rules.exemplaryScore'), points(rules.exemplaryScore)],
    ['quorum', t('councils.rules.quorum'), thresholdOfMembers(t, rules.quorum, memberCount)],
    ['approval', t('councils.rules.approval'), thresholdOfMembers(t, rules.approval, memberCount)],
    ['rank-by', t('councils.rules.rankBy'), t(`councils.rankBy.${rules.rankBy}`)],
    ['quota', t('councils.rules.quota'), String(rules.promotionQuota)],
    ['spread', t('councils.rules.spread'), points(rules.disagreementSpread)],
    [
      'written-opinions',
      t('councils.rules.writtenOpinions'),
      t(
        rules.writtenOpinions
          ? 'councils.rules.writtenOpinionsYes'
          : 'councils.rules.writtenOpinionsNo',
      ),
    ],
  ];
  return (
    <section className="panel" data-testid="council-rules">
      <h2>{t('councils.rules.title')}</h2>
      <dl className="facts">
        {rows.map(([key, label, value]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd data-testid={`council-rule-${key}`}>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
