// The zod check of a whole number in the row schemas and the fix request.
import * as z from 'zod/mini';

/**
 * A whole number, `message` (a problem code) when it is not. The same test as `z.int()`, whose
 * range is the safe integers, but as a refinement: `z.int()` brings zod's number-format checks
 * along, 1.3 KB of the Apps Script bundle that Apps Script parses on every call.
 */
export function wholeNumber(message?: string) {
  return z.refine<number>(Number.isSafeInteger, message);
}
