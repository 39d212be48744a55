import { useState } from 'react';
import { readToken } from '../../auth/token';

/**
 * A download needs the Authorization header, which a plain link cannot send: fetch the file,
 * then hand the browser a blob URL under the file's own name.
 */
export function useDownloadEvidence() {
  const [busy, setBusy] = useState<string | null>(null);
  const [failed, setFailed] = useState<string | null>(null);

  const download = async (file: { id: string; url: string; fileName: string }) => {
    setBusy(file.id);
    setFailed(null);
    try {
      const token = readToken();
      const response = await fetch(file.url, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      if (!response.ok) throw new Error(String(response.status));
      const href = URL.createObjectURL(await response.blob());
      const link = document.createElement('a');
      link.href = href;
      link.download = file.fileName;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(href), 60_000);
    } catch {
      setFailed(file.id);
    } finally {
      setBusy(null);
    }
  };

  return { download, busy, failed };
}
