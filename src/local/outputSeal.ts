// The seal on a file the command line wrote: the zip's own comment holds a hash of the rest of the
// file, so "written by Buku Kelompok and saved by nobody since" can be told from the bytes alone
// (any spreadsheet program that saves the file rewrites the zip and drops or breaks the seal).
import { createHash } from 'node:crypto';

const PREFIX = 'buku-kelompok:sha256:';
const EOCD = 0x06054b50;
const EOCD_SIZE = 22;

/** Where the end-of-central-directory record starts, when its comment runs to the file's end. */
function endRecord(zip: Buffer): number {
  for (let p = zip.length - EOCD_SIZE; p >= 0 && p >= zip.length - EOCD_SIZE - 0xffff; p -= 1)
    if (zip.readUInt32LE(p) === EOCD && p + EOCD_SIZE + zip.readUInt16LE(p + 20) === zip.length) return p;
  return -1;
}

function digest(unsealed: Buffer): string {
  return createHash('sha256').update(unsealed).digest('hex');
}

/**
 * The zip written in `pieces` (its end record in the last), sealed: its comment set to the hash of
 * the zip with no comment. The pieces to write one after the other: none is copied whole (at
 * district scale each copy of the file was tens of megabytes at the command's peak), nor changed.
 */
export function sealZip(pieces: readonly Buffer[]): Buffer[] {
  const last = pieces[pieces.length - 1];
  const end = last === undefined ? -1 : endRecord(last);
  if (end < 0) {
    // An end record split over two pieces: found in the whole.
    if (pieces.length > 1) return sealZip([Buffer.concat(pieces)]);
    throw new Error('sealZip: not a zip file');
  }
  // The end record copied, its comment's length set to none for the hash, then to the seal's.
  const record = Buffer.from(last!.subarray(end, end + EOCD_SIZE));
  record.writeUInt16LE(0, 20);
  const before = [...pieces.slice(0, -1), last!.subarray(0, end)];
  const hash = createHash('sha256');
  for (const piece of before) hash.update(piece);
  const comment = Buffer.from(`${PREFIX}${hash.update(record).digest('hex')}`, 'latin1');
  record.writeUInt16LE(comment.length, 20);
  return [...before, record, comment];
}

/** True when `bytes` are exactly as the command line wrote them. */
export function isSealed(bytes: Buffer): boolean {
  const end = endRecord(bytes);
  if (end < 0) return false;
  const comment = bytes.subarray(end + EOCD_SIZE).toString('latin1');
  if (!comment.startsWith(PREFIX)) return false;
  const unsealed = Buffer.from(bytes.subarray(0, end + EOCD_SIZE));
  unsealed.writeUInt16LE(0, end + 20);
  return comment.slice(PREFIX.length) === digest(unsealed);
}
