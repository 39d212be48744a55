import type { TFunction } from 'i18next';
import { needed, type Threshold } from '@vinh-danh/shared';
import { formatNumber } from '../common/numbers';

/** A share as councils write it, in the interface language: "hơn 1/2", "ít nhất 4/5". */
export const thresholdLabel = (t: TFunction, threshold: Threshold): string =>
  t(threshold.strict ? 'councils.threshold.strict' : 'councils.threshold.atLeast', {
    numerator: threshold.numerator,
    denominator: threshold.denominator,
  });

/** The share, and how many of the current membership it takes. */
export const thresholdOfMembers = (t: TFunction, threshold: Threshold, base: number): string =>
  t('councils.threshold.ofMembers', {
    share: thresholdLabel(t, threshold),
    count: needed(threshold, base),
    base,
  });

/** Scores in the interface language's way (`27,5` in Vietnamese, `27.5` in English). */
export const formatScore = (value: number | null | undefined, locale: string): string =>
  value === null || value === undefined
    ? '—'
    : formatNumber(value, locale, { maximumFractionDigits: 2 });
