// The cell formats of generated tabs written straight into a package's styles part: each distinct
// look (number format, font, fill, alignment) is appended once, as exceljs would write it, and
// every cell of that look shares its index. Every font is named (FONT): the book's own styles are
// left as they are, its default font included.
import { DATE_FORMAT } from '../core/spreadsheetSettings';
import type { StylesEditor } from './xlsxStylesMerge';
import { argb, FONT } from './xlsxFormats';
import { escapeXml } from './xlsxText';

/** How one cell of a generated tab looks. */
export interface GeneratedCellLook {
  readonly numFmt: string;
  readonly size: number;
  readonly bold: boolean;
  readonly italic: boolean;
  /** Blue and underlined, as a link. */
  readonly link: boolean;
  readonly wrap: boolean;
  /** Aligned to the top (a row grown for wrapped text). */
  readonly top: boolean;
  readonly align: 'left' | 'center' | 'right' | undefined;
  /** `#rrggbb`, or none. */
  readonly background: string | undefined;
}

/** Number formats a workbook knows by id without declaring them (as exceljs writes them). */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

export class GeneratedCellStyles {
  private readonly xfs = new Map<string, number>();
  private readonly fonts = new Map<string, number>();
  private readonly fills = new Map<string, number>();
  private border: number | undefined;
  /** Cell format index → it shows a date (for reading a written tab back). */
  readonly dateStyles: boolean[] = [];

  constructor(private readonly styles: StylesEditor) {}

  /** The index of the cell format of `look`, appended the first time it is asked for. */
  xf(look: GeneratedCellLook): number {
    const key = `${look.numFmt}|${look.size}|${look.bold ? 1 : 0}${look.italic ? 1 : 0}${look.link ? 1 : 0}${look.wrap ? 1 : 0}${look.top ? 1 : 0}|${look.align ?? ''}|${look.background ?? ''}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      index = this.append(look);
      this.xfs.set(key, index);
      if (look.numFmt === DATE_FORMAT) this.dateStyles[index] = true;
    }
    return index;
  }

  private append(look: GeneratedCellLook): number {
    const numFmtId = BUILT_IN_FORMATS[look.numFmt] ?? this.styles.numFmt(look.numFmt);
    const fontXml = `<font>${look.bold ? '<b/>' : ''}${look.italic ? '<i/>' : ''}${look.link ? '<u/><color rgb="FF1155CC"/>' : ''}<family val="${FONT.family}"/><sz val="${look.size}"/><name val="${FONT.name}"/></font>`;
    const fontId = this.once(this.fonts, fontXml, 'fonts');
    // A fill and a border of their own, not the part's first ones: a book may have given those a look.
    const fillXml =
      look.background === undefined
        ? '<fill><patternFill patternType="none"/></fill>'
        : `<fill><patternFill patternType="solid"><fgColor rgb="${escapeXml(argb(look.background))}"/></patternFill></fill>`;
    const fillId = this.once(this.fills, fillXml, 'fills');
    this.border ??= this.styles.append(
      'borders',
      '<border><left/><right/><top/><bottom/><diagonal/></border>',
    );
    const aligned = look.wrap || look.top || look.align !== undefined;
    const alignment = aligned
      ? `<alignment${look.align ? ` horizontal="${look.align}"` : ''}${look.top ? ' vertical="top"' : ''}${look.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const applies = `${numFmtId === 0 ? '' : ' applyNumberFormat="1"'} applyFont="1"${look.background === undefined ? '' : ' applyFill="1"'}${aligned ? ' applyAlignment="1"' : ''}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${this.border}" xfId="0"${applies}`;
    return this.styles.append('cellXfs', aligned ? `${head}>${alignment}</xf>` : `${head}/>`);
  }

  private once(seen: Map<string, number>, xml: string, tag: 'fonts' | 'fills'): number {
    let index = seen.get(xml);
    if (index === undefined) {
      index = this.styles.append(tag, xml);
      seen.set(xml, index);
    }
    return index;
  }
}
