import pino, { type Logger } from 'pino';

export type { Logger };

/** One JSON line per event on stdout; the request id travels in child loggers. */
export const createLogger = (level: string): Logger =>
  pino({ level, base: { service: 'vinh-danh' }, timestamp: pino.stdTimeFunctions.isoTime });
