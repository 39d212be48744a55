import { useCallback, useEffect, useRef, useState } from 'react';
import { ErrorCode } from '@vinh-danh/shared';
import type { UpdateModelInput } from '../../../gql/graphql';
import { hasErrorCode } from '../../common/errors';
import { useUpdateModel } from './useUpdateModel';

export type AutosaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed' | 'conflict';

type Changes = Omit<UpdateModelInput, 'id' | 'version'>;

const DELAY = 800;

/**
 * Saves a draft model shortly after the user stops typing. Each save names the version the last
 * one returned; a CONFLICT (someone else saved in between) stops saving until the page is
 * reloaded, so nobody's work is overwritten silently. One save at a time: changes made while a
 * save is on its way go in the next one.
 */
export function useAutosave(model: { id: string; version: number }, changes: Changes | null) {
  const { updateModel } = useUpdateModel();
  const [status, setStatus] = useState<AutosaveStatus>('idle');
  const [error, setError] = useState<unknown>(null);
  const version = useRef(model.version);
  const latest = useRef<Changes | null>(null);
  const inFlight = useRef<Promise<void> | null>(null);
  const dirty = useRef(false);
  const stopped = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const serialized = changes ? JSON.stringify(changes) : null;
  const first = useRef(serialized);

  // The mutation function is new on every render; the ref keeps the save loop on the latest.
  const mutate = useRef(updateModel);
  useEffect(() => {
    mutate.current = updateModel;
  });

  const save = useCallback(async (): Promise<void> => {
    while (inFlight.current) await inFlight.current;
    if (stopped.current) return;
    if (!dirty.current || !latest.current) return;
    const sending = latest.current;
    dirty.current = false;
    setStatus('saving');
    inFlight.current = (async () => {
      try {
        const saved = await mutate.current({ id: model.id, version: version.current, ...sending });
        if (saved) version.current = saved.version;
        setError(null);
        setStatus(dirty.current ? 'pending' : 'saved');
      } catch (e) {
        setError(e);
        if (hasErrorCode(e, ErrorCode.CONFLICT)) {
          stopped.current = true;
          setStatus('conflict');
        } else {
          dirty.current = true;
          setStatus('failed');
        }
      }
    })();
    await inFlight.current;
    inFlight.current = null;
  }, [model.id]);

  useEffect(() => {
    // Nothing to save until the user changes something (or while the draft is invalid).
    if (serialized === null || serialized === first.current) return;
    first.current = null;
    latest.current = JSON.parse(serialized) as Changes;
    dirty.current = true;
    if (!stopped.current) setStatus('pending');
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => void save(), DELAY);
    return () => {
      if (timer.current) clearTimeout(timer.current);
    };
  }, [serialized, save]);

  /**
   * Runs another change of the model (an evidence upload or removal, which also moves its
   * version) between saves, and carries on from the version that change returns.
   */
  const exclusive = useCallback(
    async (change: () => Promise<number | null>) => {
      if (timer.current) clearTimeout(timer.current);
      while (inFlight.current) await inFlight.current;
      inFlight.current = (async () => {
        const next = await change().catch(() => null);
        if (next !== null) version.current = next;
      })();
      await inFlight.current;
      inFlight.current = null;
      if (dirty.current) void save();
    },
    [save],
  );

  /** Saves now what is still waiting (before leaving the page, or before submitting). */
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    await save();
    return !stopped.current && !dirty.current;
  }, [save]);

  return { status, error, flush, exclusive };
}
