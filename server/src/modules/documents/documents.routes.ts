import { Router, type Request } from 'express';
import { sendAs } from '../../infra/http/download';
import { refuse, unauthenticated } from '../../infra/http/refuse';
import type { Logger } from '../../infra/log';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../services';
import { renderMinutes } from './minutes';
import { gatherMinutes } from './minutes.service';

/** The minutes (biên bản) of a closed round, as a PDF, for those who may see the round. */
export const documentRoutes = (
  services: Services,
  authenticate: (req: Request) => Promise<Viewer | null>,
  log: Logger,
): Router =>
  Router().get('/api/rounds/:id/minutes.pdf', async (req, res) => {
    try {
      const viewer = await authenticate(req);
      if (!viewer) throw unauthenticated;
      const pdf = await renderMinutes(
        await gatherMinutes(services.db, viewer, String(req.params.id)),
      );
      const fileName = `bien-ban-${String(req.params.id).slice(0, 8)}.pdf`;
      sendAs(res, { contentType: 'application/pdf', fileName, sizeBytes: pdf.length }, 'inline');
      res.end(pdf);
    } catch (error) {
      refuse(res, log, error);
    }
  });
