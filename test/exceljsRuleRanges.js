// exceljs, as the tests' "other program" reading a workbook, keeps each dropdown rule by its range.
//
// exceljs reading a sheet gives every cell of a rule's range a key of its own (`C2`, `C3`, … `C6140`),
// and writing a sheet squeezes those keys back into ranges, comparing each key's rule with its
// neighbours' deeply. An input tab the add-on writes carries its dropdowns 5,000 rows past the data
// (src/local/xlsxInputSheet.ts), so each read of the demo book made about 63,000 keys and each write
// of a read book compared them again: 12 of the 160 s of CPU of a whole run in one process (profiled
// on 5 December 2026, `jest --runInBand` with `--cpu-prof`), before the collections they caused.
//
// The add-on itself never reads a file with exceljs (it reads the package itself, src/local/xlsxPackageReader.ts),
// and writes its own rules by range (`dataValidations.add('C2:C6140', …)`), which exceljs writes as
// they are. Only the tests read files with exceljs, to look at what a user's program would see. Here a
// rule read from a file stays under its range (`C2:C6140`, each range of a `sqref` of several), and
// `getCell(…).dataValidation` finds the rule whose range holds the cell, the last one as exceljs's own
// last write wins. What a cell answers is exceljs's own answer: test/local/exceljsRuleRanges.test.ts
// compares it with exceljs's own reading, cell by cell, on the demo book.
const DataValidationsXform = require('exceljs/lib/xlsx/xform/sheet/data-validations-xform');
const DataValidations = require('exceljs/lib/doc/data-validations');
const colCache = require('exceljs/lib/utils/col-cache');

const originalParseClose = DataValidationsXform.prototype.parseClose;
const originalFind = DataValidations.prototype.find;

const ranges = new Map();

/** Whether the range `key` (`C2:C6140`) holds the cell at `address` (`C17`). */
function holds(key, address) {
  let range = ranges.get(key);
  if (range === undefined) ranges.set(key, (range = colCache.decodeEx(key)));
  if (!range.dimensions) return false;
  const cell = colCache.decodeAddress(address);
  return (
    cell.row >= range.top && cell.row <= range.bottom && cell.col >= range.left && cell.col <= range.right
  );
}

function parseClose(name) {
  if (name !== 'dataValidation') return originalParseClose.call(this, name);
  const rule = this._dataValidation;
  if (!rule.formulae || !rule.formulae.length) {
    delete rule.formulae;
    delete rule.operator;
  }
  for (const address of this._address.split(/\s+/g)) if (address) this.model[address] = rule;
  return true;
}

function find(address) {
  // In the order the rules were read or added: a later one over the cell wins.
  let found;
  for (const key of Object.keys(this.model)) {
    const rule = this.model[key];
    if (key === address || (rule !== undefined && key.includes(':') && holds(key, address))) found = rule;
  }
  return found;
}

function keepRuleRanges() {
  DataValidationsXform.prototype.parseClose = parseClose;
  DataValidations.prototype.find = find;
}

/** exceljs as it is, for the test that compares the two readings. */
function withExcelJsOwnReading(run) {
  DataValidationsXform.prototype.parseClose = originalParseClose;
  DataValidations.prototype.find = originalFind;
  const restore = () => keepRuleRanges();
  try {
    const result = run();
    if (result && typeof result.then === 'function') return result.finally(restore);
    restore();
    return result;
  } catch (e) {
    restore();
    throw e;
  }
}

module.exports = { keepRuleRanges, withExcelJsOwnReading };
