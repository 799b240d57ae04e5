// What the .xlsx door refuses to read, so that no file can spend the machine's memory: each limit
// is checked before the memory is spent, and refused with one line in both languages.
import { text } from '../core/text';
import { WorkbookFileError } from './workbookFileError';

export interface XlsxLimits {
  /** Bytes of the whole package once unpacked (all parts together). */
  readonly unpackedBytes: number;
  /** Cells holding a value, over all tabs. */
  readonly cells: number;
  /** Characters of one cell's text; Excel itself stops at 32,767. */
  readonly textChars: number;
  /** Characters of all shared texts together. */
  readonly sharedTextChars: number;
}

/**
 * Chosen so that the largest district book (×10 of the bench: 1,000,000 Kas rows) reads well
 * inside them, and a file that passes them stays under 1 GB of memory.
 */
export const XLSX_LIMITS: XlsxLimits = {
  unpackedBytes: 1024 * 1024 * 1024,
  cells: 15_000_000,
  textChars: 1_000_000,
  sharedTextChars: 100_000_000,
};

const id = (n: number): string => n.toLocaleString('id-ID');
const en = (n: number): string => n.toLocaleString('en-US');

export function unpackedTooLarge(label: string, limit: number): WorkbookFileError {
  const [size, unit] = limit >= 1024 * 1024 ? [limit / (1024 * 1024), 'MB'] : [limit / 1024, 'KB'];
  const n = Math.floor(size);
  return new WorkbookFileError(
    'file.tooLarge',
    text(
      `${label} terlalu besar: isinya lebih dari ${id(n)} ${unit} setelah dibuka (batas alat ini)`,
      `${label} is too large: it holds more than ${en(n)} ${unit} once unpacked (this tool's limit)`,
    ),
  );
}

export function tooManyCells(label: string, limit: number): WorkbookFileError {
  return new WorkbookFileError(
    'file.tooLarge',
    text(
      `${label} terlalu besar: lebih dari ${id(limit)} sel berisi (batas alat ini)`,
      `${label} is too large: more than ${en(limit)} cells hold a value (this tool's limit)`,
    ),
  );
}

export function textTooLong(label: string, limit: number): WorkbookFileError {
  return new WorkbookFileError(
    'file.tooLarge',
    text(
      `${label} memuat teks lebih dari ${id(limit)} karakter dalam satu sel (batas alat ini; Excel berhenti di 32.767)`,
      `${label} holds a text of more than ${en(limit)} characters in one cell (this tool's limit; Excel stops at 32,767)`,
    ),
  );
}

export function sharedTextTooLarge(label: string, limit: number): WorkbookFileError {
  return new WorkbookFileError(
    'file.tooLarge',
    text(
      `${label} terlalu besar: teksnya lebih dari ${id(limit)} karakter (batas alat ini)`,
      `${label} is too large: its texts hold more than ${en(limit)} characters (this tool's limit)`,
    ),
  );
}
