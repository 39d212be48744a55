import { useCallback, useEffect, useRef, useState } from 'react';
import type { ScoreItemInput } from '../../../gql/graphql';
import { useSubmitScores } from './useSubmitScores';

export type ScoreSaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

const DELAY = 800;

/**
 * Saves a member's score sheet shortly after they stop typing (`submitScores` replaces the whole
 * sheet, so the last save wins and nothing needs a version). One save at a time: what changes
 * while one is on its way goes in the next. `flush` saves at once (Enter); leaving saves what is
 * still pending.
 */
export function useScoreAutosave(entryId: string, sheet: ScoreItemInput[] | null) {
  const { submitScores } = useSubmitScores();
  const [status, setStatus] = useState<ScoreSaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const latest = useRef<ScoreItemInput[] | null>(null);
  const dirty = useRef(false);
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serialized = sheet ? JSON.stringify(sheet) : null;
  const first = useRef(serialized);

  const mutate = useRef(submitScores);
  useEffect(() => {
    mutate.current = submitScores;
  });

  const save = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    if (!dirty.current || !latest.current) return;
    const sending = latest.current;
    dirty.current = false;
    setStatus('saving');
    inFlight.current = (async () => {
      try {
        await mutate.current(entryId, sending);
        setError(null);
        setStatus(dirty.current ? 'pending' : 'saved');
      } catch (e) {
        setError(e);
        setStatus('failed');
      }
    })();
    await inFlight.current;
    inFlight.current = null;
  }, [entryId]);

  useEffect(() => {
    // Nothing to save until the member changes something (or while the sheet is invalid).
    if (serialized === null || serialized === first.current) return;
    first.current = null;
    latest.current = JSON.parse(serialized) as ScoreItemInput[];
    dirty.current = true;
    setStatus('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DELAY);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [serialized, save]);

  // Leaving the page (or the entry) must not drop what was typed in the last moments.
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });
  useEffect(
    () => () => {
      if (dirty.current) void saveRef.current();
    },
    [],
  );

  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await save();
  }, [save]);

  return { status, error, flush };
}
