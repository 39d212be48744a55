import { Role } from '@vinh-danh/shared';
import type { Table } from './types';

/**
 * The key that signs certificates signs for the whole tree: only an administrator of all of it
 * (granted on the province, a root) rotates it; one of a commune is refused.
 */
export const CERTIFICATE: Table = {
  rotateSigningKey: [
    {
      document: `mutation { rotateSigningKey { id retiredAt } }`,
      prepare: async () => ({}),
      allowed: [Role.ADMIN],
      refused: 'FORBIDDEN',
      sharedTarget: true,
    },
  ],
};
