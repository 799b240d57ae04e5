// Cell styles added to a package's styles part, under the prefix of the part's own elements.
import { StylesEditor } from '../../src/local/xlsxStylesMerge';
import { MAIN_NS, prefixAll, unprefixedTags } from './rawBook';

const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><fonts count="1"><font><sz val="11"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills><borders count="1"><border/></borders><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf></cellXfs></styleSheet>`;
/** A scratch workbook's styles (exceljs writes them unprefixed). */
const other = `<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="165" formatCode="#,##0"/></numFmts><fonts count="1"><font><b/><sz val="10"/></font></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellXfs count="1"><xf numFmtId="165" fontId="0" fillId="0" borderId="0"/></cellXfs></styleSheet>`;

/** The edits the writer makes: a date format beside an own format, another part's formats adopted, a font. */
function edit(xml: string): { xml: string; indices: number[] } {
  const editor = new StylesEditor(xml);
  const indices = [
    editor.withNumFmt(1, '"Rp" #,##0'),
    ...editor.adopt(other),
    editor.append('fonts', '<font><i/></font>'),
    editor.withNumFmt(0, 'dd/mm/yyyy'),
  ];
  return { xml: editor.toXml(), indices };
}

describe('a styles part', () => {
  it('as Excel writes it: the items added at the end of each list, the counts set', () => {
    const { xml, indices } = edit(styles);
    expect(indices).toEqual([2, 3, 2, 4]);
    expect(xml).toContain(
      '<numFmts count="3"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="&quot;Rp&quot; #,##0"/><numFmt numFmtId="166" formatCode="#,##0"/></numFmts>',
    );
    expect(xml).toContain(
      '<fonts count="3"><font><sz val="11"/></font><font><b/><sz val="10"/></font><font><i/></font></fonts>',
    );
    expect(xml).toContain(
      '<xf applyNumberFormat="1" numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0"><alignment wrapText="1"/></xf>',
    );
  });

  it('under x:, the same part with every added element under x:', () => {
    const prefixed = edit(prefixAll(styles, 'x'));
    expect(prefixed.indices).toEqual(edit(styles).indices);
    expect(prefixed.xml).toBe(prefixAll(edit(styles).xml, 'x'));
    expect(unprefixedTags(prefixed.xml.replace(/^<\?xml[^>]*\?>/, ''))).toEqual([]);
  });

  it('under x: without number formats: the list made under x:', () => {
    const bare = prefixAll(styles.replace(/<numFmts[\s\S]*<\/numFmts>/, ''), 'x');
    const editor = new StylesEditor(bare);
    editor.withNumFmt(0, '0.0');
    expect(editor.toXml()).toContain(
      `<x:styleSheet xmlns:x="${MAIN_NS}"><x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="0.0"/></x:numFmts><x:fonts`,
    );
  });
});
