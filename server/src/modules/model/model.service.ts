import { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import {
  CAPABILITIES,
  type CandidacyState,
  EVIDENCE_MAX_BYTES,
  foldText,
  ModelKind,
  OpeningAction,
  type RegistrationForm,
} from '@vinh-danh/shared';
import { escapeLike, whereAllWords } from '../../infra/db/search';
import { refuse, forbidden, notFound, conflict } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import { pageByTime, toPage, type Page } from '../../infra/graphql/pagination';
import { isWholePdf } from '../../infra/storage/pdf';
import { sniffType } from '../../infra/storage/sniff';
import type { FileStorage } from '../../infra/storage/storage';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import type { CampaignService } from '../campaign/campaign.service';
import { Candidacy } from '../candidacy/candidacy.entity';
import type { TransitionService } from '../candidacy/transition.service';
import { OrgUnit } from '../org/org-unit.entity';
import { EvidenceFile } from './evidence.entity';
import { Indicator } from './indicator.entity';
import { Model } from './model.entity';
import { mayReadCandidacy, WITH_UNIT } from '../candidacy/candidacy.policy';
import { mayEditModel, mayRegisterAt } from './model.policy';
import type {
  IndicatorInput,
  ModelsArgs,
  RegisterModelInput,
  UpdateModelInput,
} from './model.inputs';

export class ModelService {
  constructor(
    private readonly db: DataSource,
    private readonly campaigns: CampaignService,
    private readonly transitions: TransitionService,
    private readonly storage: FileStorage,
  ) {}

  /** Registers a model and opens its candidacy, as a draft, at the unit's own level. */
  async register(viewer: Viewer, input: RegisterModelInput): Promise<Model> {
    return this.db.transaction(async (tx) => {
      const campaign = await this.campaigns.get(input.campaignId);
      const unit = await tx.getRepository(OrgUnit).findOneBy({ id: input.unitId });
      if (!unit) throw notFound();
      if (!mayRegisterAt(viewer, unit.path)) {
        throw forbidden('ONLY_UNIT_OFFICER');
      }
      const campaignUnit = await tx.getRepository(OrgUnit).findOneByOrFail({ id: campaign.unitId });
      if (!unit.path.startsWith(campaignUnit.path)) {
        throw refuse('UNIT_OUTSIDE_CAMPAIGN', {}, { field: 'unitId' });
      }
      if (unit.archivedAt) throw refuse('UNIT_ARCHIVED', {}, { field: 'unitId' });
      this.checkContent(campaign, input);

      const model = await tx.getRepository(Model).save({
        campaignId: campaign.id,
        unitId: unit.id,
        kind: input.kind,
        title: input.title.trim(),
        searchName: foldText(`${input.title} ${input.personName ?? ''}`),
        fieldCode: input.fieldCode,
        personName: input.personName?.trim() || null,
        personPosition: input.personPosition?.trim() || null,
        personEthnicity: input.personEthnicity?.trim() || null,
        form: clean(input.form ?? {}),
        createdBy: viewer.user.id,
      });
      await this.saveIndicators(tx, model.id, input.indicators ?? []);
      // The table's registration: its phase guard, audit event and domain event.
      await this.transitions.open(tx, viewer, {
        action: OpeningAction.REGISTER,
        modelId: model.id,
        campaignId: campaign.id,
        unitId: unit.id,
      });
      return model;
    });
  }

  /** Edits a draft or returned model (autosave comes through here too). */
  async update(viewer: Viewer, input: UpdateModelInput): Promise<Model> {
    return this.db.transaction(async (tx) => {
      const model = await this.lockEditable(tx, viewer, input.id);
      if (model.version !== input.version) throw conflict();
      const campaign = await tx.getRepository(Campaign).findOneByOrFail({ id: model.campaignId });
      const next = {
        kind: model.kind,
        title: input.title ?? model.title,
        fieldCode: input.fieldCode ?? model.fieldCode,
        personName:
          input.personName !== undefined ? input.personName?.trim() || null : model.personName,
      };
      this.checkContent(campaign, next);
      Object.assign(model, next, {
        title: next.title.trim(),
        searchName: foldText(`${next.title} ${next.personName ?? ''}`),
        personPosition:
          input.personPosition !== undefined
            ? input.personPosition?.trim() || null
            : model.personPosition,
        personEthnicity:
          input.personEthnicity !== undefined
            ? input.personEthnicity?.trim() || null
            : model.personEthnicity,
        form: input.form ? clean({ ...model.form, ...input.form }) : model.form,
      });
      if (input.indicators) {
        await tx.getRepository(Indicator).delete({ modelId: model.id });
        await this.saveIndicators(tx, model.id, input.indicators);
      }
      model.version += 1; // indicators alone change no column TypeORM sees
      return tx.getRepository(Model).save(model);
    });
  }

  /** A model for whoever may read its own candidacy (its unit's people, its reviewers). */
  async get(viewer: Viewer, id: string): Promise<Model> {
    const model = isId(id) ? await this.db.getRepository(Model).findOneBy({ id }) : null;
    if (!model) throw notFound();
    const [own]: Array<{ id: string; state: CandidacyState; path: string }> = await this.db.query(
      `SELECT c.id, c.state, u.path FROM candidacy c JOIN org_unit u ON u.id = c.unit_id
        WHERE c.model_id = $1 AND c.unit_id = $2`,
      [model.id, model.unitId],
    );
    if (!(await mayReadCandidacy(this.db, viewer, { ...own, unitPath: own.path }))) {
      throw forbidden(
        WITH_UNIT.includes(own.state) && viewer.reaches(CAPABILITIES.browseModels, own.path)
          ? 'STILL_WITH_UNIT'
          : 'OUTSIDE_SCOPE',
      );
    }
    return model;
  }

  /** Models of the viewer's units, filtered, newest change first, a page at a time. */
  async list(viewer: Viewer, args: ModelsArgs): Promise<Page<Model>> {
    const f = args.filter ?? {};
    const q = this.db
      .getRepository(Model)
      .createQueryBuilder('m')
      .innerJoin(OrgUnit, 'u', 'u.id = m.unit_id')
      .innerJoin(Candidacy, 'c', 'c.model_id = m.id AND c.unit_id = m.unit_id');
    const scopes = viewer.scopes(CAPABILITIES.browseModels);
    if (!scopes.includes(null)) {
      if (scopes.length === 0) return toPage([], args.first, () => []);
      q.andWhere('u.path LIKE ANY(:scopes)', {
        scopes: (scopes as string[]).map((p) => `${escapeLike(p)}%`),
      });
    }
    // A model still with its unit is listed only to the unit's own people.
    const draftScopes = viewer.scopes(CAPABILITIES.readDrafts);
    if (!draftScopes.includes(null)) {
      q.andWhere('(c.state <> ALL(:withUnit) OR u.path LIKE ANY(:draftScopes))', {
        withUnit: WITH_UNIT,
        draftScopes: (draftScopes as string[]).map((p) => `${escapeLike(p)}%`),
      });
    }
    if (f.unitId) {
      const within = await this.db.getRepository(OrgUnit).findOneBy({ id: f.unitId });
      if (!within) throw notFound();
      q.andWhere('u.path LIKE :within', { within: `${escapeLike(within.path)}%` });
    }
    if (f.campaignId) q.andWhere('m.campaign_id = :campaignId', { campaignId: f.campaignId });
    if (f.level) q.andWhere('u.kind = :level', { level: f.level });
    if (f.kind) q.andWhere('m.kind = :kind', { kind: f.kind });
    if (f.fieldCode) q.andWhere('m.field_code = :fieldCode', { fieldCode: f.fieldCode });
    if (f.states?.length) q.andWhere('c.state IN (:...states)', { states: f.states });
    whereAllWords(q, 'm.search_name', f.search);
    return pageByTime(q, 'm', 'updated_at', args);
  }

  /**
   * Stores an evidence file for an editable model. The type is read from the bytes, not from
   * what the browser claims; a refused file leaves nothing behind.
   */
  async addEvidence(
    viewer: Viewer,
    modelId: string,
    file: { fileName: string; bytes: Buffer },
  ): Promise<EvidenceFile> {
    if (file.bytes.length > EVIDENCE_MAX_BYTES) {
      throw refuse(
        'EVIDENCE_TOO_LARGE',
        { maxMb: EVIDENCE_MAX_BYTES / 1024 / 1024 },
        { field: 'file' },
      );
    }
    if (file.bytes.length === 0) throw refuse('EVIDENCE_EMPTY', {}, { field: 'file' });
    const contentType = sniffType(file.bytes.subarray(0, 16), file.fileName);
    if (!contentType) throw refuse('EVIDENCE_TYPE', {}, { field: 'file' });
    if (contentType === 'application/pdf' && !(await isWholePdf(file.bytes))) {
      throw refuse('EVIDENCE_PDF_BROKEN', {}, { field: 'file' });
    }
    await this.db.transaction((tx) => this.lockEditable(tx, viewer, modelId));
    const key = await this.storage.put(Readable.from([file.bytes]));
    try {
      return await this.db.transaction(async (tx) => {
        const model = await this.lockEditable(tx, viewer, modelId);
        await tx.query('UPDATE model SET version = version + 1, updated_at = now() WHERE id = $1', [
          model.id,
        ]);
        const repo = tx.getRepository(EvidenceFile);
        return repo.save(
          repo.create({
            modelId: model.id,
            fileName: file.fileName.slice(0, 255),
            contentType,
            sizeBytes: file.bytes.length,
            storageKey: key,
            uploadedBy: viewer.user.id,
          }),
        );
      });
    } catch (error) {
      await this.storage.remove(key);
      throw error;
    }
  }

  async removeEvidence(viewer: Viewer, evidenceId: string): Promise<Model> {
    const removed = await this.db.transaction(async (tx) => {
      const evidence = isId(evidenceId)
        ? await tx.getRepository(EvidenceFile).findOneBy({ id: evidenceId })
        : null;
      if (!evidence) throw notFound();
      const model = await this.lockEditable(tx, viewer, evidence.modelId);
      await tx.getRepository(EvidenceFile).delete({ id: evidence.id });
      model.version += 1;
      return { model: await tx.getRepository(Model).save(model), key: evidence.storageKey };
    });
    await this.storage.remove(removed.key);
    return removed.model;
  }

  /** An evidence file for someone who may see its model. */
  async openEvidence(
    viewer: Viewer,
    evidenceId: string,
  ): Promise<{ file: EvidenceFile; stream: Readable }> {
    const file = isId(evidenceId)
      ? await this.db.getRepository(EvidenceFile).findOneBy({ id: evidenceId })
      : null;
    if (!file) throw notFound();
    await this.get(viewer, file.modelId);
    return { file, stream: this.storage.open(file.storageKey) };
  }

  private checkContent(
    campaign: Campaign,
    m: { kind: ModelKind; fieldCode: string; personName?: string | null },
  ) {
    if (!campaign.fields.some((f) => f.code === m.fieldCode)) {
      throw refuse('FIELD_UNKNOWN', { field: m.fieldCode }, { field: 'fieldCode' });
    }
    if (m.kind === ModelKind.INDIVIDUAL && !m.personName?.trim()) {
      throw refuse('PERSON_NAME_REQUIRED', {}, { field: 'personName' });
    }
  }

  /** Locks the model for a change by its unit's officer while its candidacy is editable. */
  private async lockEditable(tx: EntityManager, viewer: Viewer, id: string): Promise<Model> {
    const model = isId(id)
      ? await tx
          .getRepository(Model)
          .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } })
      : null;
    if (!model) throw notFound();
    const [{ path, state }] = await tx.query(
      `SELECT u.path, c.state FROM org_unit u JOIN candidacy c ON c.model_id = $1 AND c.unit_id = u.id
        WHERE u.id = $2`,
      [model.id, model.unitId],
    );
    if (!mayRegisterAt(viewer, path)) throw forbidden('ONLY_UNIT_OFFICER');
    if (!mayEditModel(viewer, path, state)) {
      throw refuse('MODEL_LOCKED', {}, { state });
    }
    return model;
  }

  private async saveIndicators(tx: EntityManager, modelId: string, indicators: IndicatorInput[]) {
    if (!indicators.length) return;
    await tx.getRepository(Indicator).insert(
      indicators.map((i, position) => ({
        modelId,
        position,
        name: i.name.trim(),
        unitOfMeasure: i.unitOfMeasure.trim(),
        target: i.target ?? null,
        achieved: i.achieved ?? null,
      })),
    );
  }
}

/** Blank parts are dropped, so a blank answer counts as missing. */
const clean = (form: RegistrationForm): RegistrationForm =>
  Object.fromEntries(
    Object.entries(form)
      .filter(([, v]) => v?.trim())
      .map(([k, v]) => [k, v!.trim()]),
  );
