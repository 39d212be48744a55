import type { Messages } from '../vi';

export const commendation: Messages['commendation'] = {
  decisionTitle:
    'On awarding the {{award}} to the collectives and individuals with outstanding achievements in {{campaign}}',
  councilCapacity: 'FOR THE COUNCIL',
  heldOut: 'Held back: an objection was still open when the decision was signed',
};
