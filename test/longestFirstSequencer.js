// Jest's test order: the longest files first, so that no long file starts last and runs alone on one
// core while the other idles. Jest's own sequencer does this from the durations in its cache; with an
// empty cache (a clean clone, CI) it falls back to file size, which started the LibreOffice file
// (small, 44 s) at the end. So the files known to be long carry an estimate for that case.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each long file took in a clean-clone CI run (2 cores, 30 Nov 2026; the two LibreOffice
 * files since they share out four starts as three, estimated): only the order
 * matters, so a stale figure costs a little idle time at the end, never a test.
 */
const knownSeconds = {
  'sidebar/sidebar.e2e.test.ts': 60,
  'local/libreoffice.test.ts': 30,
  'gas/allOrNothing.test.ts': 26,
  'core/api/apiRobustness.test.ts': 19,
  'gas/addon.test.ts': 18,
  'local/printSetup.test.ts': 30,
  'local/xlsxPartsPreserved.test.ts': 15,
  'local/xlsxHostileFiles.test.ts': 14,
  'sidebar/memberMoney.e2e.test.ts': 12,
  'local/cli.test.ts': 10,
  'core/book/readBookJunk.test.ts': 10,
  'sidebar/loansAtRisk.e2e.test.ts': 10,
  'local/cliExport.test.ts': 9,
  'local/cliProcessOutput.test.ts': 9,
  'local/export/exportBooks.test.ts': 8,
  'local/previewOrigin.test.ts': 8,
  'contract/setupUpgrade.contract.test.ts': 7,
};

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const seconds = (test) => {
      const cached = this.time(test);
      if (cached != null) return cached / 1000;
      const known = Object.keys(knownSeconds).find((f) => test.path.endsWith(`/test/${f}`));
      // An unknown file without a cached time: a small one, placed by its size among the rest.
      return known ? knownSeconds[known] : test.context.hasteFS.getSize(test.path) / 1e5;
    };
    const key = new Map(tests.map((t) => [t, seconds(t)]));
    return [...tests].sort(
      (a, b) => Number(this.hasFailed(b)) - Number(this.hasFailed(a)) || key.get(b) - key.get(a),
    );
  }
}

module.exports = LongestFirstSequencer;
