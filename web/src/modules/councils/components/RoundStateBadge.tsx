import { useTranslation } from 'react-i18next';
import type { RoundState } from '@vinh-danh/shared';

export function RoundStateBadge({ state, testId }: { state: RoundState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge round-state round-state--${state.toLowerCase()}`}
      data-testid={testId}
      data-state={state}
    >
      {t(`rounds.states.${state}`)}
    </span>
  );
}
