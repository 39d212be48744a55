import { DESK_ROLES } from './commendation.policy';
import { Router, type Request, type Response } from 'express';
import { DecisionState } from '@vinh-danh/shared';
import { isId } from '../../infra/graphql/ids';
import { sendAs } from '../../infra/http/download';
import { refuse } from '../../infra/http/refuse';
import type { Logger } from '../../infra/log';
import type { Viewer } from '../auth/viewer';
import {
  mergePdfs,
  renderAchievementReport,
  renderDecision,
  renderMinutes,
  renderSubmission,
} from '../documents';
import { gatherMinutes } from '../documents/minutes.service';
import type { Services } from '../services';
import { forbidden, notFound, unauthenticated } from '../../infra/graphql/errors';
import { gatherDecision } from './decision-document';
import { gatherDossier } from './dossier';

const pdf = (res: Response, bytes: Buffer, fileName: string) => {
  sendAs(res, { contentType: 'application/pdf', fileName, sizeBytes: bytes.length }, 'inline');
  res.end(bytes);
};

/**
 * The end of the year's documents: a decision (public once signed, a published act; a draft
 * only for the desk), and a proposal's dossier, whole or in its parts.
 */
export const commendationRoutes = (
  services: Services,
  authenticate: (req: Request) => Promise<Viewer | null>,
  log: Logger,
): Router => {
  const { db } = services;
  const dossierOf = async (req: Request) => {
    const viewer = await authenticate(req);
    if (!viewer) throw unauthenticated();
    return { viewer, dossier: await gatherDossier(db, viewer, String(req.params.id)) };
  };
  const short = (req: Request) => String(req.params.id).slice(0, 8);

  return Router()
    .get('/api/decisions/:id.pdf', async (req, res) => {
      try {
        const id = String(req.params.id);
        const [d] = isId(id)
          ? await db.query(
              `SELECT d.state, iu.path AS issuer_path, pu.path AS unit_path FROM decision d
                 JOIN issuer i ON i.id = d.issuer_id JOIN org_unit iu ON iu.id = i.unit_id
                 JOIN proposal p ON p.id = d.proposal_id JOIN org_unit pu ON pu.id = p.unit_id
                WHERE d.id = $1`,
              [id],
            )
          : [];
        if (!d) throw notFound();
        if (d.state === DecisionState.DISCLOSING) {
          const viewer = await authenticate(req);
          if (!viewer) throw unauthenticated();
          if (
            !viewer.reaches(DESK_ROLES, d.issuer_path) &&
            !viewer.reaches(DESK_ROLES, d.unit_path)
          )
            throw forbidden('OUTSIDE_SCOPE');
        }
        const doc = await gatherDecision(db.manager, id);
        pdf(res, await renderDecision(doc), `quyet-dinh-${short(req)}.pdf`);
      } catch (error) {
        refuse(res, log, error);
      }
    })
    .get('/api/proposals/:id/submission.pdf', async (req, res) => {
      try {
        const { dossier } = await dossierOf(req);
        pdf(res, await renderSubmission(dossier.submission), `to-trinh-${short(req)}.pdf`);
      } catch (error) {
        refuse(res, log, error);
      }
    })
    .get('/api/proposals/:id/reports.pdf', async (req, res) => {
      try {
        const { dossier } = await dossierOf(req);
        const reports = await Promise.all(dossier.reports.map(renderAchievementReport));
        pdf(res, await mergePdfs(reports), `bao-cao-thanh-tich-${short(req)}.pdf`);
      } catch (error) {
        refuse(res, log, error);
      }
    })
    .get('/api/proposals/:id/dossier.pdf', async (req, res) => {
      try {
        const { viewer, dossier } = await dossierOf(req);
        const parts = await Promise.all([
          renderSubmission(dossier.submission),
          ...dossier.reports.map(renderAchievementReport),
          gatherMinutes(db, viewer, dossier.roundId).then(renderMinutes),
        ]);
        pdf(res, await mergePdfs(parts), `ho-so-de-nghi-${short(req)}.pdf`);
      } catch (error) {
        refuse(res, log, error);
      }
    });
};
