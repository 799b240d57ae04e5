// How a NIK is shown outside Anggota and the RDKK list (docs/book.md §10): its first 4 and last 4
// digits, enough to find the row, never the whole number.
import type { Arg } from '../problems/problemKind';

/** `3507••••••••0185`; a value of 8 characters or fewer has nothing to keep back but its middle. */
export function maskNik(nik: Arg): string {
  const chars = Array.from(String(nik));
  if (chars.length <= 8) return chars.map((c, i) => (i === 0 || i === chars.length - 1 ? c : '•')).join('');
  return `${chars.slice(0, 4).join('')}${'•'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}
