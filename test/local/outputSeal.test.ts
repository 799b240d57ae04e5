// The seal on a written file, made over the zip's pieces as written: the same bytes as over the
// whole, whichever way the zip is cut, and the pieces handed in are left as they were.
import { dosDateTime, writeZip, zipPieces, type ZipPart } from '../../src/local/zipWriter';
import { isSealed, sealZip } from '../../src/local/outputSeal';

const parts: ZipPart[] = [
  { kind: 'new', name: 'a.xml', data: Buffer.from('<a>satu</a>') },
  { kind: 'new', name: 'b.xml', data: Buffer.from('<b>dua</b>'.repeat(50)) },
];
const stamp = dosDateTime('2026-11-28');

describe('sealZip', () => {
  it('seals the pieces as it seals the whole, and changes none of them', () => {
    const whole = writeZip(parts, stamp);
    const pieces = zipPieces(parts, stamp);
    const copies = pieces.map((p) => Buffer.from(p));
    const fromWhole = Buffer.concat(sealZip([whole]));
    const fromPieces = Buffer.concat(sealZip(pieces));
    expect(fromPieces).toEqual(fromWhole);
    expect(isSealed(fromPieces)).toBe(true);
    expect(pieces).toEqual(copies);
    // Cut anywhere, even through the end record, the seal is the same.
    for (const at of [1, whole.length - 30, whole.length - 10, whole.length - 1])
      expect(Buffer.concat(sealZip([whole.subarray(0, at), whole.subarray(at)]))).toEqual(fromWhole);
  });

  it('seals a zip that had a comment (a file sealed before) afresh', () => {
    const sealed = Buffer.concat(sealZip([writeZip(parts, stamp)]));
    expect(Buffer.concat(sealZip([sealed]))).toEqual(sealed);
    expect(() => sealZip([Buffer.from('no zip')])).toThrow('sealZip: not a zip file');
  });
});
