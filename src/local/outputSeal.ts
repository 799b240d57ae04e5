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

/** `zip` with its comment set to the seal (the hash of `zip` with no comment). */
export function sealZip(zip: Buffer): Buffer {
  const end = endRecord(zip);
  if (end < 0) throw new Error('sealZip: not a zip file');
  // A zip with no comment (as writeZip makes it) is hashed in place: at district scale a copy of the
  // whole file more is tens of megabytes at the command's peak.
  let unsealed = zip.subarray(0, end + EOCD_SIZE);
  if (zip.readUInt16LE(end + 20) !== 0) {
    unsealed = Buffer.from(unsealed);
    unsealed.writeUInt16LE(0, end + 20);
  }
  const comment = Buffer.from(`${PREFIX}${digest(unsealed)}`, 'latin1');
  const sealed = Buffer.concat([unsealed, comment]);
  sealed.writeUInt16LE(comment.length, end + 20);
  return sealed;
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
