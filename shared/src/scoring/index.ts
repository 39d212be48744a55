export * from './threshold';
export * from './normalise';
export * from './rank';
export * from './tally';
export * from './points';
