import { readdirSync } from 'node:fs';

/**
 * Five projects, one runner. Unit specs sit beside the code; integration specs use real PostgreSQL
 * (a database per test file, cloned from a migrated template by libs/testing); e2e specs boot the Nest app
 * and worker; reliability specs kill a worker or restart Redis under load; browser specs drive Debian's chromium through playwright-core against the built web app.
 */
const libs = readdirSync(new URL('./libs/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** @type {import('jest').Config} */
const shared = {
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: {
    ...Object.fromEntries(libs.map((lib) => [`^#${lib}$`, `<rootDir>/libs/${lib}/src/index.ts`])),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
const config = {
  rootDir: '.',
  // Global options: Jest ignores them inside a project.
  testTimeout: 30_000,
  // Each test file imports the app afresh into a vm context, and those module graphs are not all freed
  // afterwards: a single process running every file ran out of heap. Workers above this size after a file
  // are replaced, so the suite's memory stays flat however many files it grows to.
  workerIdleMemoryLimit: '1536MB',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/{apps,libs}/**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/{apps,libs,test}/**/*.int-spec.ts'],
    },
    { ...shared, displayName: 'e2e', testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'] },
    // Kill a worker or restart Redis under load and check nothing is lost: run on their own, one at a time,
    // since other files' load beside them only measures the machine.
    { ...shared, displayName: 'reliability', testMatch: ['<rootDir>/test/reliability/**/*.e2e-spec.ts'] },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.browser-spec.ts'],
    },
  ],
};

export default config;
