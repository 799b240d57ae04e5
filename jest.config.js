/** Jest: the TypeScript tests in test/, mirroring src/, with types stripped by esbuild. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  transform: { '^.+\\.ts$': '<rootDir>/test/esbuildTransform.js' },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  // Every core: Jest's default leaves one of two cores to its idle parent process.
  maxWorkers: '100%',
  globalSetup: '<rootDir>/test/globalSetup.js',
  // The longest files first, also with an empty cache (test/longestFirstSequencer.js says why).
  testSequencer: '<rootDir>/test/longestFirstSequencer.js',
};
