import type { TFunction } from 'i18next';

export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9._-]{2,39}$/;
export const PASSWORD_MIN = 8;
export const DISPLAY_NAME_MAX = 200;

export interface UserFieldErrors {
  username?: string;
  displayName?: string;
  password?: string;
  unit?: string;
}

export const validateNewUser = (
  t: TFunction,
  fields: { username: string; displayName: string; password: string; unitId: string | null },
): UserFieldErrors => {
  const errors: UserFieldErrors = {};
  if (!fields.username)
    errors.username = t('validation.required', { field: t('users.create.username').toLowerCase() });
  else if (!USERNAME_PATTERN.test(fields.username))
    errors.username = t('validation.usernamePattern');
  if (!fields.displayName)
    errors.displayName = t('validation.required', {
      field: t('users.create.displayName').toLowerCase(),
    });
  else if (fields.displayName.length > DISPLAY_NAME_MAX)
    errors.displayName = t('validation.tooLong', {
      field: t('users.create.displayName'),
      max: DISPLAY_NAME_MAX,
    });
  if (fields.password.length < PASSWORD_MIN)
    errors.password = t('validation.passwordLength', { min: PASSWORD_MIN });
  if (!fields.unitId) errors.unit = t('validation.chooseUnit');
  return errors;
};
