// Builds dist/ once before the tests, so that the bundle tests load what `npm run build` writes, and
// starts the one Chromium the browser tests of this run share (test/sharedBrowser.ts connects to it),
// and names the one LibreOffice the print tests share (test/libreOffice.js says when it starts).
const { execFileSync } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { CHROMIUM, chromiumArgs, browserTests } = require('./chromium');
const { officeTests, unoPython } = require('./libreOffice');

module.exports = async (globalConfig) => {
  execFileSync(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs'), '--quiet'], {
    stdio: 'inherit',
  });
  // A launch costs about 2 s of CPU: once for the run instead of once per browser test file, and not
  // at all when the paths named on the command line match no browser test.
  const named = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const matched = (tests) => !named.isSet() || tests.some((f) => named.isMatch(path.join(__dirname, f)));
  const wanted = matched(browserTests);
  if (wanted && existsSync(CHROMIUM)) {
    const { chromium } = require('playwright-core');
    const server = await chromium.launchServer({ executablePath: CHROMIUM, args: chromiumArgs });
    // Workers start after this and inherit the variable; globalTeardown closes the server.
    process.env.BUKU_CHROMIUM_WS = server.wsEndpoint();
    globalThis.bukuChromiumServer = server;
  }
  if (matched(officeTests)) {
    const python = unoPython();
    // Workers start after this and inherit the variables; without them each conversion starts its own.
    if (python) {
      process.env.BUKU_LO_PIPE = `buku-kelompok-lo-${process.pid}-${Date.now()}`;
      process.env.BUKU_LO_PYTHON = python;
    }
  }
};
