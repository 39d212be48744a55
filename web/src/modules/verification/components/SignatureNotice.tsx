import { useTranslation } from 'react-i18next';
import type { SignatureCheck } from '../signature';

/** What the browser found when it checked the QR payload's signature. */
export function SignatureNotice({ check }: { check: SignatureCheck }) {
  const { t } = useTranslation();
  if (check.state === 'checking') {
    return (
      <p className="notice" role="status" data-testid="signature" data-state={check.state}>
        {t('publicSite.verify.signatureChecking')}
      </p>
    );
  }
  if (check.state === 'valid') {
    return (
      <div
        className="notice notice--success"
        role="status"
        data-testid="signature"
        data-state="valid"
      >
        <p>
          <strong>{t('publicSite.verify.signatureValid')}</strong>
        </p>
        <p className="notice__detail">
          {t('publicSite.verify.signatureValidDetail', { keyId: check.keyId })}
        </p>
      </div>
    );
  }
  if (check.state === 'unavailable') {
    return (
      <p className="notice" role="status" data-testid="signature" data-state={check.state}>
        {t('publicSite.verify.signatureUnavailable')}
      </p>
    );
  }
  const detail =
    check.state === 'mismatch'
      ? t('publicSite.verify.signatureMismatch', { code: check.code })
      : check.state === 'unreadable'
        ? t('publicSite.verify.signatureUnreadable')
        : t('publicSite.verify.signatureInvalidDetail');
  return (
    <div
      className="notice notice--error"
      role="alert"
      data-testid="signature"
      data-state={check.state}
    >
      <p>
        <strong>{t('publicSite.verify.signatureInvalid')}</strong>
      </p>
      <p className="notice__detail">{detail}</p>
    </div>
  );
}
