// The shape of an `applyFix` request, checked at the border: it comes from a page, not from the core.
import * as z from 'zod/mini';
import { wholeNumber } from '../book/wholeNumber';
import type { Cell } from '../cell';
import type { FixRequest, RowKey } from './types';

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

/**
 * The row key as `z.union([z.object({ col: position(MAX_COL), value: cell }), z.object({ digest:
 * z.string() })])` gives it back: the first form that fits, with its own fields only (a key with a
 * wrong `col` but a good `digest` is a key of its digest); undefined when neither fits. Written out
 * because the union weighs more in the Apps Script bundle than this test.
 */
function rowKeyOf(v: unknown): RowKey | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const { col, value, digest } = v as { col?: unknown; value?: unknown; digest?: unknown };
  // z.number() with wholeNumber: a finite, safe integer, here from 1 to MAX_COL.
  if (typeof col === 'number' && Number.isSafeInteger(col) && col >= 1 && col <= MAX_COL && isCell(value))
    return { col, value };
  // fingerprint's two 32-bit halves in base 36: at most 7 characters each.
  return typeof digest === 'string' && digest.length <= 20 ? { digest } : undefined;
}

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
    rowKey: z.custom<RowKey>((v) => rowKeyOf(v) !== undefined),
  }),
});

export const fixRequestSchema = {
  safeParse(input: unknown): { success: true; data: FixRequest } | { success: false } {
    const parsed = z.safeParse(schema, input);
    return parsed.success
      ? {
          success: true,
          data: {
            ...(parsed.data as FixRequest),
            fix: { ...parsed.data.fix, rowKey: rowKeyOf(parsed.data.fix.rowKey)! } as FixRequest['fix'],
          },
        }
      : { success: false };
  },
};
