import { useTranslation } from 'react-i18next';
import type { DecisionState } from '../../../gql/graphql';

const TONE: Record<DecisionState, string> = {
  DISCLOSING: 'badge badge--warn',
  SIGNED: 'badge badge--ok',
  ANNULLED: 'badge',
};

export function DecisionStateBadge({ state }: { state: DecisionState }) {
  const { t } = useTranslation();
  return (
    <span className={TONE[state]} data-testid="decision-state" data-state={state}>
      {t(`commendationDesk.decisionStates.${state}`)}
    </span>
  );
}
