import { useTranslation } from 'react-i18next';
import {
  CandidacyAction,
  type CandidacyState,
  reachedBy,
  type Recognition,
} from '@vinh-danh/shared';
import { StateBadge } from '../../models/components/StateBadge';

interface Props {
  state: CandidacyState;
  recognition: Recognition | null | undefined;
  testId?: string;
}

/** A candidacy's state, and once recognised, whether as effective or exemplary. */
export function OutcomeBadge({ state, recognition, testId }: Props) {
  const { t } = useTranslation();
  if (reachedBy(CandidacyAction.RECOGNISE, state) && recognition) {
    return (
      <span
        className={`badge state state--recognised recognition--${recognition.toLowerCase()}`}
        data-testid={testId}
        data-state={state}
        data-recognition={recognition}
      >
        {t(`rounds.recognition.${recognition}`)}
      </span>
    );
  }
  return <StateBadge state={state} testId={testId} />;
}
