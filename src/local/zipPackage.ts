// A zip package read in place: its central directory, each part's raw bytes (to copy unchanged)
// and its contents unpacked whole or chunk by chunk, never past a stated size.
import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { damagedWorkbook, notWorkbook } from './workbookFileKind';
import { unpackedTooLarge } from './xlsxLimits';

const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const DATA_DESCRIPTOR = 0x08074b50;

export interface ZipEntry {
  readonly name: string;
  /** 0 stored, 8 deflated. */
  readonly method: number;
  readonly compressedSize: number;
  /** The size the directory declares once unpacked; unpacking stops past it. */
  readonly size: number;
  /** Where the entry's local header starts. */
  readonly localOffset: number;
  /**
   * The entry's central directory record as found, to copy unchanged: a copy of its bytes, not a
   * view of the file's, so that an entry still held (a reader's context keeps the shared strings'
   * entry) holds not the whole file once the package is let go.
   */
  readonly directoryRecord: Buffer;
}

export class ZipPackage {
  readonly entries: readonly ZipEntry[];
  private readonly byName: Map<string, ZipEntry>;

  /** Reads the central directory; throws WorkbookFileError when `bytes` is no readable zip. */
  constructor(
    readonly bytes: Buffer,
    private readonly label: string,
    unpackedLimit: number,
  ) {
    // A file that starts as a zip but whose directory (at its end) is missing or cut short is a
    // copy interrupted: damaged, not something other than a workbook.
    const cutShort = () =>
      bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER
        ? damagedWorkbook(label)
        : notWorkbook(label);
    const end = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    if (end < 0 || end + 22 > bytes.length) throw cutShort();
    const count = bytes.readUInt16LE(end + 10);
    let p = bytes.readUInt32LE(end + 16);
    const entries: ZipEntry[] = [];
    let unpacked = 0;
    for (let i = 0; i < count; i += 1) {
      if (p + 46 > bytes.length || bytes.readUInt32LE(p) !== DIRECTORY_ENTRY) throw cutShort();
      const nameLength = bytes.readUInt16LE(p + 28);
      const recordLength = 46 + nameLength + bytes.readUInt16LE(p + 30) + bytes.readUInt16LE(p + 32);
      const entry: ZipEntry = {
        name: bytes.toString('utf8', p + 46, p + 46 + nameLength),
        method: bytes.readUInt16LE(p + 10),
        compressedSize: bytes.readUInt32LE(p + 20),
        size: bytes.readUInt32LE(p + 24),
        localOffset: bytes.readUInt32LE(p + 42),
        directoryRecord: Buffer.from(bytes.subarray(p, p + recordLength)),
      };
      // Zip64 (a part of 4 GB or more) is past every limit here.
      if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff)
        throw unpackedTooLarge(label, unpackedLimit);
      unpacked += entry.size;
      if (unpacked > unpackedLimit) throw unpackedTooLarge(label, unpackedLimit);
      entries.push(entry);
      p += recordLength;
    }
    this.entries = entries;
    this.byName = new Map(entries.map((e) => [e.name, e]));
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name);
  }

  /** Where the entry's packed data starts and ends. */
  private dataRange(entry: ZipEntry): [number, number] {
    const p = entry.localOffset;
    if (p + 30 > this.bytes.length) throw damagedWorkbook(this.label);
    if (this.bytes.readUInt32LE(p) !== LOCAL_HEADER) throw notWorkbook(this.label);
    const start = p + 30 + this.bytes.readUInt16LE(p + 26) + this.bytes.readUInt16LE(p + 28);
    const end = start + entry.compressedSize;
    // A part whose data runs past the end of the file: cut short.
    if (end > this.bytes.length) throw damagedWorkbook(this.label);
    return [start, end];
  }

  /** The entry's whole local record (header, packed data, data descriptor), to copy unchanged. */
  localRecord(entry: ZipEntry): Buffer {
    const [, end] = this.dataRange(entry);
    let last = end;
    // Bit 3: sizes follow the data, with or without a signature.
    if ((this.bytes.readUInt16LE(entry.localOffset + 6) & 8) !== 0) {
      last += end + 4 <= this.bytes.length && this.bytes.readUInt32LE(end) === DATA_DESCRIPTOR ? 16 : 12;
    }
    return this.bytes.subarray(entry.localOffset, last);
  }

  /** The entry unpacked whole; throws WorkbookFileError past its declared size or when broken. */
  read(entry: ZipEntry): Buffer {
    const [start, end] = this.dataRange(entry);
    const packed = this.bytes.subarray(start, end);
    if (entry.method === 0) return packed;
    if (entry.method !== 8) throw notWorkbook(this.label);
    try {
      return inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      throw notWorkbook(this.label);
    }
  }

  /** The entry as UTF-8 text. */
  readText(entry: ZipEntry): string {
    return this.read(entry).toString('utf8');
  }

  /**
   * Unpacks the entry chunk by chunk into `onChunk`, never holding more than a chunk: stops with
   * WorkbookFileError past the declared size (a zip that lies about it) or on broken data.
   */
  async stream(entry: ZipEntry, onChunk: (chunk: Buffer) => void): Promise<void> {
    const [start, end] = this.dataRange(entry);
    if (entry.method === 0) {
      for (let p = start; p < end; p += 1 << 16)
        onChunk(this.bytes.subarray(p, Math.min(end, p + (1 << 16))));
      return;
    }
    if (entry.method !== 8) throw notWorkbook(this.label);
    const inflate = createInflateRaw({ chunkSize: 1 << 16 });
    const { label } = this;
    const { size } = entry;
    // The listeners reach the reader only through `sink`, let go at the end, and hold neither the
    // entry nor this package (their bytes): the stream's native handle keeps them until it is
    // closed, a tick later, and whatever follows the last part read runs on in the same tick (at
    // district scale, every check of the book).
    let sink: ((chunk: Buffer) => void) | undefined = onChunk;
    let seen = 0;
    const done = new Promise<void>((resolve, reject) => {
      inflate.on('data', (chunk: Buffer) => {
        seen += chunk.length;
        if (seen > size) {
          inflate.destroy();
          reject(notWorkbook(label));
          return;
        }
        try {
          sink?.(chunk);
        } catch (e) {
          inflate.destroy();
          reject(e);
        }
      });
      inflate.on('end', () => {
        sink = undefined;
        inflate.destroy();
        resolve();
      });
      inflate.on('error', () => reject(notWorkbook(label)));
    });
    inflate.end(this.bytes.subarray(start, end));
    await done;
  }
}
