// Jest's node environment, with exceljs, zod/mini, typescript and playwright-core loaded once per worker
// process instead of once per test file.
//
// Jest gives every test file its own module registry inside a node:vm context, so each of the 36 files
// that read or write a workbook loaded and compiled exceljs (with JSZip, pako, saxes…) afresh: 0.35-0.55
// s of CPU each, and exceljs then ran with every global lookup going through the context. Here exceljs
// is required once by the worker itself and handed to each file (`test/sharedExcelJs.js`, mapped to
// `exceljs` in jest.config.js), which is how the command line runs it too: one realm, one copy.
//
// exceljs tells a date cell by `value instanceof Date` in its own realm, so the files get that realm's
// `Date` as well (the context's own would turn every date into an object cell). jest's fake clock still
// replaces it per file (`jest.useFakeTimers` sets this global). Other values do cross: what exceljs
// hands back (a rich-text or formula cell's object, its arrays) is the worker's, which the tests compare
// with `toEqual` (blind to realms); and exceljs keeps no state of its own between files.
//
// zod/mini likewise (`test/sharedZodMini.js`): 61 of the 148 files read rows through src/core/book,
// and loading zod's core cost each of them 75-100 ms of CPU. The add-on's schemas are still built per
// file. zod tells values by `typeof` and `Array.isArray`, a plain object by its prototype's own
// `isPrototypeOf` (any realm's), a date by `instanceof Date` (the worker's, shared above), and a
// check's result by `instanceof Promise` only to find async checks, which the add-on has none of. The
// add-on calls `safeParse` only, so no zod error meets a file's `instanceof`; and nothing registers
// schemas or sets zod's config, its only state.
//
// typescript likewise (`test/sharedTypeScript.js`), for the two files that compile with it
// (internalProps walks the API's types with its checker): ts-jest has it loaded in the worker already,
// so the files get it for nothing, and its checker runs in the worker's realm, not through the
// context's globals (internalProps about 4.2 s → 3.6 s, localBuiltins 1.0 → 0.5 s).
//
// playwright-core likewise (`test/sharedPlaywright.js`), for test/sharedBrowser.ts: loaded by the worker
// when a browser test first asks for it (about 0.5 s of CPU in a file's context), and its client then
// handles Chromium's messages outside the context. The four browser files used 6.5-7.1 s of the
// workers' CPU with it, 7.5-9.3 s without (3 December 2026).
const { TestEnvironment } = require('jest-environment-node');
const ExcelJS = require('exceljs');
const { keepRuleRanges, withExcelJsOwnReading } = require('./exceljsRuleRanges');
const zodMini = require('zod/mini');
const typescript = require('typescript');

// Dropdown rules read by range, not cell by cell (the file says why and what it keeps).
keepRuleRanges();

class SharedModulesEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    this.global.__bukuExcelJs = ExcelJS;
    this.global.__bukuExcelJsOwnReading = withExcelJsOwnReading;
    this.global.__bukuZodMini = zodMini;
    this.global.__bukuTypeScript = typescript;
    // Only the browser tests need it: loaded at the first of them (require caches it).
    Object.defineProperty(this.global, '__bukuPlaywright', { get: () => require('playwright-core') });
    this.global.Date = Date;
  }
}

module.exports = SharedModulesEnvironment;
