// What only the .xlsx door needs to write a workbook: colours as ARGB, tab names as a link quotes
// them, and the fonts of the cells it styles. The formats, column letters and list values
// both doors share are in core/spreadsheetSettings.

/**
 * The font of every cell of a generated tab: Arial, as Google Sheets draws a book, whose widths and
 * wrapped rows the tabs are measured for. Named, not left to the book's default font: a font
 * without a name is drawn in a serif by LibreOffice, and a book's own default (Calibri from Excel
 * or exceljs) is no font every machine has. Family 2 (sans serif) picks a like font where Arial is
 * missing.
 */
export const FONT = { name: 'Arial', family: 2 } as const;

/**
 * The font of an input tab's header and title: the default font of a book made here (exceljs's
 * Calibri 11, the theme's body font), so that they read as the cells below them, only bold.
 */
export const INPUT_FONT = { name: 'Calibri', family: 2, scheme: 'minor', size: 11 } as const;

/** `#rrggbb` as the ARGB a workbook stores. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A tab name as a formula or link quotes it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
