import { useTranslation } from 'react-i18next';
import type { EntryCandidacyFragment } from '../../../gql/graphql';
import { EntryTitle } from './EntryTitle';

/** Endorsed candidacies waiting for the council, the ones promoted from below marked. */
export function IntakeList({ intake }: { intake: readonly EntryCandidacyFragment[] }) {
  const { t } = useTranslation();
  return (
    <section className="panel" data-testid="council-intake">
      <h2>{t('councils.intake.title', { count: intake.length })}</h2>
      {intake.length === 0 ? (
        <p className="muted" data-testid="council-intake-empty">
          {t('councils.intake.empty')}
        </p>
      ) : (
        <ul className="plain-list">
          {intake.map((c) => (
            <li key={c.id} data-testid={`council-intake-${c.id}`} data-model={c.model.id}>
              <EntryTitle candidacy={c} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
