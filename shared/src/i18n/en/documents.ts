/** The minutes of a review round. The PDF is printed in Vietnamese; this is what it says. */
import type { Messages } from '../vi';

export const minutes: Messages['minutes'] = {
  title: 'Minutes of {{round}}',
  issuer: 'REVIEW COUNCIL',
  nation: 'SOCIALIST REPUBLIC OF VIETNAM',
  motto: 'Independence - Freedom - Happiness',
  placeAndDate: '{{place}}, {{date}}',
  date: '{{day}}/{{month}}/{{year}}',
  heading: 'MINUTES',
  subheading: 'OF THE REVIEW COUNCIL’S MEETING',
  session: '{{campaign}} – {{round}}',
  council: 'Council: {{council}}.',
  unit: 'Unit: {{unit}}.',
  closedAt: 'The review round closed at {{stamp}} (Vietnam time).',
  attendance: {
    title: 'I. WHO ATTENDED THE VOTING SESSION',
    summary: 'The council has {{members}} members; {{present}} present, {{absent}} absent.',
    present: 'Members present ({{count}}):',
    absent: 'Members absent ({{count}}):',
    member: '{{n}}. {{name}} – {{seat}}.',
    opinion: 'Written opinion: “{{opinion}}”',
    noOpinion: 'Sent no written opinion.',
  },
  rules: {
    title: 'II. STANDARDS AND RULES OF THE REVIEW',
    points: '{{points}} points',
    scores:
      'Scale of {{scale}}. A model scoring {{pass}} or more is considered for {{effective}}; ' +
      'one scoring {{exemplary}} or more for {{exemplaryOutcome}}.',
    quorum:
      'The vote may go ahead only when {{quorum}} of the council’s members are present ' +
      '({{needed}} of {{members}} members are needed).',
    conflicts:
      'A member with a conflict of interest in a model neither scores nor votes on it; the ' +
      'other members, the absent ones included, are the members entitled to vote on it.',
    recognition:
      'A model is recognised when it reaches the score, {{quorum}} of the members entitled to ' +
      'vote cast a ballot, and {{approval}} of the members entitled to vote {{approve}}.',
    writtenOpinions:
      'Absent members may send a written opinion; it is recorded in the minutes but does not ' +
      'stand in for a ballot.',
  },
  results: {
    title: 'III. RESULTS OF THE REVIEW',
    eligible: 'Members entitled to vote',
    noQuorum: '{{outcome}} (too few members voted)',
    fewApprovals: '{{outcome}} ({{needed}} ballots “{{approve}}” needed)',
    belowPass: '{{outcome}} (below the pass score)',
    count: '{{outcome}}: {{count}}',
    total: 'Models reviewed: {{count}}; of which: {{counts}}.',
    empty: 'No model was in the review round.',
  },
  closing:
    'The minutes closed at {{hour}}:{{minute}}, {{date}}, were read out at the meeting and ' +
    'approved by the members present.',
  signHint: '(Signature and full name)',
  page: 'Page {{page}}/{{pages}}',
};

