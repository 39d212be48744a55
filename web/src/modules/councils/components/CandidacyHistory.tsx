import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useViewer } from '../../auth/hooks/useViewer';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { Timeline } from '../../models/components/Timeline';
import { useCandidacyHistory } from '../hooks/useCandidacyHistory';
import { OutcomeBadge } from './OutcomeBadge';

/**
 * A candidacy at one level with its timeline, and below it the candidacy it was promoted from,
 * down to the level where the model was registered.
 */
export function CandidacyHistory({ id, depth = 0 }: { id: string; depth?: number }) {
  const { t } = useTranslation();
  const { can } = useViewer();
  const { candidacy, loading, error } = useCandidacyHistory(id);

  if (error && !candidacy) {
    return (
      <li className="history-level" data-testid="history-level" data-available="false">
        <p className="muted">{t('rounds.history.unavailable')}</p>
        <ErrorNotice error={error} testId="history-error" />
      </li>
    );
  }
  if (!candidacy) {
    return loading ? <li className="muted">{t('common.loading')}</li> : null;
  }
  return (
    <>
      <li
        className="history-level panel"
        data-testid="history-level"
        data-depth={depth}
        data-unit-kind={candidacy.unit.kind}
        data-state={candidacy.state}
        data-recognition={candidacy.recognition ?? ''}
      >
        <div className="panel__header">
          <div>
            <h2 data-testid="history-unit">
              {t(`unitKinds.${candidacy.unit.kind}`)} · {candidacy.unit.name}
            </h2>
            {depth === 0 ? (
              <p className="muted">
                {candidacy.model.title} · {candidacy.campaign.name}
              </p>
            ) : null}
          </div>
          <OutcomeBadge
            state={candidacy.state}
            recognition={candidacy.recognition}
            testId="history-outcome"
          />
        </div>
        {depth === 0 && can('browseModels') ? (
          <p>
            <Link to={`/models/${candidacy.model.id}`} data-testid="history-model-link">
              {t('rounds.history.openModel')}
            </Link>
          </p>
        ) : null}
        <Timeline events={candidacy.timeline} />
        {candidacy.promotedFrom ? (
          <p>
            <Link to={`/candidacies/${candidacy.promotedFrom}`} data-testid="history-below-link">
              ↓ {t('rounds.history.below')}
            </Link>
          </p>
        ) : null}
      </li>
      {candidacy.promotedFrom ? (
        <CandidacyHistory id={candidacy.promotedFrom} depth={depth + 1} />
      ) : null}
    </>
  );
}
