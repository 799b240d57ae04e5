// A part packed batch by batch as it is written: the batches joined unpack to the text written,
// with the size and CRC of the whole, as a zip reader checks them.
import { crc32, inflateRawSync } from 'node:zlib';
import { packText, PackedPartWriter } from '../../src/local/packedPart';

describe('PackedPartWriter', () => {
  it('packs text written in many pieces, over several batches, into one deflate stream', () => {
    const writer = new PackedPartWriter();
    const pieces: string[] = [];
    for (let i = 0; i < 40_000; i += 1) {
      // Text that repeats across the batches' edges, with characters of two and three bytes.
      const piece = `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t>Anggota ${i % 97} — Rp ${i * 1000}</t></is></c></row>`;
      pieces.push(piece);
      writer.write(piece);
    }
    const part = writer.end();
    const text = Buffer.from(pieces.join(''), 'utf8');
    expect(part.packed.length).toBeGreaterThan(3);
    const unpacked = inflateRawSync(Buffer.concat(part.packed));
    expect(unpacked.equals(text)).toBe(true);
    expect(part.size).toBe(text.length);
    expect(part.crc).toBe(crc32(text));
  });

  it('packs a short text, and an empty one, in one finished batch', () => {
    for (const text of ['<a/>', '']) {
      const part = packText(text);
      expect(part.packed).toHaveLength(1);
      expect(inflateRawSync(Buffer.concat(part.packed)).toString('utf8')).toBe(text);
      expect(part.size).toBe(Buffer.byteLength(text));
      expect(part.crc).toBe(crc32(text));
    }
  });
});
