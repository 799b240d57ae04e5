// What a planting season means for the `Saprodi` rules (docs/book.md §9): the same season
// however it is spelt, the members active in it, and a member's planted area in it.
import { isMemberActiveOn } from '../book/memberActivity';
import { normaliseTabName } from '../book/schema';
import type { Member, SaprodiRow } from '../book/types';

/** The default of `Batas Luas Subsidi`: the hectares per member and season that subsidised kinds cover. */
export const DEFAULT_SUBSIDY_AREA_LIMIT = 2;

/**
 * `MT I 2026`, `mt-i 2026`, `MT I  2026` and `MT 1 2026` are one season: compared without case,
 * spaces or punctuation, and a season's number I, II or III the same as 1, 2 or 3.
 */
export function seasonKey(season: string): string {
  return normaliseTabName(season.replace(/\b(i{1,3})\b/gi, (n) => `${n.length}`));
}

/** The year a season's name ends with (`MT II 2026` → 2026), when it names one. */
export function seasonYear(season: string): number | undefined {
  const years = season.match(/(?<!\d)(19|20)\d{2}(?!\d)/g);
  const last = years?.[years.length - 1];
  return last === undefined ? undefined : Number(last);
}

/**
 * Whether the member belongs to the group in the row's season: on the day the inputs were received,
 * else on the planting date; with neither, at some time in the year the season's name ends with;
 * with no year either, when the member has not left.
 */
export function activeInSeason(
  member: Pick<Member, 'joinDate' | 'status' | 'leaveDate'>,
  row: Pick<SaprodiRow, 'season' | 'receivedDate' | 'plantingDate'>,
): boolean {
  const date = row.receivedDate ?? row.plantingDate;
  if (date !== undefined) return isMemberActiveOn(member, date);
  const year = seasonYear(row.season);
  if (year === undefined) return member.status !== 'Keluar' || member.leaveDate === undefined;
  const left =
    member.status === 'Keluar' && member.leaveDate !== undefined && member.leaveDate < `${year}-01-01`;
  return member.joinDate <= `${year}-12-31` && !left;
}

/**
 * A member's planted area in a season: each commodity's area once (the rows of its several kinds
 * cover the same land, so the largest `Luas Tanam` among them), summed over the commodities.
 */
export function seasonArea(rows: readonly Pick<SaprodiRow, 'commodity' | 'areaHa'>[]): number {
  const byCommodity = new Map<string, number>();
  for (const r of rows) {
    const key = r.commodity.trim().toLowerCase();
    byCommodity.set(key, Math.max(byCommodity.get(key) ?? 0, r.areaHa));
  }
  // Hectares to 4 decimals: 0.1 + 0.2 should read 0.3, not 0.30000000000000004.
  const total = [...byCommodity.values()].reduce((s, a) => s + a, 0);
  return Math.round(total * 10000) / 10000;
}
