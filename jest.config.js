/** Jest: ts-jest over test/, mirroring src/. */
module.exports = {
  // Node's environment, with exceljs and zod/mini loaded once per worker rather than once per file (see the file).
  testEnvironment: '<rootDir>/test/sharedModulesEnvironment.js',
  moduleNameMapper: {
    '^exceljs$': '<rootDir>/test/sharedExcelJs.js',
    '^zod/mini$': '<rootDir>/test/sharedZodMini.js',
    '^typescript$': '<rootDir>/test/sharedTypeScript.js',
    '^playwright-core$': '<rootDir>/test/sharedPlaywright.js',
  },
  roots: ['<rootDir>/test'],
  transform: {
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: 'tsconfig.json',
        diagnostics: { warnOnly: false },
        // Built-ins bound once a file, not looked up through node:vm's global on every read (see the file).
        astTransformers: { before: ['<rootDir>/test/localBuiltins.js'] },
      },
    ],
  },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  // Every core: Jest's default leaves one of two cores to its idle parent process.
  maxWorkers: '100%',
  // Builds dist/ and starts the Chromium the browser tests share; the teardown closes it.
  globalSetup: '<rootDir>/test/globalSetup.js',
  globalTeardown: '<rootDir>/test/globalTeardown.js',
  // The longest files first, also with an empty cache (test/longestFirstSequencer.js says why).
  testSequencer: '<rootDir>/test/longestFirstSequencer.js',
};
