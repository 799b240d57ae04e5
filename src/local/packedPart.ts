// A zip part packed as it is written, text piece by piece: the text is never whole in memory, only
// its deflated bytes. Each batch of about 256 KB is deflated on its own and ended with a sync flush
// (a byte-aligned, non-final block), the last one finished: the batches joined are one valid
// deflate stream, as pigz writes it.
import { constants, crc32, deflateRawSync } from 'node:zlib';

/** A part's bytes, deflated, with what a zip records of it. */
export interface PackedPart {
  /** The deflated stream, in pieces. */
  readonly packed: readonly Buffer[];
  readonly crc: number;
  /** Bytes once unpacked. */
  readonly size: number;
}

const BATCH_CHARS = 1 << 18;

export class PackedPartWriter {
  private pending: string[] = [];
  private pendingChars = 0;
  private readonly packed: Buffer[] = [];
  private crc = 0;
  private size = 0;

  write(text: string): void {
    this.pending.push(text);
    this.pendingChars += text.length;
    if (this.pendingChars >= BATCH_CHARS) this.flush(false);
  }

  private flush(last: boolean): void {
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.crc = crc32(bytes, this.crc);
    this.size += bytes.length;
    this.packed.push(
      deflateRawSync(bytes, {
        level: 6,
        ...(last ? {} : { finishFlush: constants.Z_SYNC_FLUSH }),
      }),
    );
  }

  end(): PackedPart {
    this.flush(true);
    return { packed: this.packed, crc: this.crc >>> 0, size: this.size };
  }
}

/** A whole text as a packed part. */
export function packText(text: string): PackedPart {
  const writer = new PackedPartWriter();
  writer.write(text);
  return writer.end();
}
