import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { ErrorNotice } from '../modules/common/components/ErrorNotice';
import { CertificateView } from '../modules/verification/components/CertificateView';
import { CodeForm } from '../modules/verification/components/CodeForm';
import { SignatureNotice } from '../modules/verification/components/SignatureNotice';
import { useSignatureCheck } from '../modules/verification/hooks/useSignatureCheck';
import { useVerifyCertificate } from '../modules/verification/hooks/useVerifyCertificate';

/**
 * /xac-minh/:code?: the facts and status of a certificate, by a typed code or the QR code's
 * address. The QR puts the signed payload in the fragment (never sent to the server), and the
 * browser checks its signature itself against the published keys.
 */
export function VerifyPage() {
  const { t } = useTranslation();
  const { code = null } = useParams();
  const { hash } = useLocation();
  const navigate = useNavigate();
  const { certificate, answered, loading, error } = useVerifyCertificate(code);
  const signature = useSignatureCheck(code, hash.replace(/^#/, ''));

  return (
    <>
      <h1>{t('publicSite.verify.title')}</h1>
      <p className="muted">{t('publicSite.verify.intro')}</p>
      <CodeForm
        key={code ?? ''}
        initial={code ?? ''}
        onCode={(typed) => void navigate(`/xac-minh/${encodeURIComponent(typed)}`)}
      />
      <ErrorNotice error={error} />
      {loading ? <p className="muted">{t('common.loading')}</p> : null}
      {code && answered && !certificate ? (
        <p className="notice notice--error" role="alert" data-testid="verify-unknown">
          {t('publicSite.verify.unknown', { code })}
        </p>
      ) : null}
      {certificate ? (
        <>
          {signature ? <SignatureNotice check={signature} /> : null}
          <CertificateView certificate={certificate} />
        </>
      ) : null}
    </>
  );
}
