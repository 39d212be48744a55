import { useState } from 'react';
import { readToken } from '../../auth/token';

/**
 * The minutes (biên bản) of a closed round, a PDF behind the Authorization header: fetched, then
 * handed to the browser as a blob under a readable name.
 */
export function useDownloadMinutes() {
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  const download = async (roundId: string) => {
    setBusy(true);
    setFailed(false);
    try {
      const token = readToken();
      const response = await fetch(`/api/rounds/${roundId}/minutes.pdf`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const href = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = href;
      link.download = `bien-ban-${roundId.slice(0, 8)}.pdf`;
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
