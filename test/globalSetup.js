// Builds dist/ once before the tests, so that the bundle tests load what `npm run build` writes, and
// starts the one Chromium the browser tests of this run share (test/sharedBrowser.ts connects to it),
// and names the one LibreOffice the print tests share (test/libreOffice.js says when it starts).
const { spawn } = require('node:child_process');
const { existsSync } = require('node:fs');
const path = require('node:path');
const { CHROMIUM, launcher, chromiumArgs, browserTests } = require('./chromium');
const { officeTests, unoPython } = require('./libreOffice');

/** `npm run build`, quietly; resolves when it has written dist/, rejects when it fails. */
function build() {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(__dirname, '..', 'scripts', 'build.mjs'), '--quiet'], {
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`the build exited with ${code}`))));
  });
}

module.exports = async (globalConfig) => {
  // A launch costs about 2 s of CPU: once for the run instead of once per browser test file, and not
  // at all when the paths named on the command line match no browser test. It starts beside the
  // build (each about 0.7-0.9 s of wall time here), not after it.
  const named = globalConfig.testPathPatterns.toExecutor({ rootDir: globalConfig.rootDir });
  const matched = (tests) => !named.isSet() || tests.some((f) => named.isMatch(path.join(__dirname, f)));
  const launching =
    matched(browserTests) && existsSync(CHROMIUM)
      ? require('playwright-core').chromium.launchServer({ executablePath: launcher, args: chromiumArgs })
      : undefined;
  const [built, launched] = await Promise.allSettled([build(), launching]);
  if (built.status === 'rejected') {
    // Jest runs no teardown after a failed set-up: a Chromium started beside the build closes here.
    if (launched.status === 'fulfilled') await launched.value?.close();
    throw built.reason;
  }
  if (launched.status === 'rejected') throw launched.reason;
  if (launched.value) {
    // Workers start after this and inherit the variable; globalTeardown closes the server.
    process.env.BUKU_CHROMIUM_WS = launched.value.wsEndpoint();
    globalThis.bukuChromiumServer = launched.value;
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
