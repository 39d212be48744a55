import type { DataSource, EntityManager } from 'typeorm';
import { CAPABILITIES, thresholdProblems, type Seat, unfilledSingleSeats } from '@vinh-danh/shared';
import { refuse, forbidden, notFound } from '../../infra/graphql/errors';
import { isId } from '../../infra/graphql/ids';
import type { Viewer } from '../auth/viewer';
import { Campaign } from '../campaign/campaign.entity';
import { OrgUnit } from '../org/org-unit.entity';
import { User } from '../user/user.entity';
import { Council, CouncilMember } from './council.entity';
import type { CreateCouncilInput } from './council.inputs';
import { mayFormCouncil, maySeeCouncil } from './council.policy';
import { violates } from '../../infra/db/constraints';

export class CouncilService {
  constructor(private readonly db: DataSource) {}

  async get(id: string): Promise<Council> {
    const council = isId(id) ? await this.db.getRepository(Council).findOneBy({ id }) : null;
    if (!council) throw notFound();
    return council;
  }

  /** A council for whoever may see it (see `maySeeCouncil`): OUTSIDE_SCOPE otherwise. */
  async getVisible(viewer: Viewer, id: string): Promise<Council> {
    const council = await this.get(id);
    const unit = await this.db.getRepository(OrgUnit).findOneByOrFail({ id: council.unitId });
    const seat = await this.seatOf(council.id, viewer.user.id);
    if (!maySeeCouncil(viewer, seat, unit.path)) throw forbidden('OUTSIDE_SCOPE');
    return council;
  }

  /** The viewer's seat on a council, or null. */
  async seatOf(
    councilId: string,
    userId: string,
    tx: EntityManager = this.db.manager,
  ): Promise<Seat | null> {
    const member = await tx.getRepository(CouncilMember).findOneBy({ councilId, userId });
    return member?.seat ?? null;
  }

  /** Councils the viewer sits on, and those their roles reach (capability browseCouncils). */
  async list(viewer: Viewer): Promise<Council[]> {
    const scopes = viewer.scopes(CAPABILITIES.browseCouncils);
    return this.db
      .getRepository(Council)
      .createQueryBuilder('c')
      .innerJoin(OrgUnit, 'u', 'u.id = c.unit_id')
      .where(
        `c.id IN (SELECT council_id FROM council_member WHERE user_id = :userId)
         OR :everywhere OR u.path LIKE ANY(CAST(:prefixes AS text[]))`,
        {
          userId: viewer.user.id,
          everywhere: scopes.includes(null),
          prefixes: scopes.filter((s): s is string => s !== null).map((p) => `${p}%`),
        },
      )
      .orderBy('c.created_at', 'DESC')
      .getMany();
  }

  async create(viewer: Viewer, input: CreateCouncilInput): Promise<Council> {
    const unit = await this.db.getRepository(OrgUnit).findOneBy({ id: input.unitId });
    if (!unit) throw notFound();
    const campaign = await this.db.getRepository(Campaign).findOneBy({ id: input.campaignId });
    if (!campaign) throw notFound();
    if (!mayFormCouncil(viewer, unit.path)) throw forbidden('ROLE_NOT_ALLOWED');
    const campaignUnit = await this.db
      .getRepository(OrgUnit)
      .findOneByOrFail({ id: campaign.unitId });
    if (!unit.path.startsWith(campaignUnit.path))
      throw refuse('UNIT_OUTSIDE_CAMPAIGN', {}, { field: 'unitId' });

    const problems = [
      ...thresholdProblems(input.quorum).map((p) => `quorum: ${p}`),
      ...thresholdProblems(input.approval).map((p) => `approval: ${p}`),
      ...(input.exemplaryScore < input.passScore
        ? ['the exemplary score is below the pass score']
        : []),
      ...(input.exemplaryScore > campaign.rubric.total
        ? [`scores go up to ${campaign.rubric.total}`]
        : []),
      ...unfilledSingleSeats(input.members).map(
        (seat) => `a council has exactly one ${seat.toLowerCase()}`,
      ),
      ...(new Set(input.members.map((m) => m.userId)).size !== input.members.length
        ? ['a person sits only once']
        : []),
    ];
    if (problems.length) throw refuse('COUNCIL_INVALID', {}, { problems });
    const found = await this.db
      .getRepository(User)
      .countBy(input.members.map((m) => ({ id: m.userId })));
    if (found !== input.members.length) throw notFound();

    return this.db
      .transaction(async (tx) => {
        const council = await tx.getRepository(Council).save({
          unitId: unit.id,
          campaignId: campaign.id,
          name: input.name.trim(),
          passScore: input.passScore,
          exemplaryScore: input.exemplaryScore,
          quorum: input.quorum,
          approval: input.approval,
          rankBy: input.rankBy,
          promotionQuota: input.promotionQuota,
          disagreementSpread: input.disagreementSpread ?? campaign.rubric.total * 0.2,
          writtenOpinions: input.writtenOpinions ?? false,
          createdBy: viewer.user.id,
        });
        await tx
          .getRepository(CouncilMember)
          .insert(input.members.map((m) => ({ councilId: council.id, ...m })));
        return council;
      })
      .catch((e: unknown) => {
        if (violates(e, 'council_one_per_unit_and_campaign')) {
          throw refuse('COUNCIL_EXISTS', {}, { field: 'unitId' });
        }
        throw e;
      });
  }
}
