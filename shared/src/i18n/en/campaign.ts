/** Emulation campaigns: phases, award types and the campaign pages. */
import type { Messages } from '../vi';

export const phases: Messages['phases'] = {
  REGISTRATION: 'Registration',
  NOMINATION: 'Endorsement by the unit',
  REVIEW: 'Review',
  DISCLOSURE: 'Public disclosure',
};

export const awardTypes: Messages['awardTypes'] = {
  GIAY_KHEN: 'Certificate of Commendation (Giấy khen)',
  BANG_KHEN: 'Certificate of Merit (Bằng khen)',
  EXEMPLARY_RECOGNITION: 'Recognition as an exemplary model',
};

export const campaigns: Messages['campaigns'] = {
  title: 'Campaigns',
  empty: 'No campaign concerns your units yet.',
  period: 'Year {{start}}',
  periodRange: 'Period {{start}}–{{end}}',
  openNow: 'Open',
  closed: 'Closed',
  phaseDates: '{{from}} – {{to}}',
  fields: 'Fields',
  rubric: 'Rubric ({{total}} points)',
  awardTypes: 'Award types',
  editPhases: 'Edit deadlines',
  phasesSaved: 'The phase dates are saved.',
  create: {
    open: 'Open a campaign',
    title: 'Open a new campaign',
    name: 'Campaign name',
    unit: 'Organising unit (covers it and every unit below it)',
    startYear: 'From year',
    endYear: 'To year',
    phases: 'Phase dates',
    opensOn: 'From',
    closesOn: 'To',
    optional: 'optional',
    reviewAt: 'Review at {{level}} level',
    fieldsHint: 'The four standard fields are filled in; edit, remove or add themes of your own.',
    fieldCode: 'Code',
    fieldName: 'Field name',
    addField: 'Add a field',
    rubricHint: 'The default rubric has 100 points; the total is the sum of the criteria.',
    criterionName: 'Criterion',
    criterionPoints: 'Maximum points',
    addCriterion: 'Add a criterion',
    remove: 'Remove',
    total: 'Total: {{total}} points',
    submit: 'Open the campaign',
    created: 'Campaign “{{name}}” is open.',
  },
};
