import type { DomainEvent } from '../infra/events/bus';
import type { Viewer } from './auth/viewer';
import { renewContext, type Context } from './context';
import { forbidden, unauthenticated } from '../infra/graphql/errors';

/** What a subscription is about, and who may watch it. */
export interface LiveFeed {
  /** the bus events of this subscription */
  events: (event: DomainEvent) => boolean;
  /**
   * May the viewer, as they are now, watch this at all? Asked when the subscription starts and
   * again before every event, with a renewed context; no ends it with FORBIDDEN.
   */
  stillAllowed: (viewer: Viewer, ctx: Context) => boolean | Promise<boolean>;
  /** Is this one event for the viewer as they are now? Not: it is skipped, the feed goes on. */
  shows?: (viewer: Viewer, event: DomainEvent) => boolean;
}

/** setTimeout takes at most this (about 24 days); a later expiry is left to the per-event check. */
const LONGEST_TIMER = 2 ** 31 - 1;

/**
 * The events of a subscription, each delivered only while its session lives and its access holds.
 * Before every event the viewer is resolved again from the token (one statement) and the feed's
 * access check re-run on them, and the loaders start empty, so each event reads current rows.
 * The feed ends with a coded error (UNAUTHENTICATED, FORBIDDEN) the moment the session is logged
 * out on any process (`session.ended`), lapses, or its person loses a role (`access.changed`),
 * without waiting for the feed's next event.
 */
export const liveFeed = async (
  ctx: Context,
  feed: LiveFeed,
): Promise<AsyncIterableIterator<DomainEvent>> => {
  const viewer = ctx.viewer;
  if (!viewer) throw unauthenticated();
  if (!(await feed.stillAllowed(viewer, ctx))) throw forbidden('OUTSIDE_SCOPE');
  const source = ctx.services.bus.subscribe(
    (e) =>
      (e.type === 'session.ended' && e.sessionId === viewer.sessionId) ||
      (e.type === 'access.changed' && e.userId === viewer.user.id) ||
      feed.events(e),
  );
  let timer: NodeJS.Timeout | undefined;
  const lapsed = new Promise<'lapsed'>((resolve) => {
    const wait = viewer.sessionExpiresAt.getTime() - Date.now();
    if (wait < LONGEST_TIMER) timer = setTimeout(() => resolve('lapsed'), Math.max(wait, 0));
    timer?.unref();
  });
  const stop = async (): Promise<IteratorResult<DomainEvent>> => {
    clearTimeout(timer);
    return source.return!();
  };
  /** graphql-ws sends what this throws to the client as the subscription's error, code and all. */
  const end = async (error: Error): Promise<never> => {
    await stop();
    throw error;
  };
  const iterator: AsyncIterableIterator<DomainEvent> = {
    next: async () => {
      for (;;) {
        const step = await Promise.race([source.next(), lapsed]);
        if (step === 'lapsed') return end(unauthenticated());
        if (step.done) return stop();
        const event = step.value;
        if (event.type === 'session.ended') return end(unauthenticated());
        const now = await renewContext(ctx);
        if (!now) return end(unauthenticated());
        if (!(await feed.stillAllowed(now, ctx))) return end(forbidden('OUTSIDE_SCOPE'));
        if (event.type === 'access.changed') continue; // only a reason to check again
        if (feed.shows && !feed.shows(now, event)) continue;
        return { value: event, done: false };
      }
    },
    return: stop,
    throw: async (error: unknown) => {
      await stop();
      throw error;
    },
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
};
