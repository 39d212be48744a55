import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DisclosuresQuery } from '../../../gql/graphql';
import { formatDay } from '../../common/dates';
import { ObjectionForm } from './ObjectionForm';

type Disclosure = DisclosuresQuery['disclosures'][number];

/** One list under disclosure: who gives what, until when, and each entry with its objection form. */
export function DisclosureCard({ disclosure }: { disclosure: Disclosure }) {
  const { t } = useTranslation();
  // One form open at a time: on a phone two would push the list off the screen.
  const [objectingTo, setObjectingTo] = useState<string | null>(null);
  const { workingDaysLeft: left } = disclosure;
  return (
    <article className="panel disclosure" data-testid="disclosure" data-id={disclosure.id}>
      <header className="disclosure__header">
        <h2 className="disclosure__title">{disclosure.title}</h2>
        <p className="badge badge--warn" data-testid="disclosure-days-left">
          {left > 0
            ? t('publicSite.disclosures.daysLeft', { count: left })
            : t('publicSite.disclosures.lastDay')}
        </p>
      </header>
      <dl className="facts">
        <div>
          <dt>{t('publicSite.disclosures.issuer')}</dt>
          <dd>{disclosure.issuerName}</dd>
        </div>
        <div>
          <dt>{t('publicSite.disclosures.award')}</dt>
          <dd>{t(`awardTypes.${disclosure.awardType}`)}</dd>
        </div>
        <div>
          <dt>{t('publicSite.disclosures.endsOn')}</dt>
          <dd data-testid="disclosure-ends-on">{formatDay(disclosure.endsOn)}</dd>
        </div>
      </dl>
      <h3 className="section-title">
        {t('publicSite.disclosures.entries', { count: disclosure.entries.length })}
      </h3>
      <ol className="disclosure__entries">
        {disclosure.entries.map((entry) => (
          <li key={entry.id} className="disclosure-entry" data-testid="disclosure-entry">
            <p className="disclosure-entry__title">
              <span className="disclosure-entry__name">{entry.personName ?? entry.title}</span>
              <span className="muted">
                {' · '}
                {t(`modelKinds.${entry.kind}`)}
              </span>
            </p>
            {entry.personName ? <p className="disclosure-entry__model">{entry.title}</p> : null}
            <p className="muted">{entry.unitName}</p>
            <p className="disclosure-entry__achievement">{entry.achievement}</p>
            {objectingTo === entry.id ? (
              <ObjectionForm
                entryId={entry.id}
                entryTitle={entry.personName ?? entry.title}
                onCancel={() => setObjectingTo(null)}
              />
            ) : (
              <button
                type="button"
                className="button button--small"
                data-testid="object"
                onClick={() => setObjectingTo(entry.id)}
              >
                {t('publicSite.disclosures.object')}
              </button>
            )}
          </li>
        ))}
      </ol>
    </article>
  );
}
