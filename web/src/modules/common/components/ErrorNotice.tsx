import { useTranslation } from 'react-i18next';
import { ErrorCode } from '@vinh-danh/shared';
import { problemOf, problemText } from '../errors';

interface Props {
  error: unknown;
  /** Offered when the data changed under the user (CONFLICT). */
  onReload?: () => void;
  testId?: string;
}

export function ErrorNotice({ error, onReload, testId = 'error' }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const problem = problemOf(error);
  const { code } = problem;
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid={testId}
      data-code={code}
      data-refusal={problem.refusal}
    >
      <p>{problemText(t, problem)}</p>
      {code === ErrorCode.CONFLICT && onReload ? (
        <button type="button" className="button button--small" onClick={onReload}>
          {t('common.reload')}
        </button>
      ) : null}
    </div>
  );
}
