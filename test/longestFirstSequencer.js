// Jest's test order: the longest files first, so that no long file starts last and runs alone on one
// core while the other idles. Jest's own sequencer does this from the durations in its cache; with an
// empty cache (a clean clone, CI) it falls back to file size, which started the LibreOffice file
// (small, 44 s) at the end. So the files known to be long carry an estimate for that case.
const Sequencer = require('@jest/test-sequencer').default;

/**
 * Seconds each long file took in a clean-clone run with an empty jest cache (2 cores shared with other
 * work, load 5-6, 1 December 2026): only the order matters, so a stale figure costs a little idle
 * time at the end, never a test.
 */
const knownSeconds = {
  'sidebar/sidebar.e2e.test.ts': 37,
  'local/libreoffice.test.ts': 37,
  'local/export/exportAsOf.test.ts': 27,
  'core/api/keptViews.test.ts': 24,
  'local/printSetup.test.ts': 24,
  'gas/allOrNothing.test.ts': 21,
  'gas/bundle.test.ts': 20,
  'local/boundedHeap.test.ts': 15,
  'local/previewBook.test.ts': 14,
  'local/generatedSheetPart.test.ts': 14,
  'local/cliOut.test.ts': 13,
  'core/api/apiRobustness.test.ts': 13,
  'gas/internalProps.test.ts': 13,
  'gas/addon.test.ts': 12,
  'local/cliProcessOutput.test.ts': 11,
  'sidebar/memberMoney.e2e.test.ts': 10,
  'local/xlsxHostileFiles.test.ts': 10,
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
