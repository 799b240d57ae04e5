// The local Host: today in Asia/Jakarta unless given, preferences kept, selections recorded.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { membersTab } from '../../src/core/book/schema';
import { HostError } from '../../src/core/workbook';
import { dateIn, LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';

const workbook = XlsxWorkbook.create();
workbook.createInputTab({ ...membersTab, name: 'Kas', aliases: [] }, []);

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

  it('stamps the day alone when the day was given (--today), whatever the time', () => {
    const at = (hour: number) =>
      new LocalHost(workbook, {
        today: '2026-03-01',
        dayOnly: true,
        clock: () => new Date(Date.UTC(2026, 10, 27, hour)),
      });
    expect(at(3).now()).toBe('2026-03-01');
    expect(at(20).now()).toBe('2026-03-01');
    expect(at(3).today()).toBe('2026-03-01');
  });

  it('runs under its lock, records the last selection, keeps preferences in a file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bk-host-')), 'prefs.json');
    const host = new LocalHost(workbook, { prefsFile: file });
    expect(host.withLock(() => 42)).toBe(42);
    host.selectCell('Kas', 5, 3);
    expect(host.selected).toEqual({ tab: 'Kas', row: 5, col: 3 });
    host.selectCell('Kas', 1_048_576, 16_384);
    expect(host.selected).toEqual({ tab: 'Kas', row: 1_048_576, col: 16_384 });
    expect(host.getUserPref('lang')).toBeNull();
    host.setUserPref('lang', 'en');
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ lang: 'en' });
    expect(new LocalHost(workbook, { prefsFile: file }).getUserPref('lang')).toBe('en');
    expect(new LocalHost(workbook).getUserPref('lang')).toBeNull();
    expect(host.getUserPref('toString')).toBeNull();
  });

  it('keeps a preference only once its file took it', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'bk-host-')), 'no-such-folder', 'prefs.json');
    const host = new LocalHost(workbook, { prefsFile: file });
    expect(() => host.setUserPref('lang', 'en')).toThrow('ENOENT');
    expect(host.getUserPref('lang')).toBeNull();
  });

  it('selects only a cell that can exist, and keeps nothing of a refused call (bounded memory)', () => {
    const host = new LocalHost(workbook);
    host.selectCell('Kas', 2, 2);
    const refusal = (tab: string, row: number, col: number) => {
      try {
        host.selectCell(tab, row, col);
      } catch (e) {
        return e instanceof HostError ? { code: e.code, params: e.params } : e;
      }
      return null;
    };
    const huge = 'x'.repeat(1 << 20);
    expect(refusal(huge, 1, 1)).toEqual({ code: 'tab.missing', params: { tab: 'x'.repeat(100) } });
    expect(refusal('Kas', 1_048_577, 1)).toEqual({
      code: 'cell.outside',
      params: { tab: 'Kas', cell: 'R1048577C1' },
    });
    expect(refusal('Kas', 1, 16_385)).toEqual({
      code: 'cell.outside',
      params: { tab: 'Kas', cell: 'R1C16385' },
    });
    expect(refusal('Kas', 0, 1)).toEqual({ code: 'cell.outside', params: { tab: 'Kas', cell: 'R0C1' } });
    // 200 calls with a megabyte each leave one selection behind, not 200 megabytes.
    for (let i = 0; i < 200; i += 1) refusal(`${huge}${i}`, i + 1, 1);
    for (let i = 0; i < 200; i += 1) host.selectCell('Kas', i + 1, 1);
    expect(host.selected).toEqual({ tab: 'Kas', row: 200, col: 1 });
  });
});
