import { ModelKind, UnitKind } from '@vinh-danh/shared';
import type { AwardType, HonourRollFilter } from '../../gql/graphql';

/** What the honour roll's form holds: text, as the inputs and the address carry it. */
export interface HonourFilterValues {
  search: string;
  year: string;
  level: string;
  fieldCode: string;
  kind: string;
  awardType: string;
}

export const NO_FILTER: HonourFilterValues = {
  search: '',
  year: '',
  level: '',
  fieldCode: '',
  kind: '',
  awardType: '',
};

/** The awards the roll holds: what decisions give (recognition of a model is no award). */
export const HONOUR_AWARDS: readonly AwardType[] = ['GIAY_KHEN', 'BANG_KHEN'];
export const HONOUR_LEVELS: readonly UnitKind[] = [
  UnitKind.PROVINCE,
  UnitKind.DISTRICT,
  UnitKind.COMMUNE,
];
const KINDS: readonly string[] = Object.values(ModelKind);

// The address's names for the filters: short, so a shared link stays readable.
const PARAMS: Record<keyof HonourFilterValues, string> = {
  search: 'q',
  year: 'nam',
  level: 'cap',
  fieldCode: 'linh-vuc',
  kind: 'doi-tuong',
  awardType: 'hinh-thuc',
};

/** The filters from the address (`/vinh-danh?q=nam+xe&nam=2026`), so back and shared links keep them. */
export const filterValuesOf = (params: URLSearchParams): HonourFilterValues => {
  const values = { ...NO_FILTER };
  for (const key of Object.keys(PARAMS) as (keyof HonourFilterValues)[]) {
    values[key] = params.get(PARAMS[key]) ?? '';
  }
  return values;
};

export const paramsOf = (values: HonourFilterValues): URLSearchParams => {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof HonourFilterValues)[]) {
    if (values[key]) params.set(PARAMS[key], values[key]);
  }
  return params;
};

/**
 * The API's filter: empty choices are no filter, and what an address may hold that the schema
 * would refuse (an unknown level, a year that is no year) is left out rather than sent.
 */
export const toFilter = (v: HonourFilterValues): HonourRollFilter => {
  const search = v.search.trim();
  const level = HONOUR_LEVELS.find((k) => k === v.level);
  const kind = KINDS.includes(v.kind) ? (v.kind as ModelKind) : undefined;
  const awardType = HONOUR_AWARDS.find((a) => a === v.awardType);
  return {
    ...(search ? { search } : {}),
    ...(/^\d{4}$/.test(v.year) ? { year: Number(v.year) } : {}),
    ...(level ? { level } : {}),
    ...(v.fieldCode ? { fieldCode: v.fieldCode } : {}),
    ...(kind ? { kind } : {}),
    ...(awardType ? { awardType } : {}),
  };
};
