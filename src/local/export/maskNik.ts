// NIKs outside `Anggota` show only their first 4 and last 4 digits (docs/book.md section 10): enough
// to find the row, not enough to be someone's identity number.

const MASK = '••••••••';

/** `3507014411900185` → `3507••••••••0185`; anything not 16 digits is masked the same way from its ends. */
export function maskNik(nik: string): string {
  if (nik.length <= 8) return '•'.repeat(nik.length);
  return `${nik.slice(0, 4)}${nik.length === 16 ? MASK : '•'.repeat(nik.length - 8)}${nik.slice(-4)}`;
}

/** Every run of 16 digits in a message (a NIK quoted by a problem) masked. */
export function maskNiksIn(message: string): string {
  return message.replace(/(?<!\d)\d{16}(?!\d)/g, (nik) => maskNik(nik));
}
