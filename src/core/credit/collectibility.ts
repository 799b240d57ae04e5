// Collectibility (Kol 1-5) and loan status from days past due (docs/book.md §5).
import type { Bilingual } from '../text';
import type { Kol, LoanStatus } from './types';

/**
 * Kol from days past due; `limits` are the upper day limits of Kol 2, 3 and 4 (`Batas
 * Kolektibilitas`, default 90;120;180 as the Indonesian bank regulator's classes).
 */
export function kolOf(daysPastDue: number, limits: readonly [number, number, number]): Kol {
  if (daysPastDue <= 0) return 1;
  if (daysPastDue <= limits[0]) return 2;
  if (daysPastDue <= limits[1]) return 3;
  if (daysPastDue <= limits[2]) return 4;
  return 5;
}

export function statusOf(settled: boolean, kol: Kol): LoanStatus {
  if (settled) return 'Lunas';
  if (kol === 1) return 'Lancar';
  return kol === 5 ? 'Macet' : 'Menunggak';
}

const kolNames: Record<Kol, Bilingual> = {
  1: { id: 'Lancar', en: 'Current' },
  2: { id: 'Dalam Perhatian Khusus', en: 'Special mention' },
  3: { id: 'Kurang Lancar', en: 'Substandard' },
  4: { id: 'Diragukan', en: 'Doubtful' },
  5: { id: 'Macet', en: 'Loss' },
};

export function kolName(kol: Kol): Bilingual {
  return kolNames[kol];
}

/** The day range of a Kol under the given limits, e.g. `1–90 hari` / `1–90 days`. */
export function kolRange(kol: Kol, limits: readonly [number, number, number]): Bilingual {
  if (kol === 1) return { id: '0 hari tunggakan', en: '0 days past due' };
  if (kol === 5)
    return { id: `lebih dari ${limits[2]} hari tunggakan`, en: `more than ${limits[2]} days past due` };
  const low = kol === 2 ? 1 : limits[kol - 3] + 1;
  const high = limits[kol - 2];
  return { id: `${low}–${high} hari tunggakan`, en: `${low}–${high} days past due` };
}

export const loanStatusLabels: Record<LoanStatus, Bilingual> = {
  Lunas: { id: 'Lunas', en: 'Repaid' },
  Lancar: { id: 'Lancar', en: 'Current' },
  Menunggak: { id: 'Menunggak', en: 'In arrears' },
  Macet: { id: 'Macet', en: 'Loss' },
};
