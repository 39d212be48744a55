import type { DataSource } from 'typeorm';
import type { Logger } from '../log';
import type { Viewer } from '../../modules/auth/viewer';
import type { Services } from '../../modules/services';
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

/** The signed-in viewer, in a resolver behind `@Authorized`, which has already refused anyone else. */
export const viewerOf = (ctx: Context): Viewer => {
  if (!ctx.viewer) throw new Error('viewerOf used in a resolver without @Authorized');
  return ctx.viewer;
};
