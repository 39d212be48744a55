import type {
  DecisionEntryFieldsFragment,
  DecisionFieldsFragment,
  IssuerFieldsFragment,
  ObjectionFieldsFragment,
  ProposalFieldsFragment,
} from '../../gql/graphql';

export type IssuerView = IssuerFieldsFragment;
export type ProposalView = ProposalFieldsFragment;
export type DecisionView = DecisionFieldsFragment;
export type DecisionEntryView = DecisionEntryFieldsFragment;
export type ObjectionView = ObjectionFieldsFragment;
