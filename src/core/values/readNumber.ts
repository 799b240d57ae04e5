// Reads plain numbers (rates, land area, counts): number cells, and number text with a fix.
import { decimalText, text as t } from '../text';
import { isEmptyCell, type Cell } from '../cell';
import { maskPrivate } from './maskPrivate';
import { sheetNumber, shownCell, shownFigure } from './shownCell';
import { emptyReading, invalidReading, okReading, type ValueReading } from './valueReading';

// `1,5` (Indonesian decimal comma) or `1.5`; one separator at most, so `1.500,5` is never guessed at.
// Never three digits after it: `1.500` is 1.500 kg to an Indonesian reader and 1.5 to an English
// one, so it is not read (and no fix is offered) rather than guessed at (docs/book.md §2).
const DECIMAL_TEXT = /^(\d+)(?:[.,](\d{1,2}|\d{4,}))?$/;

function numberFix(value: string, n: number) {
  const number = decimalText(n);
  return {
    code: 'value.number.text' as const,
    args: { value, number },
    fix: { value: n, label: t(`Simpan sebagai angka ${number.id}`, `Store as the number ${number.en}`) },
  };
}

/**
 * A decimal number. Text is read as a number with a warning and a fix; `allowPercentSign` lets `1,5%`
 * through for rate columns, where the sign only repeats what the header says.
 */
export function readDecimal(
  cell: Cell | undefined,
  options: { readonly allowPercentSign?: boolean } = {},
): ValueReading<number> {
  if (isEmptyCell(cell)) return emptyReading;
  // A NIK or a phone number typed into a number column is no count or area: an error quoting it
  // masked, never a fix that would carry it whole into the sidebar (docs/book.md §10).
  if (
    maskPrivate(typeof cell === 'string' ? cell.trim() : typeof cell === 'number' ? cell : '') !== undefined
  ) {
    return invalidReading('value.private', { value: shownCell(cell).trim() });
  }
  if (typeof cell === 'number') {
    return Number.isFinite(cell)
      ? okReading(cell === 0 ? 0 : cell)
      : invalidReading('value.number.invalid', { value: String(cell) });
  }
  if (typeof cell !== 'string') return invalidReading('value.number.invalid', { value: shownCell(cell) });
  const shown = cell.trim();
  let s = shown;
  if (options.allowPercentSign) s = s.replace(/\s*%$/, '');
  const negative = s.startsWith('-');
  if (negative) s = s.slice(1).trim();
  const m = DECIMAL_TEXT.exec(s);
  if (!m) return invalidReading('value.number.invalid', { value: shown });
  const n = (negative ? -1 : 1) * Number(`${m[1]}.${m[2] ?? '0'}`);
  if (!Number.isFinite(n)) return invalidReading('value.number.invalid', { value: shown });
  return okReading(n === 0 ? 0 : n, numberFix(shown, n));
}

/**
 * A whole number (installments, attendance): whole at 15 significant digits (`sheetNumber`); a
 * fraction is an error, number text a warning with a fix.
 */
export function readWholeNumber(cell: Cell | undefined): ValueReading<number> {
  const r = readDecimal(cell);
  if (r.status !== 'ok') return r;
  const n = sheetNumber(r.value);
  return Number.isSafeInteger(n)
    ? { ...r, value: n }
    : invalidReading(Number.isInteger(n) ? 'value.number.tooLarge' : 'value.number.notWhole', {
        value: shownFigure(cell),
      });
}
