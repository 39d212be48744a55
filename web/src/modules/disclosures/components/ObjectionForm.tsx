import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNotice } from '../../common/components/ErrorNotice';
import { Field, TextField } from '../../common/components/Field';
import { FormActions } from '../../common/components/FormActions';
import { SuccessNotice } from '../../common/components/Notice';
import { OBJECTION_MAX_CHARS } from '@vinh-danh/shared';
import { useSubmitObjection } from '../hooks/useSubmitObjection';

interface Props {
  entryId: string;
  entryTitle: string;
  onCancel: () => void;
}

type FieldName = 'name' | 'contact' | 'body';

/**
 * One objection to one entry of a disclosed list. The checks here only spare a round trip: the
 * server checks the same and answers with a code the notice translates (the rate limit too).
 */
export function ObjectionForm({ entryId, entryTitle, onCancel }: Props) {
  const { t } = useTranslation();
  const { submit, loading, error } = useSubmitObjection();
  const [values, setValues] = useState<Record<FieldName, string>>({
    name: '',
    contact: '',
    body: '',
  });
  const [tried, setTried] = useState(false);
  const [sent, setSent] = useState(false);

  const label = (field: FieldName) => t(`publicSite.objection.${field}`);
  const problemWith = (field: FieldName): string | null => {
    const value = values[field].trim();
    if (!value) return t('validation.required', { field: label(field).toLowerCase() });
    if (field === 'body' && value.length > OBJECTION_MAX_CHARS) {
      return t('validation.tooLong', { field: label(field), max: OBJECTION_MAX_CHARS });
    }
    return null;
  };
  const shown = (field: FieldName) => (tried ? problemWith(field) : null);
  const set = (field: FieldName) => (value: string) => setValues((v) => ({ ...v, [field]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    if ((['name', 'contact', 'body'] as const).some((field) => problemWith(field))) return;
    try {
      const taken = await submit({
        entryId,
        name: values.name.trim(),
        contact: values.contact.trim(),
        body: values.body.trim(),
      });
      setSent(taken);
    } catch {
      // `error` shows the translated refusal.
    }
  };

  if (sent) {
    return <SuccessNotice>{t('publicSite.objection.sent')}</SuccessNotice>;
  }

  return (
    <form
      className="form objection-form"
      data-testid="objection-form"
      noValidate
      onSubmit={(e) => void onSubmit(e)}
    >
      <h4 className="objection-form__title">
        {t('publicSite.objection.title', { title: entryTitle })}
      </h4>
      <ErrorNotice error={error} testId="objection-error" />
      <TextField
        label={label('name')}
        name="name"
        testId="objection-name"
        autoComplete="name"
        required
        error={shown('name')}
        value={values.name}
        onValue={set('name')}
      />
      <TextField
        label={label('contact')}
        hint={t('publicSite.objection.contactHint')}
        name="contact"
        testId="objection-contact"
        autoComplete="tel"
        required
        error={shown('contact')}
        value={values.contact}
        onValue={set('contact')}
      />
      <Field
        label={label('body')}
        hint={t('publicSite.objection.bodyHint', { max: OBJECTION_MAX_CHARS })}
        error={shown('body')}
        testId="objection-body"
      >
        {(control) => (
          <textarea
            {...control}
            name="body"
            rows={5}
            required
            maxLength={OBJECTION_MAX_CHARS}
            data-testid="objection-body"
            value={values.body}
            onChange={(e) => set('body')(e.target.value)}
          />
        )}
      </Field>
      <FormActions
        label={loading ? t('publicSite.objection.sending') : t('publicSite.objection.send')}
        testId="objection-submit"
        busy={loading}
        onCancel={onCancel}
      />
    </form>
  );
}
