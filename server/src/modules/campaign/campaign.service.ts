import type { DataSource, EntityManager } from 'typeorm';
import {
  AwardType,
  DEFAULT_RUBRIC,
  foldText,
  isOpenOn,
  phaseProblems,
  rubricProblems,
  STANDARD_FIELDS,
  type Phase,
  type PhaseDates,
  type UnitKind,
} from '@vinh-danh/shared';
import { refuse, forbidden, notFound, conflict } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { OrgUnit } from '../org/org-unit.entity';
import { CampaignPhase } from './campaign-phase.entity';
import { Campaign } from './campaign.entity';
import type { CreateCampaignInput, ExtendPhaseInput, UpdateCampaignInput } from './campaign.inputs';
import { mayExtendPhase, mayManageCampaign } from './campaign.policy';
import { todayInVietnam } from './today';

const checkDefinition = (def: {
  startYear?: number;
  endYear?: number;
  phases?: PhaseDates[];
  rubric?: Campaign['rubric'];
  fields?: Array<{ code: string }>;
}) => {
  const problems = [
    ...(def.startYear !== undefined && def.endYear !== undefined && def.endYear < def.startYear
      ? ['the period ends before it starts']
      : []),
    ...(def.phases ? phaseProblems(def.phases) : []),
    ...(def.rubric ? rubricProblems(def.rubric) : []),
    ...(def.fields && new Set(def.fields.map((f) => f.code)).size !== def.fields.length
      ? ['two fields share a code']
      : []),
  ];
  if (problems.length) throw refuse('CAMPAIGN_INVALID', {}, { problems });
};

export class CampaignService {
  constructor(private readonly db: DataSource) {}

  async get(id: string): Promise<Campaign> {
    const campaign = isId(id) ? await this.db.getRepository(Campaign).findOneBy({ id }) : null;
    if (!campaign) throw notFound();
    return campaign;
  }

  /**
   * Campaigns that concern the viewer: run by a unit above or inside what their roles reach (or
   * above their own unit when they hold no role), newest first.
   */
  async list(viewer: Viewer): Promise<Campaign[]> {
    const scopes = viewer.grants.map((g) => g.unitPath);
    const q = this.db
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .innerJoin(OrgUnit, 'u', 'u.id = c.unit_id')
      .orderBy('c.start_year', 'DESC')
      .addOrderBy('c.created_at', 'DESC');
    if (!scopes.includes(null)) {
      const paths = scopes.length
        ? (scopes as string[])
        : [(await this.db.getRepository(OrgUnit).findOneByOrFail({ id: viewer.user.unitId })).path];
      q.where(
        `EXISTS (SELECT 1 FROM unnest(CAST(:paths AS text[])) p
                WHERE u.path LIKE p || '%' OR p LIKE u.path || '%')`,
        { paths },
      );
    }
    return q.getMany();
  }

  async create(viewer: Viewer, input: CreateCampaignInput): Promise<Campaign> {
    const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: input.unitId });
    if (!unit) throw notFound();
    if (!mayManageCampaign(viewer, unit.path)) {
      throw forbidden('ROLE_NOT_ALLOWED');
    }
    const rubric = input.rubric ?? DEFAULT_RUBRIC;
    const fields = input.fields ?? STANDARD_FIELDS.map((f) => ({ ...f }));
    checkDefinition({ ...input, rubric, fields });
    return this.db.transaction(async (tx) => {
      const campaign = await tx.getRepository(Campaign).save({
        unitId: unit.id,
        name: input.name.trim(),
        searchName: foldText(input.name),
        startYear: input.startYear,
        endYear: input.endYear,
        fields,
        rubric,
        awardTypes: input.awardTypes ?? Object.values(AwardType),
        createdBy: viewer.user.id,
      });
      await this.savePhases(tx, campaign.id, input.phases);
      return campaign;
    });
  }

  async update(viewer: Viewer, input: UpdateCampaignInput): Promise<Campaign> {
    return this.db.transaction(async (tx) => {
      const campaign = await this.lock(tx, input.id);
      const unit = await tx.getRepository(OrgUnit).findOneByOrFail({ id: campaign.unitId });
      if (!mayManageCampaign(viewer, unit.path)) throw forbidden('ROLE_NOT_ALLOWED');
      if (campaign.version !== input.version) throw conflict();
      checkDefinition(input);
      if (input.name !== undefined) {
        campaign.name = input.name.trim();
        campaign.searchName = foldText(input.name);
      }
      if (input.fields) campaign.fields = input.fields;
      if (input.rubric) campaign.rubric = input.rubric;
      if (input.awardTypes) campaign.awardTypes = input.awardTypes;
      if (input.phases) {
        await tx.getRepository(CampaignPhase).delete({ campaignId: campaign.id });
        await this.savePhases(tx, campaign.id, input.phases);
      }
      campaign.version += 1; // phases alone change no column TypeORM sees
      return tx.getRepository(Campaign).save(campaign);
    });
  }

  /** An administrator moves a phase's last day (later, or earlier but not before it opens). */
  async extendPhase(viewer: Viewer, input: ExtendPhaseInput): Promise<Campaign> {
    return this.db.transaction(async (tx) => {
      const campaign = await this.lock(tx, input.campaignId);
      const unit = await tx.getRepository(OrgUnit).findOneByOrFail({ id: campaign.unitId });
      if (!mayExtendPhase(viewer, unit.path)) throw forbidden('ONLY_ADMIN_MOVES_DEADLINE');
      const phases = await tx.getRepository(CampaignPhase).findBy({ campaignId: campaign.id });
      const target = phases.find(
        (p) => p.phase === input.phase && p.level === (input.level ?? null),
      );
      if (!target) throw notFound();
      target.closesOn = input.closesOn;
      checkDefinition({ phases });
      await tx.getRepository(CampaignPhase).save(target);
      campaign.version += 1;
      return tx.getRepository(Campaign).save(campaign);
    });
  }

  /** DEADLINE_PASSED unless the phase is open today (in Vietnam). */
  async assertPhaseOpen(
    tx: EntityManager,
    campaignId: string,
    phase: Phase,
    level?: UnitKind,
  ): Promise<void> {
    refuseUnlessOpen(phase, await phaseDates(tx, campaignId, phase, level));
  }

  private async savePhases(tx: EntityManager, campaignId: string, phases: PhaseDates[]) {
    await tx.getRepository(CampaignPhase).insert(
      phases.map((p) => ({
        campaignId,
        phase: p.phase,
        level: p.level ?? null,
        opensOn: p.opensOn,
        closesOn: p.closesOn,
      })),
    );
  }

  private async lock(tx: EntityManager, id: string): Promise<Campaign> {
    const campaign = isId(id)
      ? await tx
          .getRepository(Campaign)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!campaign) throw notFound();
    return campaign;
  }
}

export const phaseDates = (
  tx: EntityManager,
  campaignId: string,
  phase: Phase,
  level?: UnitKind,
): Promise<CampaignPhase[]> =>
  tx.getRepository(CampaignPhase).findBy({ campaignId, phase, ...(level ? { level } : {}) });

/** DEADLINE_PASSED unless one of these dates of the phase takes in today (in Vietnam). */
export const refuseUnlessOpen = (phase: Phase, rows: CampaignPhase[]): void => {
  const today = todayInVietnam();
  if (rows.some((p) => isOpenOn(p, today))) return;
  const dates = rows.map((p) => `${p.opensOn} – ${p.closesOn}`).join(', ') || '—';
  throw refuse('PHASE_CLOSED', { dates }, { phase });
};
