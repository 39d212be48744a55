import { Router, type Request } from 'express';
import { toBase64Url } from '@vinh-danh/shared/certificates';
import { refuse } from '../../infra/http/refuse';
import type { Logger } from '../../infra/log';
import type { Services } from '../services';

/** Where the QR codes of this request's documents point: the configured public address, or ours. */
export const originOf = (configured: string | undefined, req: Request): string =>
  configured || `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * The published keys, at a fixed address, for anyone who checks a signature offline. Public:
 * they are public keys, retired ones included (what they signed still verifies).
 */
export const certificateRoutes = (services: Services, log: Logger): Router =>
  Router().get('/api/keys', async (_req, res) => {
    try {
      const keys = await services.certificates.keys.published();
      // Not kept: a browser holding the list from before a rotation would call new certificates
      // unsigned.
      res.setHeader('cache-control', 'no-cache');
      res.json(
        keys.map((k) => ({
          id: k.id,
          algorithm: 'Ed25519',
          publicKey: toBase64Url(k.publicKey),
          createdAt: k.createdAt.toISOString(),
          retiredAt: k.retiredAt?.toISOString() ?? null,
        })),
      );
    } catch (error) {
      refuse(res, log, error);
    }
  });
