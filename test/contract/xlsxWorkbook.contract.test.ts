// The Workbook contract over an .xlsx workbook file (exceljs).
import { membersTab } from '../../src/core/book/schema';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { workbookContract } from './workbookContract';

workbookContract('.xlsx file', () => {
  const workbook = XlsxWorkbook.create();
  return {
    workbook,
    addUserTab: (name, grid) => workbook.writeInputGrid(membersTab, name, grid, 1),
  };
});
