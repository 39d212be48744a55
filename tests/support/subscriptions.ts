import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

/** How a subscription ended: the code of its error, COMPLETE, or the socket's close code. */
const endingOf = (reason: unknown): string => {
  if (reason === COMPLETE) return 'COMPLETE';
  const first = Array.isArray(reason) ? reason[0] : reason;
  const code = (first as { extensions?: { code?: unknown } } | null)?.extensions?.code;
  if (typeof code === 'string') return code;
  const closed = (first as { code?: unknown } | null)?.code;
  return typeof closed === 'number' ? `closed ${closed}` : String(first);
};
const COMPLETE = Symbol('complete');

/**
 * A graphql-ws client as the web app opens one: same /graphql path, the bearer token in the
 * connection parameters. `next()` waits for the next event, failing after `ms`.
 */
export const subscribe = async <T>(
  baseUrl: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
) => {
  const client: Client = createClient({
    url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    lazy: false,
    retryAttempts: 0,
  });
  const events: T[] = [];
  const errors: unknown[] = [];
  let delivered = 0;
  let ended: unknown = null;
  let wake: (() => void) | null = null;
  let ready!: () => void;
  const acknowledged = new Promise<void>((resolve) => (ready = resolve));
  client.on('connected', () => ready());
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        if (value.errors) errors.push(value.errors);
        else {
          events.push(value.data as T);
          delivered += 1;
        }
        wake?.();
      },
      error: (error) => {
        errors.push(error);
        ended ??= error;
        wake?.();
      },
      complete: () => {
        ended ??= COMPLETE;
        wake?.();
      },
    },
  );
  await acknowledged;
  // the server registers the subscription right after the subscribe message; give it a moment
  await new Promise((r) => setTimeout(r, 150));
  return {
    events,
    errors,
    async next(ms = 5000): Promise<T> {
      const until = Date.now() + ms;
      while (events.length === 0 && errors.length === 0 && Date.now() < until) {
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 50);
        });
      }
      if (errors.length) throw new Error(`subscription error: ${JSON.stringify(errors[0])}`);
      if (!events.length) throw new Error('no event within the time allowed');
      return events.shift()!;
    },
    /**
     * Waits until the subscription has ended (an error, a completion) or has delivered `count`
     * events, whichever comes first, and says which: a check that it delivered nothing needs no
     * quiet period, only the events a control subscriber received meanwhile.
     */
    async outcome(count: number, ms = 5000): Promise<{ events: number; ended: string | null }> {
      const until = Date.now() + ms;
      while (ended === null && delivered < count && Date.now() < until) {
        await new Promise<void>((r) => {
          wake = r;
          setTimeout(r, 50);
        });
      }
      return { events: delivered, ended: ended === null ? null : endingOf(ended) };
    },
    async close() {
      dispose();
      await client.dispose();
    },
  };
};
