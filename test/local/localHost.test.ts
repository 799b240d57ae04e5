// The local Host: today in Asia/Jakarta unless given, preferences kept, selections recorded.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dateIn, LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const workbook = XlsxWorkbook.create();

describe('LocalHost', () => {
  it('takes today in Jakarta from the clock: 17:30 UTC is already the next day there', () => {
    const host = new LocalHost(workbook, { clock: () => new Date(Date.UTC(2026, 10, 27, 17, 30)) });
    expect(host.today()).toBe('2026-11-28');
    expect(host.now()).toBe('2026-11-28 00:30');
    const before = new LocalHost(workbook, { clock: () => new Date(Date.UTC(2026, 10, 27, 16, 59)) });
    expect(before.today()).toBe('2026-11-27');
    expect(dateIn('Asia/Jakarta', new Date(Date.UTC(2026, 11, 31, 17, 0)))).toBe('2027-01-01');
  });

  it('takes today as given, and keeps the clock time for "generated at"', () => {
    const host = new LocalHost(workbook, {
      today: '2026-03-01',
      clock: () => new Date(Date.UTC(2026, 10, 27, 3, 5)),
    });
    expect(host.today()).toBe('2026-03-01');
    expect(host.now()).toBe('2026-03-01 10:05');
  });

  it('runs under its lock, records selections, keeps preferences in a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bk-host-')), 'prefs.json');
    const host = new LocalHost(workbook, { prefsFile: file });
    expect(host.withLock(() => 42)).toBe(42);
    host.selectCell('Kas', 5, 3);
    expect(host.selected).toEqual([{ tab: 'Kas', row: 5, col: 3 }]);
    expect(host.getUserPref('lang')).toBeNull();
    host.setUserPref('lang', 'en');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'en' });
    expect(new LocalHost(workbook, { prefsFile: file }).getUserPref('lang')).toBe('en');
    expect(new LocalHost(workbook).getUserPref('lang')).toBeNull();
    expect(host.getUserPref('toString')).toBeNull();
  });
});
