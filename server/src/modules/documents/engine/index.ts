export * from './fonts';
export * from './text';
export * from './sheet';
export * from './heading';
export * from './signature';
export * from './pages';
export * from './table';
