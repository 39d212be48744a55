/** Promotion to the level above: why an entry cannot go up, and where it goes. */
import type { Messages } from '../vi';

// Promotion to the level above (issue 8): why an entry cannot go up, and where it goes.
export const promotion: Messages['promotion'] = {
  blocks: {
    NOT_SECRETARY: 'Only the council’s secretary sends entries up.',
    ROUND_NOT_CLOSED: 'The round is not closed yet: the chair closes the voting first.',
    ALREADY_PROMOTED: 'Already sent up a level.',
    NOT_EXEMPLARY: 'Only models recognised as exemplary go up a level.',
    NO_PARENT_COUNCIL: 'The campaign has no council above this one: its review ends at this level.',
    PARENT_REVIEW_CLOSED:
      'The review above has closed for this campaign: the council there can take nothing more in.',
    QUOTA_USED: 'The council has used its quota for sending entries up ({{quota}}).',
  },
  to: 'Goes to: {{council}}',
  left: '{{left}} of {{quota}} left to send up.',
};
