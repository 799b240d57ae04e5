// The Host over Apps Script: the zone's today, the document lock, user preferences, selection.
import { LOCK_WAIT_MS, SheetsHost } from '../../src/gas/sheetsHost';
import { fakeServices, formatDate } from './fakeSpreadsheetApp';

function setup(timeZone = 'Asia/Jakarta') {
  const fake = fakeServices({ timeZone });
  return { fake, world: fake.world, host: new SheetsHost(fake.globals) };
}

describe('SheetsHost', () => {
  it("gives today and now in the spreadsheet's time zone", () => {
    const { host } = setup('Pacific/Kiritimati');
    const before = formatDate(new Date(), 'Pacific/Kiritimati', 'yyyy-MM-dd');
    const today = host.today();
    expect([before, formatDate(new Date(), 'Pacific/Kiritimati', 'yyyy-MM-dd')]).toContain(today);
    expect(host.now()).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
    expect(host.now().slice(0, 10) >= today).toBe(true);
  });

  it('runs under the document lock, waits a bounded time, and releases it', () => {
    const { world, host } = setup();
    expect(host.withLock(() => world.lockHeld)).toBe(true);
    expect(world.lockHeld).toBe(false);
    expect(world.lockWaits).toEqual([LOCK_WAIT_MS]);
    expect(world.log.count('SpreadsheetApp.flush')).toBe(1);
  });

  it('a lock held elsewhere is HostError lock.timeout and the action does not run', () => {
    const { world, host } = setup();
    world.lockHeldElsewhere = true;
    let ran = false;
    expect(() =>
      host.withLock(() => {
        ran = true;
      }),
    ).toThrow(expect.objectContaining({ code: 'lock.timeout' }));
    expect(ran).toBe(false);
  });

  it('releases the lock when the action fails, and names a refusal to write', () => {
    const { world, host } = setup();
    world.readOnly = true;
    expect(() => host.withLock(() => host.workbook.writeCell('X', 1, 1, 1))).toThrow(
      expect.objectContaining({ code: 'tab.notFound' }),
    );
    world.addSheet('X');
    expect(() => host.withLock(() => host.workbook.writeCell('X', 1, 1, 1))).toThrow(
      expect.objectContaining({ code: 'permission.denied' }),
    );
    expect(world.lockHeld).toBe(false);
  });

  it('keeps user preferences and selects a cell', () => {
    const { world, host } = setup();
    expect(host.getUserPref('lang')).toBeNull();
    host.setUserPref('lang', 'en');
    expect(host.getUserPref('lang')).toBe('en');
    world.addSheet('Kas');
    host.selectCell('Kas', 5, 3);
    expect(world.activeRange).toEqual({ sheet: 'Kas', a1: 'C5' });
    host.selectCell('Kas', 0, 0);
    expect(world.activeRange).toEqual({ sheet: 'Kas', a1: 'A1' });
    expect(() => host.selectCell('Hilang', 1, 1)).toThrow(expect.objectContaining({ code: 'tab.notFound' }));
  });
});
