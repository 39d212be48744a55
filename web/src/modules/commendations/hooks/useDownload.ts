import { useState } from 'react';
import { readToken } from '../../auth/token';

/**
 * A document the server renders (dossier, draft, decision, certificate), behind the
 * Authorization header: fetched, then handed to the browser as a blob under a readable name.
 */
export function useDownload() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async (url: string, fileName: string) => {
    setBusy(true);
    setFailed(false);
    try {
      const token = readToken();
      const response = await fetch(url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const href = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = href;
      link.download = fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return { download, busy, failed };
}
