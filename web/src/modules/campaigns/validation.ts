import type { TFunction } from 'i18next';
import type { PhaseRow } from './phases';

/** Per-phase problems the user can fix before asking the server (which checks the order too). */
export const validatePhases = (t: TFunction, rows: readonly PhaseRow[]) => {
  const errors: Partial<Record<string, string>> = {};
  for (const row of rows) {
    const phase = row.level
      ? `${t(`phases.${row.phase}`)} (${t(`unitKinds.${row.level}`)})`
      : t(`phases.${row.phase}`);
    const given = Boolean(row.opensOn) || Boolean(row.closesOn);
    if ((row.required || given) && (!row.opensOn || !row.closesOn))
      errors[row.key] = t('validation.datesRequired', { phase });
    else if (given && row.closesOn < row.opensOn)
      errors[row.key] = t('validation.datesOrder', { phase });
  }
  return errors;
};
