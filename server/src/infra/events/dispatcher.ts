import type { EntityManager } from 'typeorm';

export type Handler<E> = (tx: EntityManager, event: E) => Promise<void>;

/**
 * Domain events handled inside the transaction that raised them: a subscriber's writes (a
 * notification, a broadcast on commit) commit or roll back with the change itself. The engine
 * raises, the composition root decides who listens, so the engine names no feature.
 */
export class Dispatcher<E> {
  private readonly handlers: Array<Handler<E>> = [];

  on(handler: Handler<E>): this {
    this.handlers.push(handler);
    return this;
  }

  async emit(tx: EntityManager, event: E): Promise<void> {
    for (const handler of this.handlers) await handler(tx, event);
  }
}
