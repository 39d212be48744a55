import { AuditEvent } from './audit/audit-event.entity';
import { Decision, DecisionEntry } from './commendation/decision.entity';
import { Issuer } from './commendation/issuer.entity';
import { Objection } from './commendation/objection.entity';
import { Proposal, ProposalEntry } from './commendation/proposal.entity';
import { Session } from './auth/session.entity';
import { Council, CouncilMember } from './council/council.entity';
import { ReviewRound, RoundEntry } from './round/round.entity';
import { RoundAttendance } from './review/attendance.entity';
import { BallotCast, BallotTally } from './review/ballot.entities';
import { Assignment, ConflictOfInterest, Score } from './review/sheet.entities';
import { CampaignPhase } from './campaign/campaign-phase.entity';
import { Campaign } from './campaign/campaign.entity';
import { Candidacy } from './candidacy/candidacy.entity';
import { CertificateRecord } from './certificate/certificate.entity';
import { SigningKey } from './certificate/signing-key.entity';
import { EvidenceFile } from './model/evidence.entity';
import { Indicator } from './model/indicator.entity';
import { Model } from './model/model.entity';
import { Notification } from './notification/notification.entity';
import { OrgUnit } from './org/org-unit.entity';
import { RoleGrant } from './user/role-grant.entity';
import { User } from './user/user.entity';

/** Every TypeORM entity, for the data source. */
export const entities = [
  OrgUnit,
  User,
  RoleGrant,
  Session,
  Campaign,
  CampaignPhase,
  Model,
  Indicator,
  EvidenceFile,
  Candidacy,
  AuditEvent,
  Notification,
  Council,
  CouncilMember,
  ReviewRound,
  RoundEntry,
  RoundAttendance,
  Assignment,
  ConflictOfInterest,
  Score,
  BallotCast,
  BallotTally,
  Issuer,
  Proposal,
  ProposalEntry,
  Decision,
  DecisionEntry,
  Objection,
  SigningKey,
  CertificateRecord,
];
