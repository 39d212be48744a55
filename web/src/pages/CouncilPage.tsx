import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ROUND_OPENING } from '@vinh-danh/shared';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { CouncilMembersPanel } from '../modules/councils/components/CouncilMembersPanel';
import { CouncilRoundsPanel } from '../modules/councils/components/CouncilRoundsPanel';
import { CouncilRulesPanel } from '../modules/councils/components/CouncilRulesPanel';
import { IntakeList } from '../modules/councils/components/IntakeList';
import { SeatBadge } from '../modules/councils/components/SeatBadge';
import { useCouncil } from '../modules/councils/hooks/useCouncil';

export function CouncilPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { council, loading, error } = useCouncil(id);

  if (error && !council) return <ErrorNotice error={error} />;
  if (!council) return loading ? <p className="muted">{t('common.loading')}</p> : null;

  return (
    <section className="page" data-testid="council-page">
      <p>
        <Link to="/councils">← {t('councils.back')}</Link>
      </p>
      <div className="page__header">
        <h1 data-testid="council-heading">{council.name}</h1>
        {council.mySeat ? <SeatBadge seat={council.mySeat} testId="council-my-seat" /> : null}
      </div>
      <div className="split split--wide">
        <div className="split__main">
          <CouncilRoundsPanel
            councilId={council.id}
            rounds={council.rounds}
            canOpen={council.mySeat !== null && ROUND_OPENING.seats.includes(council.mySeat)}
          />
          <IntakeList intake={council.intake} />
        </div>
        <div className="split__side">
          <CouncilRulesPanel
            rules={council}
            memberCount={council.members.length}
            campaign={council.campaign.name}
            unit={council.unit.name}
          />
          <CouncilMembersPanel members={council.members} />
        </div>
      </div>
    </section>
  );
}
