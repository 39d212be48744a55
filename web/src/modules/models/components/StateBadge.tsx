import { useTranslation } from 'react-i18next';
import type { CandidacyState } from '@vinh-danh/shared';

/** A candidacy's state, translated; the colour comes from the state's own class. */
export function StateBadge({ state, testId }: { state: CandidacyState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge state state--${state.toLowerCase()}`}
      data-testid={testId}
      data-state={state}
    >
      {t(`states.${state}`)}
    </span>
  );
}
