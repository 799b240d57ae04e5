// Debian's Chromium for the browser tests: where it is, how it is started, and which test files use it.
module.exports = {
  CHROMIUM: '/usr/bin/chromium',
  chromiumArgs: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
  /** The files (under test/) that open pages in it, so that a run of other files does not start it. */
  browserTests: [
    'sidebar/sidebar.e2e.test.ts',
    'sidebar/memberMoney.e2e.test.ts',
    'sidebar/loansAtRisk.e2e.test.ts',
    'local/previewOrigin.test.ts',
  ],
};
