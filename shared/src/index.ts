export * from './codes';
export * from './auth/roles';
export * from './org/kinds';
export * from './text';
export * from './i18n';
export * from './lifecycle';
export * from './campaign/defaults';
export * from './model/form';
