import { Router, type Request } from 'express';
import { normaliseCode, toBase64Url } from '@vinh-danh/shared/certificates';
import { notFound } from '../../infra/graphql/errors';
import { sendAs } from '../../infra/http/download';
import { refuse } from '../../infra/http/refuse';
import type { Logger } from '../../infra/log';
import { renderCertificate } from '../documents';
import type { Services } from '../services';
import { gatherCertificateDoc } from './certificate-doc';

/** Where the QR codes of this request's documents point: the configured public address, or ours. */
export const originOf = (configured: string | undefined, req: Request): string =>
  configured || `${req.protocol}://${req.get('host') ?? 'localhost'}`;

/**
 * Public, no sign-in: the published keys, at a fixed address, for anyone who checks a signature
 * offline (retired ones too: what they signed still verifies), and each certificate's PDF, which
 * says annulled once it is.
 */
export const certificateRoutes = (services: Services, log: Logger): Router =>
  Router()
    .get('/api/keys', async (_req, res) => {
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
    })
    .get('/api/certificates/:code.pdf', async (req, res) => {
      try {
        const code = normaliseCode(String(req.params.code));
        if (!code) throw notFound();
        const doc = await gatherCertificateDoc(
          services.db,
          services.certificates,
          code,
          originOf(services.certificates.origin, req),
        );
        const pdf = await renderCertificate(doc);
        sendAs(
          res,
          {
            contentType: 'application/pdf',
            fileName: `giay-khen-${code}.pdf`,
            sizeBytes: pdf.length,
          },
          'inline',
        );
        res.end(pdf);
      } catch (error) {
        refuse(res, log, error);
      }
    });
