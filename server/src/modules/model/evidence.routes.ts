import busboy from 'busboy';
import { Router, type Request } from 'express';
import { EVIDENCE_MAX_BYTES } from '@vinh-danh/shared';
import { refuse as refuseWith } from '../../infra/graphql/errors';
import { hasControlCharacters } from '../../infra/graphql/limits';
import { sendAs } from '../../infra/http/download';
import { refuse, unauthenticated } from '../../infra/http/refuse';
import type { Logger } from '../../infra/log';
import type { Viewer } from '../auth/viewer';
import type { Services } from '../services';

type Authenticate = (req: Request) => Promise<Viewer | null>;

/** Reads one multipart file, at most `limit` bytes (one more tells it was too large). */
const readFile = (req: Request, limit: number) =>
  new Promise<{ fileName: string; bytes: Buffer }>((resolve, reject) => {
    const parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8', // Vietnamese file names
      limits: { files: 1, fileSize: limit + 1 },
    });
    let found = false;
    parser.on('file', (_name, stream, info) => {
      found = true;
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () =>
        resolve({ fileName: info.filename || 'file', bytes: Buffer.concat(chunks) }),
      );
    });
    // what busboy cannot read was sent wrong: the client's fault, not the server's
    parser.on('error', () => reject(refuseWith('UPLOAD_MALFORMED')));
    parser.on('close', () => {
      if (!found) {
        reject(refuseWith('FILE_REQUIRED'));
      }
    });
    req.pipe(parser);
  });

/**
 * Evidence files go over plain HTTP (multipart upload, streamed download) with the same bearer
 * token and error codes as GraphQL; the rest of the model is edited through GraphQL.
 */
export const evidenceRoutes = (
  services: Services,
  authenticate: Authenticate,
  log: Logger,
): Router => {
  const router = Router();

  router.post('/api/models/:id/evidence', async (req, res) => {
    try {
      const viewer = await authenticate(req);
      if (!viewer) throw unauthenticated;
      if (!req.is('multipart/form-data')) {
        throw refuseWith('FILE_REQUIRED');
      }
      const file = await readFile(req, EVIDENCE_MAX_BYTES);
      if (hasControlCharacters(file.fileName)) {
        throw refuseWith('CONTROL_CHARACTERS', {}, { field: 'file' });
      }
      const saved = await services.models.addEvidence(viewer, String(req.params.id), file);
      // the upload changed the model's version: the client's next autosave needs the new one
      const model = await services.models.get(viewer, saved.modelId);
      res.status(201).json({
        modelVersion: model.version,
        id: saved.id,
        fileName: saved.fileName,
        contentType: saved.contentType,
        sizeBytes: saved.sizeBytes,
        url: saved.url,
      });
    } catch (error) {
      req.resume();
      refuse(res, log, error);
    }
  });

  router.get('/api/evidence/:id', async (req, res) => {
    try {
      const viewer = await authenticate(req);
      if (!viewer) throw unauthenticated;
      const { file, stream } = await services.models.openEvidence(viewer, String(req.params.id));
      sendAs(res, file);
      stream.on('error', (error) => refuse(res, log, error));
      stream.pipe(res);
    } catch (error) {
      refuse(res, log, error);
    }
  });

  return router;
};
