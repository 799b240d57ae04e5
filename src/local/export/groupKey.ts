// A stable key of a group in the warehouse: the same group gets the same key in every export, even
// when its file is renamed, so an analyst can follow it from one week's export to the next.
import { createHash } from 'node:crypto';
import type { Settings } from '../../core/book/types';

/** Case, spacing and punctuation do not change the key: `Tani Makmur` = `TANI  MAKMUR.`. */
function normalise(part: string | undefined): string {
  return (part ?? '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * 16 hex digits of SHA-256 over Provinsi, Kabupaten, Kecamatan, Desa and Nama Kelompok. A book
 * without `Nama Kelompok` has no name to follow: its key comes from its file name instead.
 */
export function groupKey(settings: Settings, file: string): string {
  const place = [settings.province, settings.regency, settings.district, settings.village];
  const source = normalise(settings.groupName)
    ? ['group', ...place.map(normalise), normalise(settings.groupName)].join('|')
    : `file|${file}`;
  return createHash('sha256').update(source).digest('hex').slice(0, 16);
}
