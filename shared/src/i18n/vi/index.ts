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
 * Vietnamese is the first language: every key exists here first, and `en` must match its shape.
 * One file per feature; the sections keep the order they always had.
 */
export const vi = {
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

export type Messages = typeof vi;
