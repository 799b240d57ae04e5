// The fake behaves like Sheets where the add-on depends on it, and counts every call.
import { fakeServices, formatDate } from './fakeSpreadsheetApp';

function setup() {
  const fake = fakeServices({ timeZone: 'Asia/Jakarta' });
  const ss = fake.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Uji');
  return { fake, world: fake.world, ss, sheet };
}

describe('fake SpreadsheetApp', () => {
  it('adds up the CPU it spends inside service calls only when a bench asks, and a reset zeroes it', () => {
    const { world, sheet } = setup();
    const values = Array.from({ length: 1000 }, (_, r) => Array.from({ length: 20 }, (_, c) => r * 20 + c));
    sheet.getRange(1, 1, 1000, 20).setValues(values);
    expect(world.log.fakeCpuMicros).toBe(0);
    world.log.timeFake = true;
    const outer = process.cpuUsage();
    sheet.getRange(1, 1, 1000, 20).setValues(values);
    const around = process.cpuUsage(outer);
    // Inside the call, so never more than the CPU measured around it.
    expect(world.log.fakeCpuMicros).toBeGreaterThan(0);
    expect(world.log.fakeCpuMicros).toBeLessThanOrEqual(around.user + around.system);
    world.log.reset();
    expect(world.log.fakeCpuMicros).toBe(0);
    expect(world.log.calls).toEqual([]);
  });

  it('stores what setValues gets as Sheets does with typed input', () => {
    const { world, sheet } = setup();
    const date = world.typedDate('2026-11-28');
    sheet
      .getRange(1, 1, 1, 9)
      .setValues([
        ['=IMPORTXML("http://x","//a")', "'=x", '0812', 'TRUE', '+62 812', '-5', 'Budi', date, null],
      ]);
    expect(sheet.getRange(1, 1, 1, 9).getValues()).toEqual([
      ['#NAME?', '=x', 812, true, '#ERROR!', -5, 'Budi', date, ''],
    ]);
    expect(world.sheet('Uji')!.formulas()).toEqual(['A1: =IMPORTXML("http://x","//a")', 'E1: =+62 812']);
    const back = sheet.getRange(1, 8).getValue();
    expect(Object.prototype.toString.call(back)).toBe('[object Date]');
  });

  it('keeps what a person types into a plain-text cell as typed, and reads it elsewhere', () => {
    const { world, sheet } = setup();
    sheet.getRange('B1:B').setNumberFormat('@');
    const uji = world.sheet('Uji')!;
    for (const col of [1, 2]) {
      uji.type(1, col, '081234567890');
      uji.type(2, col, '=1+1');
    }
    expect(sheet.getRange(1, 1, 2, 2).getValues()).toEqual([
      [81234567890, '081234567890'],
      ['#NAME?', '=1+1'],
    ]);
    expect(uji.formulas()).toEqual(['A2: =1+1']);
  });

  it('reads a cell kept as its bare value as the same cell, through every getter and once written over', () => {
    const { world, sheet } = setup();
    const uji = world.sheet('Uji')!;
    // Kept as bare values (a test's or a bench's typed book), beside a cell kept whole.
    uji.put(1, 1, { value: 'Budi' });
    uji.put(1, 2, { value: 0 });
    uji.put(1, 3, { value: false });
    uji.put(1, 4, { value: '' });
    uji.put(2, 1, { value: 'Siti', note: 'ketua' });
    expect(uji.cells[0]).toEqual(['Budi', 0, false, '']);
    expect(uji.cell(1, 2)).toEqual({ value: 0 });
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:C2');
    const range = sheet.getRange(1, 1, 2, 4);
    expect(range.getValues()).toEqual([
      ['Budi', 0, false, ''],
      ['Siti', '', '', ''],
    ]);
    expect(range.getNumberFormats()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(range.getNotes()).toEqual([
      ['', '', '', ''],
      ['ketua', '', '', ''],
    ]);
    expect(range.getFormulas()[0]).toEqual(['', '', '', '']);
    // A format or a note keeps the value; a new value takes its place.
    sheet.getRange(1, 1).setFontWeight('bold');
    uji.put(1, 2, { note: 'nol' });
    sheet.getRange(1, 3).setValue(7);
    expect(uji.cell(1, 1)).toMatchObject({ value: 'Budi', fontWeight: 'bold' });
    expect(uji.cell(1, 2)).toEqual({ value: 0, note: 'nol' });
    expect(range.getValues()[0]).toEqual(['Budi', 0, 7, '']);
    sheet.clear();
    expect(range.getValues()).toEqual([
      ['', '', '', ''],
      ['', '', '', ''],
    ]);
    expect(range.getNotes()[1]![0]).toBe('ketua');
  });

  it('throws on a wrong shape and outside the sheet, with Sheets words', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1, 1, 2, 2).setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => sheet.getRange(1, 1, 1, 2).setValues([[1]])).toThrow('The number of columns in the data');
    expect(() => sheet.getRange(1001, 1)).toThrow('outside the dimensions of the sheet');
    expect(() => sheet.getRange('A2:A').setNumberFormat('@')).not.toThrow();
  });

  it('keeps tab names unique, ignoring case', () => {
    const { ss } = setup();
    expect(() => ss.insertSheet('uji')).toThrow('already exists');
    expect(ss.getSheetByName('UJI')?.getName()).toBe('Uji');
  });

  it('refuses writes to a viewer and fails loudly on a member it lacks', () => {
    const { world, sheet } = setup();
    world.readOnly = true;
    expect(() => sheet.getRange(1, 1).setValue(1)).toThrow('You do not have permission');
    expect(sheet.getRange(1, 1).getValue()).toBe('');
    expect(() => (sheet as unknown as { hideSheet(): void }).hideSheet()).toThrow(
      'Sheet.hideSheet is not implemented',
    );
  });

  it('counts every call by method', () => {
    const { world, sheet } = setup();
    world.log.reset();
    sheet.getRange(1, 1).setValue('x');
    sheet.getRange(1, 1).getValue();
    expect(world.log.byMethod()).toEqual({ 'Range.getValue': 1, 'Range.setValue': 1, 'Sheet.getRange': 2 });
  });

  it('lets a test hold the document lock elsewhere', () => {
    const { fake, world } = setup();
    const lock = fake.globals.LockService.getDocumentLock();
    expect(lock.tryLock(10)).toBe(true);
    lock.releaseLock();
    world.lockHeldElsewhere = true;
    expect(() => lock.waitLock(10)).toThrow('Lock timeout');
  });

  it('formats dates in a zone with the patterns the add-on uses', () => {
    const instant = new Date('2026-11-27T17:30:00Z');
    expect(formatDate(instant, 'Asia/Jakarta', 'yyyy-MM-dd HH:mm')).toBe('2026-11-28 00:30');
    expect(formatDate(instant, 'America/Los_Angeles', 'yyyy-MM-dd HH:mm:ss Z')).toBe(
      '2026-11-27 09:30:00 -0800',
    );
  });
});
