// Values across the Sheets border: what getValues returns becomes a core Cell, and back.
import type { Cell } from '../core/cell';
import { isDateCell } from '../core/cell';
import type { ZoneDates } from './zoneDates';

/** A Date from any realm (Apps Script's, or node:vm's in the tests). */
export function isJsDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** A value from `getValues()`: '' is empty, a Date is the calendar date it shows in the zone. */
export function toCell(value: unknown, dates: ZoneDates): Cell {
  if (value === '' || value === null || value === undefined) return null;
  // Text and numbers first: asking every cell whether it is a Date was a tenth of reading a large book.
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (isJsDate(value)) return Number.isNaN(value.getTime()) ? null : dates.toCell(value);
  return String(value);
}

/**
 * A core Cell as `setValues` must receive it. Every text gets a leading apostrophe, which Sheets
 * keeps as "this is text" and does not show: without it `=…`, `+…`, `-…` and `@…` become
 * formulas, `0812…` a number without its zero, `TRUE` a boolean and `28/11/2026` a date.
 */
export function toSheetValue(cell: Cell, dates: ZoneDates): string | number | boolean | Date {
  if (cell === null) return '';
  if (isDateCell(cell)) return dates.fromIso(cell.date);
  if (typeof cell === 'string') return cell === '' ? '' : `'${cell}`;
  return cell;
}
