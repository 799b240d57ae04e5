// Jest's test order: the longest files first, so that no long file starts last and runs alone on one
// core while the other idles. Jest's own sequencer does this from the durations in its cache; with an
// empty cache (a clean clone, CI) it falls back to file size, which started the LibreOffice file
// (small, 44 s) at the end. So the files known to be long carry an estimate for that case.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each long file took in a whole run on 1 December 2026 at 06:42 (2 cores shared with other
 * work, load 6.5-9; after the built-ins were bound once a file, test/localBuiltins.js), but for the
 * two LibreOffice files: their figures are from a clean clone that converted (with its conversions
 * kept they take 4-7 s). Only the order matters, so a stale figure costs a little idle time at the
 * end, never a test.
 */
const knownSeconds = {
  'local/libreoffice.test.ts': 37,
  'sidebar/sidebar.e2e.test.ts': 29,
  'gas/allOrNothing.test.ts': 27,
  'core/api/apiRobustness.test.ts': 26,
  'local/cliExport.test.ts': 25,
  'local/printSetup.test.ts': 24,
  'local/export/exportAsOf.test.ts': 24,
  'gas/addon.test.ts': 22,
  'sidebar/memberMoney.e2e.test.ts': 14,
  'local/xlsxHostileFiles.test.ts': 14,
  'gas/bundle.test.ts': 13,
  'local/cliProcessOutput.test.ts': 13,
  'local/export/exportFolder.test.ts': 12,
  'contract/setupUpgrade.contract.test.ts': 12,
  'contract/adapters.test.ts': 11,
  'local/boundedHeap.test.ts': 11,
  'local/previewBook.test.ts': 11,
  'local/cli.test.ts': 10,
  'local/generatedSheetPart.test.ts': 10,
  'local/export/exportBooks.test.ts': 10,
  'gas/internalProps.test.ts': 10,
  'local/lazyExcelJs.test.ts': 10,
  'core/api/keptViews.test.ts': 9,
  'core/book/readBookJunk.test.ts': 8,
  'sidebar/loansAtRisk.e2e.test.ts': 7,
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
