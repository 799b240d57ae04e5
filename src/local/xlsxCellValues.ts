// Values across the .xlsx border: what exceljs holds becomes a core Cell, and back.
import type ExcelJS from 'exceljs';
import { isDateCell, type Cell } from '../core/cell';
import { isIsoDate, toYmd } from '../core/isoDate';

export type ExcelValue = ExcelJS.CellValue | undefined;

function richTextOf(value: { richText: readonly { text: string }[] }): string {
  return value.richText.map((part) => part.text).join('');
}

/** A JS Date from exceljs: date-only cells come at UTC midnight, so their UTC calendar date is the date. */
function dateCellOf(d: Date): Cell {
  if (Number.isNaN(d.getTime())) return null;
  const iso = d.toISOString().slice(0, 10);
  return isIsoDate(iso) ? { date: iso } : null;
}

/** One exceljs value as the core's Cell, exactly as the Sheets adapter normalises getValues(). */
export function normaliseCell(value: ExcelValue): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return dateCellOf(value);
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return normaliseCell(richTextOf(value));
    if ('error' in value) return String(value.error);
    if ('formula' in value || 'sharedFormula' in value) {
      return normaliseCell((value as { result?: ExcelValue }).result as ExcelValue);
    }
    if ('hyperlink' in value || 'text' in value) {
      const t = (value as { text?: unknown }).text;
      if (typeof t === 'string') return normaliseCell(t);
      if (t && typeof t === 'object' && 'richText' in t)
        return normaliseCell(richTextOf(t as ExcelJS.CellRichTextValue));
      return null;
    }
  }
  return null;
}

/** A core Cell as exceljs writes it: a date cell at UTC midnight of its calendar date. */
export function toExcelValue(value: Cell): ExcelJS.CellValue {
  if (value === null) return null;
  if (isDateCell(value)) {
    const { year, month, day } = toYmd(value.date);
    return new Date(Date.UTC(year, month - 1, day));
  }
  // Strings are written as (shared) strings: exceljs makes a formula only from { formula }, so
  // text beginning with =, +, - or @ stays text.
  return value;
}
