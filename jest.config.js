/** Jest over test/, mirroring src/: TypeScript compiled by esbuild (test/esbuildTransform.js). */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // Type errors are `npm run typecheck`'s; ts-jest only transpiled too (isolatedModules), slower.
  transform: { '^.+\\.ts$': '<rootDir>/test/esbuildTransform.js' },
  testMatch: ['**/*.test.ts'],
  testTimeout: 60000,
  // Every core: Jest's default leaves one of two cores to its idle parent process.
  maxWorkers: '100%',
  globalSetup: '<rootDir>/test/globalSetup.js',
};
