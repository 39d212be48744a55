/** The app’s frame: its name, languages, navigation, roles, unit kinds and the words every form uses. */
import type { Messages } from '../vi';

export const app: Messages['app'] = { name: 'Vinh Danh', tagline: 'Emulation, review and awards' };

export const lang: Messages['lang'] = { label: 'Language', vi: 'Tiếng Việt', en: 'English' };

export const common: Messages['common'] = {
  loading: 'Loading…',
  save: 'Save',
  saving: 'Saving…',
  cancel: 'Cancel',
  close: 'Close',
  search: 'Search',
  loadMore: 'Load more',
  reload: 'Reload',
  none: '—',
  wholeSystem: 'Whole system',
  menu: 'Menu',
  skipToContent: 'Skip to main content',
};

export const nav: Messages['nav'] = {
  main: 'Main navigation',
  home: 'Home',
  units: 'Units',
  users: 'Users',
  campaigns: 'Campaigns',
  models: 'Models',
  queue: 'Awaiting endorsement',
  councils: 'Councils',
  commendations: 'Commendation',
  decisions: 'Decisions',
  graphiql: 'GraphiQL',
  logout: 'Sign out',
  signedInAs: 'Signed in as {{name}}',
};

export const roles: Messages['roles'] = {
  ADMIN: 'Administrator',
  CAMPAIGN_MANAGER: 'Campaign manager',
  UNIT_OFFICER: 'Unit officer',
  UNIT_LEADER: 'Unit leader',
  SIGNER: 'Signing authority',
  REPORTER: 'Reporter',
};

export const unitKinds: Messages['unitKinds'] = {
  PROVINCE: 'Province',
  DISTRICT: 'District',
  COMMUNE: 'Commune',
  AGENCY: 'Agency',
};

export const validation: Messages['validation'] = {
  required: 'Please enter the {{field}}.',
  codePattern:
    'A code has 2–40 characters: capital letters without accents, digits, “-” or “_”, starting with a letter or digit.',
  tooLong: '{{field}} may be at most {{max}} characters.',
  usernamePattern:
    'A username has 3–40 characters: lower-case letters without accents, digits, “.”, “-” or “_”.',
  passwordLength: 'The password needs at least {{min}} characters.',
  chooseUnit: 'Please choose a unit.',
  chooseCampaign: 'Please choose a campaign.',
  chooseField: 'Please choose a field.',
  notANumber: '{{field}} must be a number.',
  yearRange: 'The end year cannot come before the start year.',
  datesOrder: '{{phase}}: the last day cannot come before the first.',
  datesRequired: 'Please give both dates of the {{phase}} phase.',
  rubricEmpty: 'The rubric needs at least one criterion with points.',
  indicatorIncomplete: 'Indicator {{n}}: a name and a unit of measure are needed.',
  chooseParent: 'Please choose the new parent unit, or make the unit top-level.',
  moveIntoItself: 'A unit cannot be moved into itself or into one of its sub-units.',
  nothingChanged: 'You have not changed anything.',
  serverSays: 'Details: {{message}}',
};

// Numbers as people type them (web/src/modules/common/numbers.ts).
export const numbers: Messages['numbers'] = {
  notANumber: '{{field}}: “{{text}}” is not a number.',
  ambiguous:
    '{{field}}: “{{text}}” is unclear. Write thousands with a comma (1,500) and decimals with a point (7.5).',
  criterionRow: 'Criterion {{n}} “{{name}}”, maximum points',
  indicatorField: 'Indicator {{n}}, “{{field}}”',
  notWhole: '{{field}} must be a whole number.',
};

export const graphiql: Messages['graphiql'] = { title: 'GraphiQL', loading: 'Loading GraphiQL…' };

export const notFound: Messages['notFound'] = {
  title: 'Page not found',
  back: 'Back to the home page',
};
