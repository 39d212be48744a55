import type { TFunction } from 'i18next';
import { vi } from '@vinh-danh/shared';

type ActionKey = keyof typeof vi.actions;
type PartKey = keyof typeof vi.formParts;

const isActionKey = (value: string): value is ActionKey => value in vi.actions;
const isPartKey = (value: string): value is PartKey => value in vi.formParts;

/** An audit event's action (REGISTER or a CandidacyAction), translated; unknown ones as they are. */
export const actionLabel = (t: TFunction, action: string): string =>
  isActionKey(action) ? t(`actions.${action}`) : action;

/** A name from `missingParts` (a form part, "title", "personName", "indicators"), translated. */
export const partLabel = (t: TFunction, part: string): string =>
  isPartKey(part) ? t(`formParts.${part}`) : part;
