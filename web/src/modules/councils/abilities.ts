import type { RoundOperation } from '@vinh-danh/shared';

/**
 * May the viewer do this to the round now? The server says, from the lifecycle table and the
 * viewer's seat (`availableActions`); the web shows only what it lists.
 */
export const can = (round: { availableActions: readonly string[] }, operation: RoundOperation) =>
  round.availableActions.includes(operation);
