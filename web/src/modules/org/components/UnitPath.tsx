import type { UnitWithPathFragment } from '../../../gql/graphql';

/** "Điện Biên › huyện Điện Biên": where a unit sits, for search results and pickers. */
export const unitPath = (unit: Pick<UnitWithPathFragment, 'ancestors'>): string =>
  unit.ancestors.map((a) => a.name).join(' › ');
