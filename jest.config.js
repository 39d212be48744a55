/**
 * Three projects: unit tests beside the code, integration tests over the real API and
 * PostgreSQL, and browser tests in headless Chromium. One database server for the whole run
 * (embedded unless DATABASE_URL), a fresh database per test file.
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

// @noble/ed25519 and @noble/hashes ship only ES modules; Jest (before Node 24.9) cannot require
// them, so these two, and only these, are compiled to CommonJS like our own sources.
const esmOnly = ['@noble/ed25519', '@noble/hashes'];

const common = {
  transform: { '^.+\\.tsx?$': swc, '^.+\\.js$': swc },
  transformIgnorePatterns: [
    `/node_modules/(?!(\\.pnpm/[^/]+/node_modules/)?(${esmOnly.join('|')})/)`,
  ],
  testEnvironment: 'node',
  testEnvironmentOptions: { customExportConditions: ['source', 'node', 'require', 'default'] },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

module.exports = {
  // Per project Jest ignores it: one limit for all, sized for the browser tests.
  testTimeout: 60000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/shared/src/**/*.test.ts',
        '<rootDir>/server/src/**/*.test.ts',
        '<rootDir>/web/src/**/*.test.ts',
      ],
      // Its `source` export is TypeScript that Jest would not compile: the published CommonJS.
      moduleNameMapper: {
        '^@internationalized/number$':
          '<rootDir>/web/node_modules/@internationalized/number/dist/index.cjs',
      },
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
    {
      ...common,
      displayName: 'browser',
      testMatch: ['<rootDir>/tests/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/tests/support/global-setup.ts',
      globalTeardown: '<rootDir>/tests/support/global-teardown.ts',
    },
  ],
};
