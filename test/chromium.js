// Debian's Chromium for the browser tests: where it is, how it is started, and which test files use it.
const path = require('node:path');

module.exports = {
  /** Whether it is installed: the browser tests skip without it. */
  CHROMIUM: '/usr/bin/chromium',
  /** What Playwright starts: CHROMIUM through test/chromium.sh, which keeps Playwright's disabled features. */
  launcher: path.join(__dirname, 'chromium.sh'),
  chromiumArgs: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    // Each browser context opens a hidden window whose omnibox popup is a page of its own
    // (chrome://omnibox-popup.top-chrome), redrawn without end: about a third of a core while a test
    // page is open, even idle (1.7 s of CPU in 5 s with it, 0.1 s without; 3 December 2026).
    '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup,WebUIOmniboxFullPopup',
  ],
  /** The files (under test/) that open pages in it, so that a run of other files does not start it. */
  browserTests: [
    'sidebar/sidebar.e2e.test.ts',
    'sidebar/memberMoney.e2e.test.ts',
    'sidebar/loansAtRisk.e2e.test.ts',
    'local/previewOrigin.test.ts',
  ],
};
