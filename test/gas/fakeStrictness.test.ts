// The fake is as strict as Sheets where a lenient fake would let the add-on's tests pass wrongly:
// typed input, date cells by format, merges and freezing, protections, refusals half-way, AuthMode.
import { fakeServices } from './fakeSpreadsheetApp';

function setup() {
  const fake = fakeServices({ timeZone: 'Asia/Jakarta' });
  const app = fake.globals.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  const sheet = ss.insertSheet('Uji');
  return { fake, world: fake.world, app, ss, sheet };
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

describe('typed input, as Sheets converts it', () => {
  it('turns grouped numbers, percentages, dollars, dates and times into numbers and dates', () => {
    const { world, sheet } = setup();
    sheet
      .getRange(1, 1, 1, 7)
      .setValues([['1,500', '50%', '$5', '28/11/2026', '2026-11-28', '10:30', '1.500.000']]);
    const [row] = sheet.getRange(1, 1, 1, 7).getValues() as unknown[][];
    expect(row!.slice(0, 3)).toEqual([1500, 0.5, 5]);
    expect(isDate(row![3]) && row![3].getTime()).toBe(world.typedDate('2026-11-28').getTime());
    expect(isDate(row![4]) && row![4].getTime()).toBe(world.typedDate('2026-11-28').getTime());
    // A time is the wall-clock time of Sheets' day zero, 30 December 1899, in the zone.
    expect(isDate(row![5]) && row![5].getTime()).toBe(
      world.typedDate('1899-12-30').getTime() + 10.5 * 3_600_000,
    );
    // Indonesian grouping with dots is not a number in this locale: it stays text.
    expect(row![6]).toBe('1.500.000');
  });

  it('keeps text as typed in a plain-text (@) cell, or after a leading apostrophe', () => {
    const { sheet } = setup();
    sheet.getRange('A1:F1').setNumberFormat('@');
    sheet.getRange(1, 1, 1, 6).setValues([['1,500', '50%', '$5', '28/11/2026', '10:30', '=1+1']]);
    sheet.getRange(2, 1, 1, 3).setValues([["'1,500", "'28/11/2026", "'50%"]]);
    expect(sheet.getRange(1, 1, 2, 6).getValues()).toEqual([
      ['1,500', '50%', '$5', '28/11/2026', '10:30', '=1+1'],
      ['1,500', '28/11/2026', '50%', '', '', ''],
    ]);
  });

  it('a date cell reads as a Date only while its format shows a date; as a number otherwise', () => {
    const { world, sheet } = setup();
    sheet.getRange(1, 1, 1, 2).setValues([[world.typedDate('2026-11-28'), '28/11/2026']]);
    expect(sheet.getRange(1, 1, 1, 2).getValues().flat().every(isDate)).toBe(true);
    sheet.getRange(1, 1, 1, 2).setNumberFormat('#,##0');
    // 28 November 2026 is day 46,354 counted from 30 December 1899.
    expect(sheet.getRange(1, 1, 1, 2).getValues()).toEqual([[46354, 46354]]);
    sheet.getRange(1, 1, 1, 2).setNumberFormat('dd mmm yyyy');
    expect(sheet.getRange(1, 1, 1, 2).getValues().flat().every(isDate)).toBe(true);
  });
});

describe('merges and protections', () => {
  it('refuses to freeze rows through a merged cell', () => {
    const { sheet } = setup();
    sheet.getRange('A9:A10').merge();
    expect(() => sheet.setFrozenRows(9)).toThrow('only part of a merged cell');
    sheet.setFrozenRows(10);
    expect(sheet.getFrozenRows()).toBe(10);
  });

  it('protect() hands out the existing sheet protection; getProtections honours the type', () => {
    const { app, sheet } = setup();
    const first = sheet.protect().setDescription('satu');
    const again = sheet.protect();
    expect(again.getDescription()).toBe('satu');
    expect(first).toBe(again);
    expect(sheet.getProtections(app.ProtectionType.SHEET)).toHaveLength(1);
    expect(sheet.getProtections(app.ProtectionType.RANGE)).toHaveLength(0);
  });

  it('a viewer may not change a protection', () => {
    const { world, sheet } = setup();
    const p = sheet.protect();
    world.readOnly = true;
    expect(() => p.setWarningOnly(true)).toThrow('permission');
    expect(() => p.setDescription('x')).toThrow('permission');
  });
});

describe('refusals and authorisation', () => {
  it('a call can fail half-way through an action: the calls before it took effect', () => {
    const { world, sheet } = setup();
    world.failOn('Range.setValue', 2, 'Exception: Service Spreadsheets timed out');
    sheet.getRange(1, 1).setValue('satu');
    expect(() => sheet.getRange(2, 1).setValue('dua')).toThrow('timed out');
    sheet.getRange(3, 1).setValue('tiga');
    expect(world.sheet('Uji')!.values()).toEqual([['satu'], [''], ['tiga']]);
  });

  it('in AuthMode.NONE only the menu may be built; data calls throw', () => {
    const { world, app } = setup();
    world.authMode = 'NONE';
    expect(() => app.getUi().createAddonMenu().addItem('x', 'y').addToUi()).not.toThrow();
    expect(() => app.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
  });
});
