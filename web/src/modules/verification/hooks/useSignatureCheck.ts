import { useEffect, useState } from 'react';
import { checkSignature, type SignatureCheck } from '../signature';

/**
 * The signature check of the QR payload in the fragment, for the code on the page; null when
 * there is no payload (a code typed by hand has nothing to check).
 */
export function useSignatureCheck(code: string | null, fragment: string): SignatureCheck | null {
  const [result, setResult] = useState<{ key: string; check: SignatureCheck } | null>(null);
  const key = `${code ?? ''}#${fragment}`;
  const wanted = Boolean(code && fragment);

  useEffect(() => {
    if (!code || !fragment) return;
    let current = true;
    checkSignature(code, fragment).then(
      (check) => current && setResult({ key, check }),
      () => current && setResult({ key, check: { state: 'unavailable' } }),
    );
    return () => {
      current = false;
    };
  }, [code, fragment, key]);

  if (!wanted) return null;
  return result?.key === key ? result.check : { state: 'checking' };
}
