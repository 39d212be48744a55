import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../common/components/Field';

/** Where a visitor types the code printed on the certificate. */
export function CodeForm({ initial, onCode }: { initial: string; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState(initial);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const typed = code.trim();
    if (typed) onCode(typed);
  };
  return (
    <form className="code-form" role="search" data-testid="verify-form" onSubmit={onSubmit}>
      <TextField
        label={t('publicSite.verify.code')}
        testId="verify-code"
        autoCapitalize="characters"
        autoComplete="off"
        spellCheck={false}
        value={code}
        onValue={setCode}
      />
      <button type="submit" className="button button--primary" data-testid="verify-submit">
        {t('publicSite.verify.check')}
      </button>
    </form>
  );
}
