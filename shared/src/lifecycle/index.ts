export * from './states';
export * from './table';
export * from './validate';
