// Fixed dates inside a zip, so that the same book written on the same day is the same bytes.
import { toYmd } from '../core/isoDate';

/**
 * exceljs's zip gives every entry the time of writing; set each entry's DOS date and time (local
 * header and central directory) to `date` at midnight. The CRCs cover contents only, so they stay.
 */
export function stampZipEntries(zip: Buffer, date: string): Buffer {
  const { year, month, day } = toYmd(date);
  const dosDate = ((Math.max(1980, year) - 1980) << 9) | (month << 5) | day;
  const out = Buffer.from(zip);
  const end = out.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) return out;
  const entries = out.readUInt16LE(end + 10);
  let p = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries && out.readUInt32LE(p) === 0x02014b50; i += 1) {
    out.writeUInt16LE(0, p + 12);
    out.writeUInt16LE(dosDate, p + 14);
    const local = out.readUInt32LE(p + 42);
    if (out.readUInt32LE(local) === 0x04034b50) {
      out.writeUInt16LE(0, local + 10);
      out.writeUInt16LE(dosDate, local + 12);
    }
    p += 46 + out.readUInt16LE(p + 28) + out.readUInt16LE(p + 30) + out.readUInt16LE(p + 32);
  }
  return out;
}
