// A NIK as shown outside `Anggota` (BOOK.md section 10): its first 4 and last 4 digits.

/** `3507010101900185` → `3507••••••••0185`; a value shorter than 9 characters is masked whole. */
export function maskNik(nik: string): string {
  const chars = Array.from(nik);
  if (chars.length < 9) return '•'.repeat(chars.length);
  return `${chars.slice(0, 4).join('')}${'•'.repeat(chars.length - 8)}${chars.slice(-4).join('')}`;
}
