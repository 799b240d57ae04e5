// Elements found by their local name whatever their namespace prefix, and what the writer adds
// given the prefix of the element it goes into.
import {
  insertBeforeClose,
  lastCloseTag,
  namespacePrefix,
  prefixOf,
  relationshipIdAttr,
  RELATIONSHIPS_NAMESPACES,
  withPrefix,
} from '../../src/local/xmlElements';

const REL = RELATIONSHIPS_NAMESPACES[0];

describe('prefixOf', () => {
  it.each([
    ['<workbook><sheets><sheet/></sheets></workbook>', ''],
    ['<x:workbook><x:sheets><x:sheet/></x:sheets></x:workbook>', 'x:'],
    ['<ns0:workbook><ns0:sheets/></ns0:workbook>', 'ns0:'],
    ['<a.b-c:sheets>', 'a.b-c:'],
  ])('%s: %j', (xml, prefix) => {
    expect(prefixOf(xml, 'sheets')).toBe(prefix);
  });

  it('is undefined without the element, and takes no longer name for it', () => {
    expect(prefixOf('<worksheets/><sheetsX/>', 'sheets')).toBeUndefined();
  });
});

describe('the prefix of the relationships namespace', () => {
  it.each([
    [`<workbook xmlns:r="${REL}">`, 'r:id'],
    [`<ns0:workbook xmlns:ns0="m" xmlns:ns2="${REL}">`, 'ns2:id'],
    [`<workbook xmlns:rel = '${REL}'>`, 'rel:id'],
    ['<workbook xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships">', 'r:id'],
    ['<workbook>', 'r:id'],
  ])('%s: %s', (xml, name) => {
    expect(relationshipIdAttr(xml)).toBe(name);
  });

  it('is undefined when the part does not declare it', () => {
    expect(namespacePrefix('<w xmlns:x="other"/>', [REL])).toBeUndefined();
  });
});

describe('withPrefix', () => {
  it('puts the prefix on every element without one, and leaves the rest as it was', () => {
    const xml = '<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a&lt;b </t></is></c><x14:y/>';
    expect(withPrefix(xml, 'x:')).toBe(
      '<x:c r="A1" t="inlineStr"><x:is><x:t xml:space="preserve"> a&lt;b </x:t></x:is></x:c><x14:y/>',
    );
    expect(withPrefix(xml, '')).toBe(xml);
  });
});

describe('lastCloseTag and insertBeforeClose', () => {
  it('find the closing tag whatever its prefix and the spaces before its >', () => {
    expect(lastCloseTag('<a><sheets></sheets></a>', 'sheets')).toEqual({ at: 11, end: 20, prefix: '' });
    expect(lastCloseTag('<x:sheets></x:sheets >', 'sheets')).toEqual({ at: 10, end: 22, prefix: 'x:' });
    expect(lastCloseTag('<worksheets></worksheets><sheet/>', 'sheets')).toBeUndefined();
  });

  it('add before it with its prefix', () => {
    expect(insertBeforeClose('<sheets><sheet/></sheets>', 'sheets', '<sheet n="2"/>')).toBe(
      '<sheets><sheet/><sheet n="2"/></sheets>',
    );
    expect(insertBeforeClose('<ns0:sheets><ns0:sheet /></ns0:sheets>', 'sheets', '<sheet n="2"/>')).toBe(
      '<ns0:sheets><ns0:sheet /><ns0:sheet n="2"/></ns0:sheets>',
    );
    expect(insertBeforeClose('<sheets/>', 'sheets', '<sheet/>')).toBeUndefined();
  });
});
