// Attributes read from a tag's attribute text as XML allows them to be written.
import { attr } from '../../src/local/xmlScanner';

describe('attr', () => {
  it.each([
    [' r="A1" t="s"', 't', 's'],
    [" r='A1' t='s'", 't', 's'],
    [' r = "A1" t =\t"s"', 'r', 'A1'],
    [' r = "A1" t =\t"s"', 't', 's'],
    [' r\n=\n"A1"', 'r', 'A1'],
    [' name="a &amp; b"', 'name', 'a & b'],
  ])('%j: %s is %j', (attrs, name, value) => {
    expect(attr(attrs, name)).toBe(value);
  });

  it.each([
    [' t="str"', 'r'],
    [' sr="1"', 'r'],
    [' x:r="1"', 'r'],
    [' r', 'r'],
    [' r =', 'r'],
  ])('%j has no %s', (attrs, name) => {
    expect(attr(attrs, name)).toBeUndefined();
  });

  it('reads a prefixed attribute asked with its prefix', () => {
    expect(attr(' name="Kas" ns2:id = "rId3"', 'ns2:id')).toBe('rId3');
  });
});
