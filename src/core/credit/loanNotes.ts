// What stands beside a loan's status (docs/book.md §7): its last change, and why its Kol is held.
import { formatShortDate } from '../isoDate';
import { rupiahText } from '../money';
import { text as t, type Bilingual } from '../text';
import { loanStatusLabels } from './collectibility';
import type { InstallmentState, Kol, LoanBalance } from './types';
import type { IsoDate } from '../cell';

/** `Hapus Buku 03/11/2026` or `Jadwal Ulang 03/11/2026`: the change that shapes the loan now. */
export function loanChangeLabel(b: Pick<LoanBalance, 'writtenOff' | 'rescheduledOn'>): Bilingual | undefined {
  if (b.writtenOff) {
    const d = formatShortDate(b.writtenOff.date);
    return t(`Hapus Buku ${d}`, `Written off ${d}`);
  }
  if (b.rescheduledOn !== undefined) {
    const d = formatShortDate(b.rescheduledOn);
    return t(`Jadwal Ulang ${d}`, `Rescheduled ${d}`);
  }
  return undefined;
}

/**
 * `denda dihapus Rp 10.000 (Hapus Denda 30/04/2026)`: the fines a `Hapus Denda` waived, so that
 * charged − paid − waived = owed can be read beside them (docs/book.md §7).
 */
export function finesWaivedLabel(b: Pick<LoanBalance, 'finesWaived' | 'changes'>): Bilingual | undefined {
  if (b.finesWaived <= 0) return undefined;
  const dates = b.changes
    .filter((c) => c.kind === 'waiveFines')
    .map((c) => formatShortDate(c.date))
    .join(', ');
  const amount = rupiahText(b.finesWaived);
  return t(
    `denda dihapus ${amount.id} (Hapus Denda ${dates})`,
    `fines waived ${amount.en} (waived ${dates})`,
  );
}

/** Why the Kol shown is worse than days past due alone would make it. */
export function kolHeldLabel(b: Pick<LoanBalance, 'kolHeld' | 'kolByDays'>): Bilingual | undefined {
  if (!b.kolHeld) return undefined;
  const d = formatShortDate(b.kolHeld.since);
  return t(
    `Kol ${b.kolHeld.kol} ditahan sejak Jadwal Ulang ${d} sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol ${b.kolByDays})`,
    `Kol ${b.kolHeld.kol} held since the rescheduling of ${d} until 3 new installments in a row are paid on time (by days past due: Kol ${b.kolByDays})`,
  );
}

/**
 * The status as shown: a written-off loan shows `Hapus Buku <date>` alone, having left arrears and
 * the Kol counts on that date (docs/book.md §7); any other loan its status, with its last
 * rescheduling beside it.
 */
export function loanStatusText(b: Pick<LoanBalance, 'status' | 'writtenOff' | 'rescheduledOn'>): Bilingual {
  const status = loanStatusLabels[b.status];
  const change = loanChangeLabel(b);
  if (b.writtenOff || !change) return change ?? status;
  return t(`${status.id} · ${change.id}`, `${status.en} · ${change.en}`);
}

/** The Kol as shown: none for a written-off loan, which no Kol counts any more (docs/book.md §7). */
export function shownKol(b: Pick<LoanBalance, 'kol' | 'writtenOff'>): Kol | undefined {
  return b.writtenOff ? undefined : b.kol;
}

/**
 * `pokok dihapus Rp …, pemulihan Rp …` of a written-off loan (docs/book.md §7), its amounts in each
 * language's grouping (`Rp 1,000,000` in English); undefined for any other.
 */
export function writeOffLabel(b: Pick<LoanBalance, 'writtenOff' | 'recoveries'>): Bilingual | undefined {
  if (!b.writtenOff) return undefined;
  const off = rupiahText(b.writtenOff.principal);
  const back = rupiahText(b.recoveries);
  return t(
    `pokok dihapus ${off.id}, pemulihan ${back.id}`,
    `principal written off ${off.en}, recoveries ${back.en}`,
  );
}

/**
 * The member card's line above the new installments of the rescheduling of `on` (docs/book.md §8):
 * the principal they hold, in each language's grouping, and how many they are.
 */
export function rescheduledLine(schedule: readonly InstallmentState[], on: IsoDate): Bilingual {
  const made = schedule.filter((x) => x.rescheduledOn === on);
  const owed = rupiahText(made.reduce((sum, x) => sum + x.principal, 0));
  const d = formatShortDate(on);
  return t(
    `Jadwal Ulang ${d}: sisa pokok ${owed.id} menjadi ${made.length} angsuran baru.`,
    `Rescheduled ${d}: principal owed ${owed.en} became ${made.length} new installments.`,
  );
}

/** What an old installment closed by a rescheduling reads under `Tanggal Lunas`. */
export const CLOSED_WORD = t('ditutup', 'closed');

/** The card's line under it: what became of the old installments. */
export const CLOSED_LINE = t(
  'Angsuran sebelumnya ditutup sebesar yang sudah dibayar.',
  'Earlier installments closed at what was paid on them.',
);

/** The card's line under a written-off loan's schedule. */
export const WRITTEN_OFF_LINE = t(
  'Yang belum dibayar di atas tidak ditagih lagi sebagai tunggakan.',
  'What is unpaid above is no longer arrears.',
);
