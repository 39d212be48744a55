import type { Messages } from '../vi';
import {
  app,
  lang,
  common,
  nav,
  roles,
  unitKinds,
  validation,
  numbers,
  graphiql,
  notFound,
} from './common';
import { errors } from './errors';
import { login } from './auth';
import { home, work } from './home';
import { units, unitPicker, users } from './org';
import { phases, awardTypes, campaigns } from './campaign';
import { states, actions, modelKinds, formParts, models, queue, queueRow } from './model';
import { notifications } from './notification';
import { councils } from './council';
import { rounds } from './round';
import { promotion } from './promotion';
import { minutes, documents } from './documents';
import { commendation } from './commendation';
import { commendationDesk } from './commendation-desk';
import { publicSite } from './public-site';

/**
 * Typed against `vi` twice over: each section as `Messages[section]` in its own file, and the
 * whole here, so a key missing (or extra) in English fails the typecheck.
 */
export const en: Messages = {
  app,
  errors,
  roles,
  unitKinds,
  lang,
  common,
  nav,
  login,
  home,
  queueRow,
  work,
  units,
  validation,
  numbers,
  unitPicker,
  users,
  states,
  actions,
  phases,
  awardTypes,
  modelKinds,
  formParts,
  campaigns,
  models,
  queue,
  notifications,
  councils,
  rounds,
  promotion,
  minutes,
  documents,
  commendation,
  commendationDesk,
  publicSite,
  graphiql,
  notFound,
};
