/** The home page: who you are, what you may do, and what waits for your council seat. */
import type { Messages } from '../vi';

export const home: Messages['home'] = {
  greeting: 'Hello, {{name}}!',
  homeUnit: 'Your unit: {{unit}}',
  yourRoles: 'Your roles',
  roleOnUnit: '{{role}} – {{unit}}',
  noRoles:
    'Your account has no roles yet. If you sit on a review council, its work will appear here once a campaign starts.',
  whatYouCanDo: 'You can',
  capabilities: {
    browseOrg: 'See the unit tree and the users within your scope',
    manageUnits: 'Create, rename, move and archive units',
    manageUsers: 'Create accounts, grant and revoke roles',
    manageCampaigns: 'Open and adjust emulation campaigns',
    registerModels: 'Register your unit’s models and submit their dossiers',
    reviewSubmissions: 'Endorse or return your unit’s submissions',
    readCampaigns: 'See the campaigns that concern your units',
    browseModels: 'Read the submitted models within your scope',
    readDrafts: 'Read your unit’s models while they are being drafted',
    exploreApi: 'Try the API in GraphiQL',
    browseCouncils: 'See the review councils and their rounds within your scope',
    manageCommendations: 'Draft decisions, run their public disclosure and resolve objections',
    signDecisions: 'Sign and annul commendation decisions',
  },
};

// ---- issue 8, access: a council seat's home and what waits for it ----
export const work: Messages['work'] = {
  title: 'Your councils',
  openCouncil: 'Open the council',
  nothing: 'Nothing waits for you on this council.',
  intake_one: '{{count}} dossier waiting for the council to take it in',
  intake_other: '{{count}} dossiers waiting for the council to take them in',
  toScore_one: 'Score {{count}} dossier – {{round}}',
  toScore_other: 'Score {{count}} dossiers – {{round}}',
  toVote_one: 'Vote on {{count}} dossier – {{round}}',
  toVote_other: 'Vote on {{count}} dossiers – {{round}}',
  advance: {
    DRAFT: 'Open scoring – {{round}}',
    SCORING: 'Move on to voting – {{round}}',
    VOTING: 'Close voting – {{round}}',
    CLOSED: '{{round}}',
  },
};
