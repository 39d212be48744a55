import { Phase, Role, Seat } from '@vinh-danh/shared';
import { buildUser } from '../../factories';
import { buildCampaign, day } from '../../factories/campaign';
import { elsewhere } from './callers';
import type { Table, World } from './types';

/** A campaign of the district's of its own, so that changing it touches no other row. */
const freshCampaign = async (w: World) => {
  const { id } = await buildCampaign(w.app.db, { unit: w.tree.district, createdBy: w.creator.id });
  const [{ version }] = await w.app.db.query('SELECT version FROM campaign WHERE id = $1', [id]);
  return { id, version: version as number };
};

/** Campaigns and councils: managers whose grant reaches the unit; deadlines: administrators. */
export const CAMPAIGN: Table = {
  createCampaign: [
    {
      document: `mutation($input: CreateCampaignInput!) { createCampaign(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          unitId: w.tree.district.id,
          name: `Dân vận khéo ${w.uniq()}`,
          startYear: 2026,
          endYear: 2026,
          phases: [{ phase: Phase.REGISTRATION, opensOn: day(-1), closesOn: day(10) }],
        },
      }),
      allowed: [Role.CAMPAIGN_MANAGER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.CAMPAIGN_MANAGER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  updateCampaign: [
    {
      document: `mutation($input: UpdateCampaignInput!) { updateCampaign(input: $input) { id } }`,
      prepare: async (w) => {
        const c = await freshCampaign(w);
        return { input: { id: c.id, version: c.version, name: 'Dân vận khéo, tên mới' } };
      },
      allowed: [Role.CAMPAIGN_MANAGER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.CAMPAIGN_MANAGER, 'ROLE_NOT_ALLOWED'),
    },
  ],
  extendPhase: [
    {
      document: `mutation($input: ExtendPhaseInput!) { extendPhase(input: $input) { id } }`,
      prepare: async (w) => ({
        input: {
          campaignId: (await freshCampaign(w)).id,
          phase: Phase.NOMINATION,
          closesOn: day(20),
        },
      }),
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.ADMIN, 'ONLY_ADMIN_MOVES_DEADLINE'),
    },
  ],
  createCouncil: [
    {
      document: `mutation($input: CreateCouncilInput!) { createCouncil(input: $input) { id } }`,
      prepare: async (w) => {
        const [chair, secretary] = await Promise.all(
          [0, 1].map(() => buildUser(w.app.db, { unit: w.tree.district })),
        );
        return {
          input: {
            unitId: w.tree.district.id,
            campaignId: (await freshCampaign(w)).id,
            name: 'Hội đồng xét duyệt huyện',
            passScore: 50,
            exemplaryScore: 70,
            quorum: { numerator: 2, denominator: 3, strict: false },
            approval: { numerator: 1, denominator: 2, strict: true },
            promotionQuota: 1,
            members: [
              { userId: chair.id, seat: Seat.CHAIR },
              { userId: secretary.id, seat: Seat.SECRETARY },
            ],
          },
        };
      },
      allowed: [Role.CAMPAIGN_MANAGER],
      refused: 'FORBIDDEN',
      except: elsewhere(Role.CAMPAIGN_MANAGER, 'ROLE_NOT_ALLOWED'),
    },
  ],
};
