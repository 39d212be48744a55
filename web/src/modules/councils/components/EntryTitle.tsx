import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EntryCandidacyFragment } from '../../../gql/graphql';

/** A candidacy's model: its title (to its history), kind, person, unit, and where it came from. */
export function EntryTitle({ candidacy }: { candidacy: EntryCandidacyFragment }) {
  const { t } = useTranslation();
  const { model } = candidacy;
  return (
    <span className="entry-title">
      <Link to={`/candidacies/${candidacy.id}`} data-testid="entry-title">
        {model.title}
      </Link>
      <span className="result__meta">
        {t(`modelKinds.${model.kind}`)}
        {model.personName ? ` · ${model.personName}` : ''} · {model.unit.name}
        {candidacy.promotedFrom ? (
          <>
            {' · '}
            <span data-testid="entry-promoted-from">{t('councils.intake.promoted')}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
