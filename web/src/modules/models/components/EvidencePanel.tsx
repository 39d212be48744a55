import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EVIDENCE_MAX_BYTES, EVIDENCE_TYPES } from '@vinh-danh/shared';
import type { ModelDetailFragment } from '../../../gql/graphql';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { useNumbers } from '../../common/hooks/useNumbers';
import { problemText } from '../../common/errors';
import { useDownloadEvidence } from '../hooks/useDownloadEvidence';
import { useRemoveEvidence } from '../hooks/useRemoveEvidence';
import { useUploadEvidence } from '../hooks/useUploadEvidence';

const MAX_MB = EVIDENCE_MAX_BYTES / 1024 / 1024;
const ACCEPT = [
  ...Object.keys(EVIDENCE_TYPES),
  ...Object.values(EVIDENCE_TYPES).map((ext) => `.${ext}`),
].join(',');

/** A file's size in the interface language's numbers: "1,5 MB" or "1.5 MB". */
const sizeIn = (format: ReturnType<typeof useNumbers>['format']) => (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${format(bytes / 1024 / 1024, { maximumFractionDigits: 1 })} MB`
    : `${format(Math.max(1, Math.round(bytes / 1024)))} KB`;

interface Props {
  model: Pick<ModelDetailFragment, 'id' | 'evidence'>;
  editable: boolean;
  /**
   * Runs a change of the files (which moves the model's version); the edit form passes its
   * autosave's, so saves and uploads take turns. The change returns the new version.
   */
  runChange?: (change: () => Promise<number | null>) => Promise<void>;
}

const direct = async (change: () => Promise<number | null>) => {
  await change();
};

/** The model's evidence files: download for everyone who sees the model; upload and remove while editable. */
export function EvidencePanel({ model, editable, runChange = direct }: Props) {
  const { t } = useTranslation();
  const { format } = useNumbers();
  const size = sizeIn(format);
  const input = useRef<HTMLInputElement>(null);
  const { upload, uploading, problem, clearProblem } = useUploadEvidence(model.id);
  const { removeEvidence, loading: removing, error: removeError } = useRemoveEvidence();
  const { download, busy, failed } = useDownloadEvidence();
  const [refused, setRefused] = useState<string | null>(null);
  const message = refused ?? (problem ? problemText(t, problem) : null);

  const onPick = async (files: FileList | null) => {
    const file = files?.[0];
    if (input.current) input.current.value = '';
    if (!file) return;
    clearProblem();
    // The server checks again (by content, not name); this only spares a useless upload.
    if (file.size > EVIDENCE_MAX_BYTES) {
      setRefused(t('models.evidence.tooLarge', { name: file.name, max: MAX_MB }));
      return;
    }
    if (file.type && !(file.type in EVIDENCE_TYPES)) {
      setRefused(t('models.evidence.badType', { name: file.name }));
      return;
    }
    setRefused(null);
    await runChange(async () => (await upload(file))?.modelVersion ?? null);
  };

  const onRemove = (id: string) =>
    runChange(async () => (await removeEvidence(id).catch(() => null))?.version ?? null);

  const dismiss = () => {
    setRefused(null);
    clearProblem();
  };

  return (
    <section className="panel" data-testid="evidence">
      <h2>{t('models.evidence.title')}</h2>
      {editable ? (
        <p className="field__hint">{t('models.evidence.hint', { max: MAX_MB })}</p>
      ) : null}
      {message ? (
        <div className="notice notice--error" role="alert" data-testid="evidence-error">
          <p>{message}</p>
          <button type="button" className="button button--small" onClick={dismiss}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
      <ErrorNotice error={removeError} />
      {model.evidence.length === 0 ? (
        <p className="muted" data-testid="evidence-empty">
          {t('models.evidence.empty')}
        </p>
      ) : (
        <ul className="file-list" data-testid="evidence-list">
          {model.evidence.map((file) => (
            <li key={file.id} data-testid={`evidence-${file.id}`}>
              <span className="file-list__name" data-testid="evidence-name">
                {file.fileName}
              </span>
              <span className="muted">{size(file.sizeBytes)}</span>
              <button
                type="button"
                className="button button--small"
                data-testid={`evidence-download-${file.id}`}
                disabled={busy === file.id}
                onClick={() => void download(file)}
              >
                {t('models.evidence.download')}
              </button>
              {editable ? (
                <button
                  type="button"
                  className="button button--small button--danger-outline"
                  data-testid={`evidence-remove-${file.id}`}
                  disabled={removing}
                  onClick={() => void onRemove(file.id)}
                >
                  {t('models.evidence.remove')}
                </button>
              ) : null}
              {failed === file.id ? (
                <span className="field__error" role="alert">
                  {t('errors.NETWORK')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {editable ? (
        <label className="button file-button">
          {uploading ? t('models.evidence.uploading') : t('models.evidence.choose')}
          <input
            ref={input}
            type="file"
            className="visually-hidden"
            accept={ACCEPT}
            data-testid="evidence-input"
            disabled={uploading}
            onChange={(e) => void onPick(e.target.files)}
          />
        </label>
      ) : null}
    </section>
  );
}
