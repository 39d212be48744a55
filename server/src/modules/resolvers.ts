import { AuthResolver } from './auth/auth.resolver';
import { OrgResolver } from './org/org.resolver';
import { RoleGrantResolver, UserResolver } from './user/user.resolver';
import { CampaignPhaseResolver, CampaignResolver } from './campaign/campaign.resolver';
import { AuditEventResolver, CandidacyResolver } from './candidacy/candidacy.resolver';
import { CouncilMemberResolver, CouncilResolver } from './council/council.resolver';
import { CouncilWorkResolver, RoundWorkResolver } from './council/council-work.resolver';
import { ModelResolver } from './model/model.resolver';
import { RoundEntryResolver, RoundResolver } from './round/round.resolver';
import { RoundLiveResolver } from './round/round-live.resolver';
import { ReviewEntryResolver } from './review/review-entry.resolver';
import { ReviewResolver } from './review/review.resolver';
import {
  EntryResultResolver,
  RankingRowResolver,
  RoundRankingResolver,
} from './tally/results.resolver';
import { EntryPromotionResolver, RoundPromotionResolver } from './promotion/promotion.resolver';
import { NotificationResolver } from './notification/notification.resolver';
import { AttendanceResolver } from './review/attendance.resolver';
import {
  CertificateResolver,
  DecisionEntryCertificateResolver,
  SigningKeyResolver,
} from './certificate/certificate.resolver';
import { DecisionResolver } from './commendation/decision.resolver';
import { DecisionEntryResolver } from './commendation/entry.resolver';
import { ObjectionResolver } from './commendation/objection.resolver';
import {
  ProposalEntryResolver,
  ProposalResolver,
  RoundProposalsResolver,
} from './commendation/proposal.resolver';

/** Every feature's resolvers: the API is their union. */
export const resolvers = [
  AuthResolver,
  OrgResolver,
  UserResolver,
  RoleGrantResolver,
  CampaignResolver,
  CampaignPhaseResolver,
  ModelResolver,
  CandidacyResolver,
  AuditEventResolver,
  NotificationResolver,
  CouncilResolver,
  CouncilMemberResolver,
  CouncilWorkResolver,
  RoundWorkResolver,
  RoundResolver,
  RoundEntryResolver,
  RoundLiveResolver,
  ReviewResolver,
  ReviewEntryResolver,
  RoundRankingResolver,
  EntryResultResolver,
  RankingRowResolver,
  RoundPromotionResolver,
  EntryPromotionResolver,
  AttendanceResolver,
  CertificateResolver,
  SigningKeyResolver,
  DecisionEntryCertificateResolver,
  ProposalResolver,
  ProposalEntryResolver,
  RoundProposalsResolver,
  DecisionResolver,
  DecisionEntryResolver,
  ObjectionResolver,
] as const;
