// The demo book as a workbook file: the core's demo grids written as people keep their tabs.
import type { IsoDate } from '../core/cell';
import { demoBook } from '../core/demo/demoBook';
import { XlsxWorkbook } from './xlsxWorkbook';

export function demoWorkbook(today: IsoDate): XlsxWorkbook {
  const workbook = XlsxWorkbook.create();
  workbook.stampDates(today);
  for (const tab of demoBook(today).tabs)
    workbook.writeInputGrid(tab.spec, tab.name, tab.grid, tab.headerRow);
  return workbook;
}
