// Collectibility (Kol 1-5) and loan status from days past due (docs/book.md §5).
import { text as t, type Bilingual } from '../text';
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
  1: t('Lancar', 'Current'),
  2: t('Dalam Perhatian Khusus', 'Special mention'),
  3: t('Kurang Lancar', 'Substandard'),
  4: t('Diragukan', 'Doubtful'),
  5: t('Macet', 'Loss'),
};

export function kolName(kol: Kol): Bilingual {
  return kolNames[kol];
}

/** The day range of a Kol under the given limits, e.g. `1–90 hari` / `1–90 days`. */
export function kolRange(kol: Kol, limits: readonly [number, number, number]): Bilingual {
  if (kol === 1) return t('0 hari tunggakan', '0 days past due');
  if (kol === 5) return t(`lebih dari ${limits[2]} hari tunggakan`, `more than ${limits[2]} days past due`);
  const low = kol === 2 ? 1 : limits[kol - 3] + 1;
  const high = limits[kol - 2];
  return t(`${low}–${high} hari tunggakan`, `${low}–${high} days past due`);
}

export const loanStatusLabels: Record<LoanStatus, Bilingual> = {
  Lunas: t('Lunas', 'Repaid'),
  Lancar: t('Lancar', 'Current'),
  Menunggak: t('Menunggak', 'In arrears'),
  Macet: t('Macet', 'Loss'),
};
