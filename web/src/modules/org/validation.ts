import type { TFunction } from 'i18next';
import { UNIT_CODE_PATTERN } from '@vinh-danh/shared';

export const UNIT_NAME_MAX = 200;

export interface UnitFieldErrors {
  code?: string;
  name?: string;
}

/** The same rules the server applies, said before the round trip and in the user's language. */
export const validateUnitFields = (t: TFunction, code: string, name: string): UnitFieldErrors => {
  const errors: UnitFieldErrors = {};
  if (!code) errors.code = t('validation.required', { field: t('units.form.code').toLowerCase() });
  else if (!UNIT_CODE_PATTERN.test(code)) errors.code = t('validation.codePattern');
  if (!name) errors.name = t('validation.required', { field: t('units.form.name').toLowerCase() });
  else if (name.length > UNIT_NAME_MAX)
    errors.name = t('validation.tooLong', { field: t('units.form.name'), max: UNIT_NAME_MAX });
  return errors;
};

export const hasErrors = (errors: object): boolean => Object.values(errors).some(Boolean);

/** Codes are upper case; people type them however they like. */
export const normaliseCode = (code: string): string => code.trim().toUpperCase();
