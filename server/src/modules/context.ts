import type { DataSource } from 'typeorm';
import type { Logger } from '../infra/log';
import type { Viewer } from './auth/viewer';
import type { Services } from './services';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  requestId: string;
  log: Logger;
  services: Services;
  viewer: Viewer | null;
  /** The bearer token as sent, so that logout can revoke it. */
  token: string | null;
  /** Remote address, for throttling sign-in attempts. */
  ip: string;
  loaders: Loaders;
}

export const buildContext = (db: DataSource, base: Omit<Context, 'loaders'>): Context => ({
  ...base,
  loaders: createLoaders(db),
});

/**
 * Before each event of a subscription. graphql-ws builds one context when a subscription starts
 * and hands it to every event, so without this each event would read the rows its first one
 * cached in the loaders, and trust the viewer as they were when it started. Returns the viewer
 * as they are now: null once the session has been logged out or has lapsed.
 */
export const renewContext = async (ctx: Context): Promise<Viewer | null> => {
  ctx.viewer = ctx.token ? await ctx.services.auth.resolve(ctx.token) : null;
  ctx.loaders = createLoaders(ctx.services.db);
  return ctx.viewer;
};

/** The signed-in viewer, in a resolver behind `@Authorized`, which has already refused anyone else. */
export const viewerOf = (ctx: Context): Viewer => {
  if (!ctx.viewer) throw new Error('viewerOf used in a resolver without @Authorized');
  return ctx.viewer;
};
