// The Workbook contract over SpreadsheetApp (the counting fake), in a zone east of UTC.
import { isDateCell } from '../../src/core/cell';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { fakeServices, formatDate } from '../gas/fakeSpreadsheetApp';
import { workbookContract } from './workbookContract';

workbookContract('Google Sheets (fake SpreadsheetApp)', () => {
  const fake = fakeServices({ timeZone: 'Asia/Jakarta' });
  const app = fake.globals.SpreadsheetApp;
  return {
    workbook: new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates('Asia/Jakarta', formatDate)),
    addUserTab: (name, grid) => {
      // Typed into text-formatted cells: text stays text, dates are the zone's midnight.
      const sheet = fake.world.addSheet(name);
      grid.forEach((row, r) =>
        row.forEach((c, k) =>
          sheet.put(r + 1, k + 1, {
            value: isDateCell(c) ? { time: fake.world.typedDate(c.date).getTime() } : c === null ? '' : c,
          }),
        ),
      );
    },
  };
});
