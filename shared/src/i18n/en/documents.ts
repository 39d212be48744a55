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
