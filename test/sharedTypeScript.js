// `typescript` in every test file: the one copy test/sharedModulesEnvironment.js loaded in this worker.
module.exports = globalThis.__bukuTypeScript;
