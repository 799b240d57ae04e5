// `playwright-core` in every test file: the one copy test/sharedModulesEnvironment.js loads in this
// worker, when a browser test first asks for it.
module.exports = globalThis.__bukuPlaywright;
