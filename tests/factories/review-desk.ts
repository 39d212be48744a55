import type { TestApp } from '../support/app';
import { buildLeader, buildManager, buildOfficer, buildTree, signIn } from './index';
import { buildCampaign } from './campaign';
import type { UnitDesk } from './candidacy';
import { buildSeatedCouncil } from './council';

/**
 * A province campaign, the district's council with every seat signed in, and commune A's desk
 * (officer and leader) whose candidacies that council reviews: the usual stage of a round.
 */
export const buildReviewDesk = async (app: TestApp) => {
  const tree = await buildTree(app.db);
  const creator = await buildManager(app.db, tree.province);
  const { id: campaignId } = await buildCampaign(app.db, {
    unit: tree.province,
    createdBy: creator.id,
  });
  const council = await buildSeatedCouncil(app.db, app.api, {
    unit: tree.district,
    campaignId,
    createdBy: creator.id,
  });
  const desk: UnitDesk = {
    officer: await signIn(app.api, await buildOfficer(app.db, tree.communeA)),
    leader: await signIn(app.api, await buildLeader(app.db, tree.communeA)),
    campaignId,
    unitId: tree.communeA.id,
  };
  return { tree, creator, campaignId, council, desk };
};
