// Sheets' own failures as HostErrors with stable codes, so the sidebar can explain them.
import { HostError } from '../core/workbook';

// Apps Script words these by the user's language; the English and Indonesian ones are matched.
// "You do not have permission to call SpreadsheetApp.getActiveSpreadsheet. Required permissions: …":
// the add-on not yet allowed, which asking the owner for edit access would not mend.
const NOT_AUTHORISED = /required permissions|authori[sz]ation is required|otorisasi/i;
const NO_PERMISSION = /permission|protected cell|izin|dilindungi/i;
// "This action would increase the number of cells in the workbook above the limit of 10000000 cells."
const CELL_LIMIT = /10[.,]?000[.,]?000/;

/** The error as a HostError when it is one the user can act on; otherwise unchanged. */
export function toHostError(error: unknown): unknown {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (NOT_AUTHORISED.test(message)) return new HostError('auth.required', message);
  if (NO_PERMISSION.test(message)) return new HostError('permission.denied', message);
  if (CELL_LIMIT.test(message)) return new HostError('sheet.cellLimit', message);
  return error;
}

/** Runs a Sheets call, turning a refusal to write into `HostError('permission.denied')`. */
export function sheetsCall<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    throw toHostError(error);
  }
}
