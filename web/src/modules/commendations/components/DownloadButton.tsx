import { useTranslation } from 'react-i18next';
import { useDownload } from '../hooks/useDownload';

interface Props {
  url: string;
  fileName: string;
  label: string;
  testId: string;
}

/** One document to download; says so when the server did not give it. */
export function DownloadButton({ url, fileName, label, testId }: Props) {
  const { t } = useTranslation();
  const { download, busy, failed } = useDownload();
  return (
    <span className="download">
      <button
        type="button"
        className="button button--small"
        data-testid={testId}
        disabled={busy}
        onClick={() => void download(url, fileName)}
      >
        <span aria-hidden="true">⬇</span> {label}
      </button>
      {failed ? (
        <span className="field__error" role="alert" data-testid={`${testId}-failed`}>
          {t('commendationDesk.downloads.failed')}
        </span>
      ) : null}
    </span>
  );
}
