// What only the .xlsx door needs to write a workbook: colours as ARGB and tab names as a link quotes
// them. The formats, column letters and list values both doors share are in core/spreadsheetSettings.

/** `#rrggbb` as the ARGB a workbook stores. */
export function argb(hex: string): string {
  return `FF${hex.replace('#', '').toUpperCase()}`;
}

/** A tab name as a formula or link quotes it. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
