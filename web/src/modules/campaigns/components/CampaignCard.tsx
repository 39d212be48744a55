import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignFieldsFragment } from '../../../gql/graphql';
import { formatDate } from '../../common/dates';
import { SuccessNotice } from '../../common/components/Notice';
import { useNumbers } from '../../common/hooks/useNumbers';
import { phaseKey } from '../phases';
import { PhaseEditForm } from './PhaseEditForm';

interface Props {
  campaign: CampaignFieldsFragment;
  canManage: boolean;
}

export function CampaignCard({ campaign, canManage }: Props) {
  const { t } = useTranslation();
  const { format } = useNumbers();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const period =
    campaign.startYear === campaign.endYear
      ? t('campaigns.period', { start: campaign.startYear })
      : t('campaigns.periodRange', { start: campaign.startYear, end: campaign.endYear });

  return (
    <article className="panel campaign" data-testid={`campaign-${campaign.id}`}>
      <div className="panel__header">
        <div>
          <h2 data-testid="campaign-title">{campaign.name}</h2>
          <p className="muted">
            {campaign.unit.name} · {period}
          </p>
        </div>
        {canManage && !editing ? (
          <button
            type="button"
            className="button button--small"
            data-testid="campaign-edit-phases"
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('campaigns.editPhases')}
          </button>
        ) : null}
      </div>
      {saved ? <SuccessNotice>{t('campaigns.phasesSaved')}</SuccessNotice> : null}
      {editing ? (
        <PhaseEditForm
          campaign={campaign}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
        />
      ) : (
        <ul className="phase-list">
          {campaign.phases.map((p) => (
            <li
              key={phaseKey(p.phase, p.level)}
              data-testid={`campaign-phase-${phaseKey(p.phase, p.level)}`}
            >
              <span className="phase-list__name">
                {t(`phases.${p.phase}`)}
                {p.level ? ` (${t(`unitKinds.${p.level}`)})` : ''}
              </span>
              <span>
                {t('campaigns.phaseDates', {
                  from: formatDate(p.opensOn),
                  to: formatDate(p.closesOn),
                })}
              </span>
              <span className={p.open ? 'badge badge--ok' : 'badge'}>
                {p.open ? t('campaigns.openNow') : t('campaigns.closed')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <details className="campaign__more">
        <summary>
          {t('campaigns.fields')} ·{' '}
          {t('campaigns.rubric', { total: format(campaign.rubric.total) })} ·{' '}
          {t('campaigns.awardTypes')}
        </summary>
        <h3 className="section-title">{t('campaigns.fields')}</h3>
        <p>
          {campaign.fields.map((f) => (
            <span key={f.code} className="chip">
              {f.name}
            </span>
          ))}
        </p>
        <h3 className="section-title">
          {t('campaigns.rubric', { total: format(campaign.rubric.total) })}
        </h3>
        <ul className="plain-list">
          {campaign.rubric.criteria.map((c) => (
            <li key={c.code}>
              {c.name} — <strong>{format(c.maxPoints)}</strong>
            </li>
          ))}
        </ul>
        <h3 className="section-title">{t('campaigns.awardTypes')}</h3>
        <p>
          {campaign.awardTypes.map((a) => (
            <span key={a} className="chip">
              {t(`awardTypes.${a}`)}
            </span>
          ))}
        </p>
      </details>
    </article>
  );
}
