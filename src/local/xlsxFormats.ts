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

/** A generated tab's page margins, in inches: both .xlsx writers and printColumns.ts take them from here. */
export const PAGE_MARGINS = {
  left: 0.5,
  right: 0.5,
  top: 0.6,
  bottom: 0.6,
  header: 0.3,
  footer: 0.3,
} as const;

/**
 * A generated tab's row height, in points, where a row holds nothing taller: a line of Arial 10, the
 * tabs' font, as Sheets and Excel draw it. Not the book's default (15 pt, a line of Calibri 11): there
 * LibreOffice drew every row 15 pt high, and with Carlito (Calibri's metrics, as Excel) a member's
 * card with a loan ran two to four rows past its A4 page (the demo's 29 cards printed on 37 pages).
 */
export const GENERATED_ROW_HEIGHT = 12.75;

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
