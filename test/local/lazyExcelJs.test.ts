// A command that only reads a book, or writes generated tabs (written as their own parts), never
// loads exceljs: its loading was most of a small `check`'s CPU (XlsxWorkbook's scratch workbook is
// made on first use). A command that builds a new workbook still loads it, which shows the probe
// sees a load.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { demoBytes } from './demoBytes';

const cliMain = join(__dirname, '..', '..', 'dist', 'cliMain.js');
const TODAY = '2026-11-30';
let dir: string;
let book: string;
let probe: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'buku-lazy-exceljs-'));
  book = join(dir, 'buku.xlsx');
  writeFileSync(book, await demoBytes(TODAY));
  probe = join(dir, 'probe.js');
  // Preloaded into the command's process: says on stderr, as it exits, whether exceljs was loaded.
  writeFileSync(
    probe,
    `process.on('exit', () => process.stderr.write(Object.keys(require.cache).some((k) => /[\\\\/]node_modules[\\\\/]exceljs[\\\\/]/.test(k)) ? 'EXCELJS LOADED\\n' : 'EXCELJS NOT LOADED\\n'));`,
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `dist/cliMain.js` (the commands, without the launcher's worker) and reads the probe's line. */
function excelJsLoaded(args: readonly string[]): { loaded: boolean; status: number | null } {
  const run = spawnSync(process.execPath, ['--require', probe, cliMain, ...args, '--today', TODAY], {
    encoding: 'utf8',
  });
  const line = /EXCELJS (NOT )?LOADED/.exec(run.stderr);
  if (!line) throw new Error(`no probe line; stderr: ${run.stderr}`);
  return { loaded: line[1] === undefined, status: run.status };
}

describe('exceljs is loaded only by a command that builds a workbook in it', () => {
  it('check reads and checks the book without it', () => {
    // The demo book has one deliberate error: check exits 1.
    expect(excelJsLoaded(['check', book])).toEqual({ loaded: false, status: 1 });
  });

  it('balances --out writes its generated tabs without it', () => {
    expect(excelJsLoaded(['balances', book, '--out', join(dir, 'saldo.xlsx')])).toEqual({
      loaded: false,
      status: 0,
    });
  });

  it('demo builds a new workbook in it, so it is loaded there', () => {
    expect(excelJsLoaded(['demo', '--out', join(dir, 'demo.xlsx')]).loaded).toBe(true);
  });
});
