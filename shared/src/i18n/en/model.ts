/** Models and their dossiers: states, actions, the registration form and the leader’s queue. */
import type { Messages } from '../vi';

export const states: Messages['states'] = {
  DRAFT: 'Draft',
  SUBMITTED: 'Submitted, awaiting endorsement',
  RETURNED: 'Returned',
  ENDORSED: 'Endorsed by the unit',
  WITHDRAWN: 'Withdrawn',
  IN_REVIEW: 'Under review by the council',
  RECOGNISED: 'Recognised',
  NOT_RECOGNISED: 'Not recognised',
  PROPOSED: 'Proposed for commendation',
  COMMENDED: 'Commended',
  ANNULLED: 'Commendation annulled',
};

export const actions: Messages['actions'] = {
  REGISTER: 'Registered the model',
  SUBMIT: 'Submit',
  ENDORSE: 'Endorse',
  RETURN: 'Return',
  WITHDRAW: 'Withdraw',
  INTAKE: 'Taken into a review round',
  RECOGNISE: 'Recognise',
  NOT_RECOGNISE: 'Do not recognise',
  PROPOSE: 'Propose for commendation',
  COMMEND: 'Commend',
  ANNUL: 'Annul the commendation',
  PROMOTE: 'Proposed to the level above',
  PROMOTED: 'Proposed from the level below',
};

export const modelKinds: Messages['modelKinds'] = {
  COLLECTIVE: 'Collective',
  INDIVIDUAL: 'Individual',
};

export const formParts: Messages['formParts'] = {
  title: '1. Name of the model',
  situation: '2. Current situation and reason',
  goals: '3. Goals and measurable targets',
  content: '4. Content and methods',
  reach: '5. Area and people reached',
  forces: '6. Forces taking part and their roles',
  resources: '7. Resources: funds, labour days, contributions',
  timeline: '8. Timeline',
  outputs: '9. Verifiable outputs',
  sustainability: '10. How it is sustained and replicated',
  personName: 'The person’s name',
  indicators: 'Result indicators (at least one)',
};

export const models: Messages['models'] = {
  title: 'Models of your units',
  new: 'Register a model',
  empty: 'No models match.',
  filters: {
    campaign: 'Campaign',
    state: 'State',
    kind: 'Kind',
    field: 'Field',
    any: 'All',
    search: 'Search models',
    searchPlaceholder: 'Model or person name; diacritics optional',
  },
  columns: {
    title: 'Model',
    unit: 'Unit',
    field: 'Field',
    state: 'State',
    updatedAt: 'Updated',
  },
  form: {
    title: 'Name of the model',
    registerTitle: 'Register a new model',
    editTitle: 'Edit the model’s dossier',
    campaign: 'Campaign',
    noOpenCampaign: 'No campaign is open for registration for your unit right now.',
    unit: 'Registering unit',
    kind: 'Kind of model',
    field: 'Field',
    chooseField: 'Choose a field',
    personName: 'Full name',
    personPosition: 'Position',
    personEthnicity: 'Ethnicity',
    person: 'The person proposed',
    parts: 'Registration form',
    partHint: 'You can save a draft before filling everything; all ten parts are needed to submit.',
    register: 'Save draft and continue',
    registered: 'The model is registered. Your changes are saved automatically.',
    done: 'Done, view the dossier',
  },
  indicators: {
    title: 'Result indicators',
    hint: 'For example: land donated (m²), labour days, money contributed (VND), households out of poverty, km of road.',
    name: 'Indicator',
    unitOfMeasure: 'Unit of measure',
    target: 'Target',
    achieved: 'Achieved',
    add: 'Add an indicator',
    remove: 'Remove this indicator',
    empty: 'No indicators yet.',
  },
  evidence: {
    title: 'Evidence',
    hint: 'PDF, images (JPEG, PNG, WebP) or Office documents; at most {{max}} MB each.',
    choose: 'Upload a file',
    uploading: 'Uploading…',
    uploaded: 'Uploaded “{{name}}”.',
    remove: 'Remove',
    download: 'Download',
    empty: 'No evidence files yet.',
    tooLarge: '“{{name}}” is larger than {{max}} MB.',
    badType: '“{{name}}” is not an accepted file type.',
    saveFirst: 'Save the model as a draft first, then upload evidence.',
  },
  autosave: {
    idle: 'Changes are saved automatically.',
    pending: 'Unsaved changes…',
    saving: 'Saving…',
    saved: 'Saved',
    failed: 'Not saved.',
    conflict:
      'The dossier was changed elsewhere. Reload the page to see the latest version; unsaved changes here will be lost.',
  },
  detail: {
    kind: 'Kind',
    field: 'Field',
    unit: 'Unit',
    campaign: 'Campaign',
    person: 'Person',
    state: 'State',
    edit: 'Edit the dossier',
    back: 'Back to the list',
    notFilled: 'Not filled in',
  },
  missing: {
    title: 'Still missing before submitting:',
    complete: 'The dossier has every required part.',
  },
  timeline: {
    title: 'History',
    empty: 'No steps yet.',
    entry: '{{action}} — {{actor}}',
    reason: 'Reason: {{reason}}',
  },
  actions: {
    title: 'Actions',
    none: 'There is nothing for you to do on this dossier now.',
    done: 'Done: {{action}}.',
    confirmWithdraw: 'Withdraw {{title}}? A withdrawn dossier cannot be submitted again.',
    returnTitle: 'Return {{title}}',
    reason: 'Reason for returning',
    reasonHint: 'Say what to add or correct so the officer can carry on.',
    reasonRequired: 'Please give a reason for returning.',
    confirmReturn: 'Return',
  },
};

export const queue: Messages['queue'] = {
  title: 'Awaiting endorsement',
  intro: 'Dossiers your units have submitted, waiting for the leader to endorse or return them.',
  empty: 'Nothing is waiting for endorsement.',
  selectAll: 'Select all',
  select: 'Select {{title}}',
  endorseSelected: 'Endorse selected',
  endorseSelectedCount: 'Endorse selected ({{count}})',
  endorsed_one: 'Endorsed {{count}} dossier.',
  endorsed_other: 'Endorsed {{count}} dossiers.',
  failed: '{{title}}: {{message}}',
  returned: 'Returned {{title}}.',
};

// ---- issue 8, access: the leader's queue endorses one row at a time too ----
export const queueRow: Messages['queueRow'] = {
  endorse: 'Endorse {{title}}',
  endorsed: 'Endorsed {{title}}.',
};
