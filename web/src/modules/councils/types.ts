import type { RoundQuery } from '../../gql/graphql';

export type RoundView = RoundQuery['round'];
export type RoundEntryView = RoundView['entries'][number];
export type MemberView = RoundView['council']['members'][number];
