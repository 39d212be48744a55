export * from './working-days';
export * from './decision-number';
export * from './states';
