import { useTranslation } from 'react-i18next';
import { partLabel } from '../labels';

/** What the server says must still be filled in before the dossier can be submitted. */
export function MissingParts({
  parts,
  refused = false,
}: {
  parts: readonly string[];
  /** the server has just refused a submission for these */
  refused?: boolean;
}) {
  const { t } = useTranslation();
  if (parts.length === 0) {
    return (
      <p className="notice notice--success" data-testid="missing-parts-none">
        {t('models.missing.complete')}
      </p>
    );
  }
  return (
    <div
      className={refused ? 'notice notice--error' : 'notice notice--warning'}
      role={refused ? 'alert' : undefined}
      data-testid="missing-parts"
      data-refused={refused ? 'true' : undefined}
    >
      <p>{t('models.missing.title')}</p>
      <ul>
        {parts.map((part) => (
          <li key={part} data-testid={`missing-${part}`}>
            {partLabel(t, part)}
          </li>
        ))}
      </ul>
    </div>
  );
}