/** The commendation documents. The PDFs are printed in Vietnamese; this is what they say. */
export const documents: Messages['documents'] = {
  nation: 'SOCIALIST REPUBLIC OF VIETNAM',
  motto: 'Independence - Freedom - Happiness',
  party: 'COMMUNIST PARTY OF VIETNAM',
  placeAndDate: '{{place}}, {{date}}',
  date: '{{day}}/{{month}}/{{year}}',
  blankDate: '   /   /      ',
  number: 'No.: {{number}}',
  partyNumber: 'No. {{number}}',
  blankNumber: '      /{{symbol}}',
  blankPartyNumber: '      -{{symbol}}',
  draft: 'DRAFT',
  page: '{{page}}',
  recipients: 'Recipients:',
  archive: 'Archived: Records',
  signHint: '(Signature and full name)',
  sealHint: '(Signature and seal)',
  decision: {
    title: 'DECISION',
    basis: 'Pursuant to {{basis}};',
    proposal: 'At the proposal of {{by}} in the submission of {{date}}.',
    proposalNumbered: 'At the proposal of {{by}} in submission No. {{number}} of {{date}}.',
    decides: 'DECIDES:',
    article: 'Article {{n}}.',
    commend:
      'To award the {{award}} to {{whom}} named in the list attached to this Decision, ' +
      'for outstanding achievements in the emulation movement.',
    collectives: '{{count}} collectives',
    individuals: '{{count}} individuals',
    and: '{{first}} and {{second}}',
    prize:
      'Each collective and individual named in Article 1 receives with the {{award}} a prize ' +
      'of {{amount}} dong (in words: {{words}}), paid from the emulation and commendation fund as ' +
      'regulated.',
    execute:
      'This Decision takes effect from the date of signing. {{executors}} and the collectives ' +
      'and individuals named in Article 1 are responsible for carrying out this Decision.',
    executeAlone:
      'This Decision takes effect from the date of signing. The collectives and individuals ' +
      'named in Article 1 are responsible for carrying out this Decision.',
    asArticle: 'As in Article {{n}}',
    list: {
      title: 'LIST',
      subtitle: 'OF COLLECTIVES AND INDIVIDUALS AWARDED THE {{award}}',
      attached: '(Attached to Decision No. {{number}} of {{date}})',
      collectives: 'COLLECTIVES',
      individuals: 'INDIVIDUALS',
      no: 'No.',
      collective: 'Collective',
      individual: 'Full name',
      position: 'Position, unit',
      achievement: 'Achievement',
      positionAt: '{{position}}, {{unit}}',
    },
  },
  certificate: {
    title: '{{award}} – {{name}}',
    give: 'AWARDS',
    positionAt: '{{position}}, {{unit}}',
    decision: 'Decision No. {{number}} of {{date}}',
    book: 'Golden book No.: {{n}}',
    code: 'Verification code: {{code}}',
    annulled: 'ANNULLED',
  },
  submission: {
    title: 'SUBMISSION',
    blankNumber: '      /TTr',
    about: 'Proposing the {{award}}',
    to: 'To: {{to}}.',
    background:
      'Carrying out {{campaign}}, {{from}} reviewed the collectives and individuals with ' +
      'outstanding achievements in {{year}} by the set procedure; the council’s minutes are attached.',
    ask:
      'On the result of the review, {{from}} asks {{to}} to consider awarding the {{award}} to ' +
      '{{whom}} (list and achievement reports attached).',
    close: 'Submitted to {{to}} for consideration and decision.',
    list: 'LIST OF PROPOSALS FOR THE {{award}}',
    no: 'No.',
    name: 'Collective or individual',
    unit: 'Unit',
    achievement: 'Achievement',
    model: 'Model: {{title}}',
    collectives: 'COLLECTIVES',
    individuals: 'INDIVIDUALS',
    asAbove: 'As above',
  },
  report: {
    title: 'ACHIEVEMENT REPORT',
    theme: 'ON THE THEME OF {{field}}',
    campaign: '{{campaign}}, {{year}}',
    general: 'I. GENERAL INFORMATION',
    name: 'Model: {{title}}',
    kind: 'Kind of model: {{kind}}',
    unit: 'Unit: {{unit}}',
    person: 'Full name: {{name}}',
    position: 'Position: {{position}}',
    field: 'Field: {{field}}',
    parts: 'II. CONTENT AND RESULTS OF THE MODEL',
    unfilled: '(Not filled in.)',
    indicators: 'III. RESULT INDICATORS',
    no: 'No.',
    indicator: 'Indicator',
    unitOfMeasure: 'Unit',
    target: 'Target',
    achieved: 'Achieved',
    rate: 'Achieved (%)',
    noIndicators: 'No indicators.',
    superior: 'CONFIRMED BY THE PROPOSING LEVEL',
    head: 'HEAD OF UNIT',
    headConfirms: 'CONFIRMED BY THE HEAD OF UNIT',
    reporter: 'REPORTED BY',
  },
};
