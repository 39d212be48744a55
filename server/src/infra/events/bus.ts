import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { EntityManager } from 'typeorm';
import type { CandidacyAction, CandidacyState, OpeningAction } from '@vinh-danh/shared';
import type { Logger } from '../log';

export type DomainEvent =
  | {
      type: 'candidacy.changed';
      candidacyId: string;
      /** the candidacy's unit path, so subscribers can filter by subtree */
      unitPath: string;
      action: CandidacyAction | OpeningAction;
      state: CandidacyState;
    }
  | { type: 'notification.created'; userId: string; notificationId: string }
  /** a round moved on, or its progress changed: a score sheet or a ballot names its entry */
  | { type: 'round.changed'; roundId: string; entryId?: string }
  /** a session was logged out: its live subscriptions end at once, on every process */
  | { type: 'session.ended'; sessionId: string }
  /** a person lost a role: their live subscriptions check their access again at once */
  | { type: 'access.changed'; userId: string };

const CHANNEL = 'vinh_danh_events';

/**
 * Domain events travel through PostgreSQL LISTEN/NOTIFY: published inside the transaction that
 * made the change (so they are delivered on commit and never on rollback), and received by every
 * server process on the database, each delivering to its own subscribers.
 */
export class EventBus {
  private readonly local = new EventEmitter().setMaxListeners(0);
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly url: string,
    private readonly log: Logger,
  ) {}

  static async publish(tx: EntityManager, event: DomainEvent): Promise<void> {
    await tx.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify(event)]);
  }

  async start(): Promise<void> {
    const client = new Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== CHANNEL || !msg.payload) return;
      this.local.emit('event', JSON.parse(msg.payload) as DomainEvent);
    });
    client.on('error', (error) => {
      if (this.client !== client) return; // a second error of a connection already given up
      this.log.error({ err: error }, 'event listener lost its connection; reconnecting');
      this.client = null;
      void client.end().catch(() => undefined);
      this.reconnectSoon();
    });
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    if (this.stopped) {
      await client.end();
      return;
    }
    this.client = client;
  }

  /**
   * Tries again every second until it is listening again, however long the database is away;
   * a stop cancels the next try, so that nothing runs after shutdown.
   */
  private reconnectSoon(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      this.start().catch((error: unknown) => {
        this.log.warn({ err: error }, 'event listener could not reconnect yet');
        this.reconnectSoon();
      });
    }, 1000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.retry = null;
    await this.client?.end();
    this.client = null;
  }

  /** Events that pass the filter, until the subscriber stops reading. */
  subscribe(filter: (event: DomainEvent) => boolean): AsyncIterableIterator<DomainEvent> {
    const queue: DomainEvent[] = [];
    let wake: (() => void) | null = null;
    let done = false;
    const listener = (event: DomainEvent) => {
      if (!filter(event)) return;
      queue.push(event);
      wake?.();
    };
    this.local.on('event', listener);
    const finish = async (): Promise<IteratorResult<DomainEvent>> => {
      done = true;
      this.local.off('event', listener);
      wake?.();
      return { value: undefined, done: true };
    };
    const iterator: AsyncIterableIterator<DomainEvent> = {
      next: async () => {
        while (!done && queue.length === 0) await new Promise<void>((r) => (wake = r));
        wake = null;
        return done ? { value: undefined, done: true } : { value: queue.shift()!, done: false };
      },
      return: finish,
      throw: async (error: unknown) => {
        await finish();
        throw error;
      },
      [Symbol.asyncIterator]: () => iterator,
    };
    return iterator;
  }
}
