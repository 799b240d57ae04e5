// The shape of an `applyFix` request, checked at the border: it comes from a page, not from the core.
import * as z from 'zod/mini';
import { wholeNumber } from '../book/wholeNumber';
import type { Cell } from '../cell';
import type { FixRequest } from './types';

/** Sheets' own limits: 10 million cells, 18,278 columns (ZZZ); a cell holds at most 50,000 characters. */
const MAX_ROW = 10_000_000;
const MAX_COL = 18_278;
const MAX_TEXT = 50_000;

const text = z.string().check(z.maxLength(MAX_TEXT));
/**
 * A cell as a page sends it back: null, a boolean, a finite number, a text of at most MAX_TEXT
 * characters, or `{ date: 'yyyy-mm-dd' }`. One test rather than a `z.union` of five schemas, which
 * weighs 1.1 KB in the Apps Script bundle; a date cell's other fields, which nothing reads, are kept.
 */
function isCell(v: unknown): v is Cell {
  if (v === null || typeof v === 'boolean') return true;
  if (typeof v === 'number') return Number.isFinite(v);
  if (typeof v === 'string') return v.length <= MAX_TEXT;
  const date = typeof v === 'object' && !Array.isArray(v) ? (v as { date?: unknown }).date : undefined;
  return typeof date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(date);
}
const cell = z.custom<Cell>(isCell);
const position = (max: number) => z.number().check(wholeNumber(), z.gte(1), z.lte(max));

const schema = z.object({
  problemId: text,
  tab: z.string().check(z.minLength(1), z.maxLength(100)),
  row: position(MAX_ROW),
  col: position(MAX_COL),
  column: text,
  fix: z.object({
    value: cell,
    was: cell,
    label: z.object({ id: text, en: text }),
    rowKey: z.union([
      z.object({ col: position(MAX_COL), value: cell }),
      z.object({ cells: z.array(cell).check(z.maxLength(MAX_COL)) }),
    ]),
  }),
});

export const fixRequestSchema = {
  safeParse(input: unknown): { success: true; data: FixRequest } | { success: false } {
    const parsed = z.safeParse(schema, input);
    return parsed.success
      ? { success: true, data: parsed.data as FixRequest & { fix: { value: Cell } } }
      : { success: false };
  },
};
