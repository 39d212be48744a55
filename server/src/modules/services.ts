import path from 'node:path';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { EventBus } from '../infra/events/bus';
import { Dispatcher } from '../infra/events/dispatcher';
import { LocalStorage } from '../infra/storage/storage';
import { AuthService } from './auth/auth.service';
import { LoginThrottle } from './auth/throttle';
import { CampaignService } from './campaign/campaign.service';
import { todayInVietnam } from './campaign/today';
import { CertificateService } from './certificate/certificate.service';
import { HonourRollService } from './certificate/honour-roll.service';
import { SigningKeys } from './certificate/signing-keys';
import { broadcastCandidacyChange, type CandidacyChanged } from './candidacy/candidacy.events';
import { TransitionService } from './candidacy/transition.service';
import { DecisionService } from './commendation/decision.service';
import { DeskQueries } from './commendation/desk.queries';
import { ObjectionService } from './commendation/objection.service';
import { ProposalService } from './commendation/proposal.service';
import { CouncilService } from './council/council.service';
import { ModelService } from './model/model.service';
import { AttendanceService } from './review/attendance.service';
import { PromotionService } from './promotion/promotion.service';
import { ReviewService } from './review/review.service';
import { RoundService } from './round/round.service';
import { NotificationService } from './notification/notification.service';
import { OrgService } from './org/org.service';
import { UserService } from './user/user.service';

/** The application's services, made once per server process. */
export const createServices = (db: DataSource, config: Config, bus: EventBus) => {
  const campaigns = new CampaignService(db);
  const notifications = new NotificationService(db);
  // Who hears of a candidacy's change, in its transaction: the people the table names, and the
  // live views once it commits.
  const candidacyChanged = new Dispatcher<CandidacyChanged>()
    .on((tx, e) => notifications.onCandidacyChanged(tx, e))
    .on(broadcastCandidacyChange);
  const transitions = new TransitionService(db, campaigns, candidacyChanged);
  const rounds = new RoundService(db, transitions, notifications);
  const certificates = new CertificateService(db, new SigningKeys(db), config.PUBLIC_URL ?? '');
  const today = () => config.CLOCK_TODAY ?? todayInVietnam();
  return {
    db,
    bus,
    auth: new AuthService(
      db,
      new LoginThrottle(db, config.LOGIN_MAX_FAILURES, config.LOGIN_BLOCK_MINUTES),
      config.SESSION_TTL_HOURS,
    ),
    org: new OrgService(db),
    users: new UserService(db),
    campaigns,
    notifications,
    models: new ModelService(
      db,
      campaigns,
      transitions,
      new LocalStorage(config.FILES_DIR ?? path.join(config.DATA_DIR, 'files')),
    ),
    transitions,
    councils: new CouncilService(db),
    rounds,
    reviews: new ReviewService(db, rounds),
    promotions: new PromotionService(db, rounds, transitions),
    attendance: new AttendanceService(db, rounds),
    certificates,
    honourRoll: new HonourRollService(db),
    proposals: new ProposalService(db, transitions),
    decisions: new DecisionService(db, transitions, certificates, today),
    objections: new ObjectionService(db, transitions, config.OBJECTIONS_PER_HOUR, today),
    desk: new DeskQueries(db, today),
  };
};

export type Services = ReturnType<typeof createServices>;
