// Writes a zip package from parts: parts kept as they were are copied byte for byte (local record
// and directory record), new or changed parts are deflated (or come deflated) with the given date.
import { crc32, deflateRawSync } from 'node:zlib';
import type { PackedPart } from './packedPart';
import type { ZipEntry, ZipPackage } from './zipPackage';

export type ZipPart =
  | { readonly kind: 'kept'; readonly from: ZipPackage; readonly entry: ZipEntry }
  | { readonly kind: 'new'; readonly name: string; readonly data: Buffer }
  /** A new part deflated as it was written (see packedPart). */
  | { readonly kind: 'packed'; readonly name: string; readonly part: PackedPart };

/** DOS date and time of a zip entry; midnight of `date` (yyyy-mm-dd), or now in local time. */
export function dosDateTime(date: string | undefined): { date: number; time: number } {
  if (date !== undefined) {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return { date: ((Math.max(1980, y) - 1980) << 9) | (m << 5) | d, time: 0 };
  }
  const now = new Date();
  return {
    date: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
  };
}

export function writeZip(parts: readonly ZipPart[], stamp: { date: number; time: number }): Buffer {
  return Buffer.concat(zipPieces(parts, stamp));
}

/**
 * The zip's bytes in pieces, to be written one after the other (the last is its end record, with no
 * comment): kept parts are pieces of the file they were read from, so nothing is copied whole.
 */
export function zipPieces(parts: readonly ZipPart[], stamp: { date: number; time: number }): Buffer[] {
  const chunks: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    if (part.kind === 'kept') {
      const record = part.from.localRecord(part.entry);
      const dir = Buffer.from(part.entry.directoryRecord);
      dir.writeUInt32LE(offset, 42);
      chunks.push(record);
      directory.push(dir);
      offset += record.length;
      continue;
    }
    const name = Buffer.from(part.name, 'utf8');
    const pieces = part.kind === 'packed' ? part.part.packed : [deflateRawSync(part.data, { level: 6 })];
    const packedLength = pieces.reduce((n, b) => n + b.length, 0);
    const size = part.kind === 'packed' ? part.part.size : part.data.length;
    const crc = part.kind === 'packed' ? part.part.crc : crc32(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names in UTF-8
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(stamp.time, 10);
    local.writeUInt16LE(stamp.date, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packedLength, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(0, 28);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    dir.writeUInt16LE(0x0800, 8);
    dir.writeUInt16LE(8, 10);
    dir.writeUInt16LE(stamp.time, 12);
    dir.writeUInt16LE(stamp.date, 14);
    dir.writeUInt32LE(crc, 16);
    dir.writeUInt32LE(packedLength, 20);
    dir.writeUInt32LE(size, 24);
    dir.writeUInt16LE(name.length, 28);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, ...pieces);
    directory.push(dir, name);
    offset += 30 + name.length + packedLength;
  }
  const dirStart = offset;
  const dirLength = directory.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = parts.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(dirLength, 12);
  end.writeUInt32LE(dirStart, 16);
  return [...chunks, ...directory, end];
}
