import { useTranslation } from 'react-i18next';
import { FORM_PARTS, ModelKind } from '@vinh-danh/shared';
import type { ModelDetailFragment } from '../../../gql/graphql';
import { useNumbers } from '../../common/hooks/useNumbers';
import { StateBadge } from './StateBadge';

/** The dossier as it stands: facts, the nine parts after the name, and the indicators. */
export function ModelView({ model }: { model: ModelDetailFragment }) {
  const { t } = useTranslation();
  const { format: amount } = useNumbers();
  const field =
    model.campaign.fields.find((f) => f.code === model.fieldCode)?.name ?? model.fieldCode;
  const person = [model.personName, model.personPosition, model.personEthnicity]
    .filter(Boolean)
    .join(' · ');

  return (
    <>
      <section className="panel" data-testid="model-facts">
        <dl className="facts">
          <div>
            <dt>{t('models.detail.state')}</dt>
            <dd>
              <StateBadge state={model.candidacy.state} testId="model-state" />
            </dd>
          </div>
          <div>
            <dt>{t('models.detail.kind')}</dt>
            <dd data-testid="model-kind-value">{t(`modelKinds.${model.kind}`)}</dd>
          </div>
          {model.kind === ModelKind.INDIVIDUAL ? (
            <div>
              <dt>{t('models.detail.person')}</dt>
              <dd>{person || '—'}</dd>
            </div>
          ) : null}
          <div>
            <dt>{t('models.detail.field')}</dt>
            <dd>{field}</dd>
          </div>
          <div>
            <dt>{t('models.detail.unit')}</dt>
            <dd>{model.unit.name}</dd>
          </div>
          <div>
            <dt>{t('models.detail.campaign')}</dt>
            <dd>{model.campaign.name}</dd>
          </div>
        </dl>
      </section>

      <section className="panel" data-testid="model-parts-view">
        <h2>{t('models.form.parts')}</h2>
        {FORM_PARTS.map((part) => (
          <div className="part" key={part} data-testid={`model-part-view-${part}`}>
            <h3>{t(`formParts.${part}`)}</h3>
            {model.form[part] ? (
              <p className="part__text">{model.form[part]}</p>
            ) : (
              <p className="muted">{t('models.detail.notFilled')}</p>
            )}
          </div>
        ))}
      </section>

      <section className="panel" data-testid="model-indicators">
        <h2>{t('models.indicators.title')}</h2>
        {model.indicators.length === 0 ? (
          <p className="muted">{t('models.indicators.empty')}</p>
        ) : (
          <table className="table table--cards">
            <thead>
              <tr>
                <th scope="col">{t('models.indicators.name')}</th>
                <th scope="col">{t('models.indicators.unitOfMeasure')}</th>
                <th scope="col" className="num">
                  {t('models.indicators.target')}
                </th>
                <th scope="col" className="num">
                  {t('models.indicators.achieved')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.indicators.map((i) => (
                <tr key={i.id} data-testid="indicator-row">
                  <td data-label={t('models.indicators.name')}>{i.name}</td>
                  <td data-label={t('models.indicators.unitOfMeasure')}>{i.unitOfMeasure}</td>
                  <td data-label={t('models.indicators.target')} className="num">
                    {amount(i.target)}
                  </td>
                  <td data-label={t('models.indicators.achieved')} className="num">
                    {amount(i.achieved)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </>
  );
}
