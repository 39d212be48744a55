/** The bell and the wording of each notification. */
import type { Messages } from '../vi';

export const notifications: Messages['notifications'] = {
  bell: 'Notifications',
  unread: '{{count}} unread',
  empty: 'No notifications yet.',
  markAll: 'Mark all as read',
  kinds: {
    SUBMIT: '{{actor}} submitted {{title}}; it awaits your endorsement.',
    RETURN: '{{actor}} returned {{title}}.',
    ENDORSE: '{{actor}} endorsed {{title}}.',
    WITHDRAW: '{{actor}} withdrew {{title}}.',
    INTAKE: '{{council}} took {{title}} in for review.',
    RECOGNISE: '{{council}} recognised {{title}}.',
    NOT_RECOGNISE: '{{council}} did not recognise {{title}}.',
    PROPOSE: '{{actor}} proposed {{title}} for a commendation.',
    COMMEND: '{{title}} was commended by a decision {{actor}} signed.',
    ANNUL: 'The commendation of {{title}} was annulled.',
    RECOGNISED_EFFECTIVE: '{{council}} recognised {{title}} as an effective model.',
    RECOGNISED_EXEMPLARY: '{{council}} recognised {{title}} as an exemplary model.',
    PROMOTED: '{{title}} was sent up to {{unit}} for review.',
    ASSIGNED: 'You are assigned {{count}} dossier(s) to score in round {{round}} of {{council}}.',
    SCORING_OPEN: 'Round {{round}} of {{council}} is open for scoring.',
    VOTING_OPEN: 'Round {{round}} of {{council}} is open for voting.',
    RESULTS_PUBLISHED: 'The results of round {{round}} of {{council}} are published.',
    other: 'There is news.',
  },
  reason: 'Reason: {{reason}}',
};
