import path from 'node:path';
import { z } from 'zod';

/** The project's root: server/src and server/dist both sit two levels below it. */
export const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATA_DIR: z.string().min(1).default(path.join(PROJECT_ROOT, '.data')),
  /** evidence files; DATA_DIR/files when unset */
  FILES_DIR: z.string().min(1).optional(),
  EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
  SESSION_TTL_HOURS: z.coerce
    .number()
    .positive()
    .max(24 * 30)
    .default(12),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).max(100).default(5),
  LOGIN_BLOCK_MINUTES: z.coerce
    .number()
    .positive()
    .max(24 * 60)
    .default(15),
  DEMO_SEED: flag.default(true),
  /**
   * The day the commendation desk takes as today (YYYY-MM-DD), for a demonstration or a test of
   * the turn of a year; Vietnam's real date when unset.
   */
  CLOCK_TODAY: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /** objections the public form takes from one address in an hour */
  OBJECTIONS_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  DEMO_PASSWORD: z.string().min(8).default('vinhdanh2026'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST: z.string().default(path.join(PROJECT_ROOT, 'web', 'dist')),
  /** the public address certificates' QR codes point to; unset: the address a request came to */
  PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/]+$/, 'must be an http(s) origin with no path, e.g. https://vinhdanh.vn')
    .optional(),
});

export type Config = z.infer<typeof schema>;

/**
 * Reads the configuration from the environment and stops with a message naming every bad
 * variable, rather than failing later somewhere less obvious.
 */
export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const parsed = schema.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '')),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
};

/** A configuration for tests and scripts: the defaults, overridden by what is given. */
export const configWith = (overrides: Partial<Config>): Config => ({
  ...loadConfig({}),
  ...overrides,
});
