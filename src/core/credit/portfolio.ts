// The portfolio of a report (docs/book.md §5): totals, PAR30, collection and on-time rates, Kol,
// each figure labelled with exactly what it computes (these names differ between programmes).
import type { Rupiah } from '../money';
import { text as t, type Bilingual } from '../text';
import { kolName, kolRange } from './collectibility';
import type { Figure, Kol, LoanBalance, Portfolio } from './types';

const kols: readonly Kol[] = [1, 2, 3, 4, 5];

/** A rate of the portfolio: null, not 0 or NaN, when there is nothing to divide by. */
export function ratio(numerator: number, denominator: number): number | null {
  return denominator === 0 ? null : numerator / denominator;
}

function figure(
  key: string,
  unit: Figure['unit'],
  value: number | null,
  label: Bilingual,
  definition: Bilingual,
): Figure {
  return { key, unit, value, label, definition };
}

const loansEn = (n: number) => `${n} ${n === 1 ? 'loan' : 'loans'}`;

export function portfolio(
  loans: readonly LoanBalance[],
  kolLimits: readonly [number, number, number],
): Portfolio {
  let disbursed = 0;
  let outstandingPrincipal = 0;
  let arrears = 0;
  let due = 0;
  let paid = 0;
  let paidOnTime = 0;
  let atRisk = 0;
  let activeLoans = 0;
  let writtenOffLoans = 0;
  let writtenOffPrincipal = 0;
  let recoveries = 0;
  let finesOwed = 0;
  let restructuredLoans = 0;
  let restructuredPrincipal = 0;
  const borrowers = new Set<string>();
  // `heldIn`: loans counted in the Kol because it is held there; `heldOut`: loans whose days put them
  // in the Kol, counted in a worse one held since a Jadwal Ulang (docs/book.md §7).
  const perKol = new Map<
    Kol,
    { loans: number; outstandingPrincipal: Rupiah; heldIn: number; heldOut: number }
  >(kols.map((k) => [k, { loans: 0, outstandingPrincipal: 0, heldIn: 0, heldOut: 0 }]));
  for (const loan of loans) {
    disbursed += loan.principal;
    outstandingPrincipal += loan.outstandingPrincipal;
    arrears += loan.arrears;
    due += loan.due;
    paid += loan.paid;
    paidOnTime += loan.paidOnTime;
    if (loan.daysPastDue > 30) atRisk += loan.outstandingPrincipal;
    finesOwed += loan.finesOwed;
    recoveries += loan.recoveries;
    // A written-off loan has left the portfolio: its outstanding principal is 0 and it is in no Kol.
    if (loan.writtenOff) {
      writtenOffLoans += 1;
      writtenOffPrincipal += loan.writtenOff.principal;
      continue;
    }
    if (loan.status === 'Lunas') continue;
    if (loan.rescheduledOn !== undefined) {
      restructuredLoans += 1;
      restructuredPrincipal += loan.outstandingPrincipal;
    }
    activeLoans += 1;
    borrowers.add(loan.memberId);
    const k = perKol.get(loan.kol)!;
    k.loans += 1;
    k.outstandingPrincipal += loan.outstandingPrincipal;
    if (loan.kol !== loan.kolByDays) {
      k.heldIn += 1;
      perKol.get(loan.kolByDays)!.heldOut += 1;
    }
  }
  const par30 = ratio(atRisk, outstandingPrincipal);
  const collectionRate = ratio(paid, due);
  const onTimeRate = ratio(paidOnTime, due);
  const perKolList = kols.map((kol) => ({ kol, ...perKol.get(kol)! }));

  const figures: Figure[] = [
    figure(
      'loans',
      'count',
      loans.length,
      t('Jumlah pinjaman', 'Loans'),
      t(
        'Banyaknya pinjaman yang cair pada atau sebelum tanggal laporan, termasuk yang sudah lunas.',
        'Number of loans disbursed on or before the report date, repaid ones included.',
      ),
    ),
    figure(
      'activeLoans',
      'count',
      activeLoans,
      t('Pinjaman belum lunas', 'Loans not yet repaid'),
      t(
        'Banyaknya pinjaman yang angsurannya (pokok + jasa) belum lunas semua pada tanggal laporan, tanpa yang dihapus buku.',
        'Number of loans whose installments (principal + jasa) are not all settled on the report date, written-off ones excluded.',
      ),
    ),
    figure(
      'borrowers',
      'count',
      borrowers.size,
      t('Anggota peminjam', 'Borrowers'),
      t(
        'Banyaknya anggota yang punya paling sedikit satu pinjaman belum lunas.',
        'Number of members with at least one loan not yet repaid.',
      ),
    ),
    figure(
      'disbursed',
      'rupiah',
      disbursed,
      t('Total pencairan', 'Total disbursed'),
      t(
        'Jumlah pokok semua pinjaman yang cair pada atau sebelum tanggal laporan.',
        'Sum of the principal of all loans disbursed on or before the report date.',
      ),
    ),
    figure(
      'outstandingPrincipal',
      'rupiah',
      outstandingPrincipal,
      t('Sisa pokok', 'Outstanding principal'),
      t(
        'Pokok dikurangi pokok yang sudah dibayar (termasuk bayar di muka), dijumlah untuk semua pinjaman.',
        'Principal minus principal repaid (advance payments included), summed over all loans.',
      ),
    ),
    figure(
      'arrears',
      'rupiah',
      arrears,
      t('Tunggakan', 'Arrears'),
      t(
        'Angsuran (pokok + jasa) yang jatuh tempo pada atau sebelum tanggal laporan dikurangi yang sudah dibayar untuknya.',
        'Installments (principal + jasa) due on or before the report date minus what was paid toward them.',
      ),
    ),
    figure(
      'par30',
      'fraction',
      par30,
      t('PAR30', 'PAR30'),
      t(
        'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ sisa pokok semua pinjaman, pada tanggal laporan. Menunggak = hari sejak jatuh tempo angsuran tertua yang belum lunas.',
        'Outstanding principal of loans more than 30 days past due ÷ outstanding principal of all loans, on the report date. Days past due count from the due date of the oldest installment not fully paid.',
      ),
    ),
    figure(
      'collectionRate',
      'fraction',
      collectionRate,
      t('Tingkat Penagihan', 'Collection rate'),
      t(
        'Yang dibayar untuk angsuran yang jatuh tempo sampai tanggal laporan ÷ jumlah angsuran itu (pokok + jasa). Bayar di muka untuk angsuran yang belum jatuh tempo tidak dihitung.',
        'What was paid toward installments due up to the report date ÷ the sum of those installments (principal + jasa). Advance payments toward installments not yet due are not counted.',
      ),
    ),
    figure(
      'onTimeRate',
      'fraction',
      onTimeRate,
      t('Tingkat Tepat Waktu', 'On-time rate'),
      t(
        'Yang dibayar pada atau sebelum tanggal jatuh tempo masing-masing angsuran ÷ jumlah angsuran (pokok + jasa) yang jatuh tempo sampai tanggal laporan.',
        "What was paid on or before each installment's own due date ÷ the sum of installments (principal + jasa) due up to the report date.",
      ),
    ),
    figure(
      'finesOwed',
      'rupiah',
      finesOwed,
      t('Denda belum dibayar', 'Fines owed'),
      t(
        'Denda keterlambatan yang dikenakan sampai tanggal laporan dikurangi yang dibayar (baris Denda yang menyebut ID Pinjaman) dan yang dihapus (Hapus Denda). Denda tidak termasuk tunggakan.',
        'Late fines charged up to the report date minus those paid (Denda rows naming the loan) and waived (Hapus Denda). Fines are not part of arrears.',
      ),
    ),
    figure(
      'restructuredLoans',
      'count',
      restructuredLoans,
      t('Pinjaman dijadwal ulang', 'Rescheduled loans'),
      t(
        'Banyaknya pinjaman belum lunas yang pernah dijadwal ulang (Jadwal Ulang di Perubahan Pinjaman).',
        'Number of loans not yet repaid that were rescheduled (Jadwal Ulang in Perubahan Pinjaman).',
      ),
    ),
    figure(
      'restructuredPrincipal',
      'rupiah',
      restructuredPrincipal,
      t('Sisa pokok dijadwal ulang', 'Rescheduled outstanding principal'),
      t(
        'Sisa pokok pinjaman belum lunas yang pernah dijadwal ulang.',
        'Outstanding principal of loans not yet repaid that were rescheduled.',
      ),
    ),
    figure(
      'writtenOffLoans',
      'count',
      writtenOffLoans,
      t('Pinjaman dihapus buku', 'Loans written off'),
      t(
        'Banyaknya pinjaman yang dihapus buku (Hapus Buku) pada atau sebelum tanggal laporan. Pinjaman ini tidak lagi dihitung dalam sisa pokok, tunggakan, PAR30 dan Kol.',
        'Number of loans written off (Hapus Buku) on or before the report date. They no longer count in outstanding principal, arrears, PAR30 or Kol.',
      ),
    ),
    figure(
      'writtenOffPrincipal',
      'rupiah',
      writtenOffPrincipal,
      t('Pokok dihapus buku', 'Principal written off'),
      t(
        'Sisa pokok pinjaman-pinjaman itu pada tanggal hapus bukunya.',
        'Outstanding principal of those loans on the day each was written off.',
      ),
    ),
    figure(
      'recoveries',
      'rupiah',
      recoveries,
      t('Pemulihan', 'Recoveries'),
      t(
        'Angsuran Pinjaman yang masuk untuk pinjaman yang sudah dihapus buku, sesudah tanggal hapus bukunya.',
        'Angsuran Pinjaman rows on written-off loans, dated after their write-off.',
      ),
    ),
  ];
  for (const { kol, loans: count, outstandingPrincipal: principal, heldIn, heldOut } of perKolList) {
    const name = kolName(kol);
    const days = kolRange(kol, kolLimits);
    // The days alone do not say which loans a Kol holds once a Kol is held (docs/book.md §7).
    const range = t(
      days.id +
        (heldIn > 0
          ? `, ditambah ${heldIn} pinjaman yang Kol-nya ditahan di Kol ${kol} sesudah Jadwal Ulang`
          : '') +
        (heldOut > 0
          ? `, kecuali ${heldOut} pinjaman yang Kol-nya ditahan lebih tinggi sesudah Jadwal Ulang`
          : ''),
      days.en +
        (heldIn > 0 ? `, plus ${loansEn(heldIn)} whose Kol is held at ${kol} after a Jadwal Ulang` : '') +
        (heldOut > 0 ? `, except ${loansEn(heldOut)} whose Kol is held higher after a Jadwal Ulang` : ''),
    );
    figures.push(
      figure(
        `kol${kol}Loans`,
        'count',
        count,
        t(`Kol ${kol} ${name.id}: pinjaman`, `Kol ${kol} ${name.en}: loans`),
        t(
          `Banyaknya pinjaman belum lunas dengan ${range.id}.`,
          `Number of loans not yet repaid with ${range.en}.`,
        ),
      ),
      figure(
        `kol${kol}Principal`,
        'rupiah',
        principal,
        t(`Kol ${kol} ${name.id}: sisa pokok`, `Kol ${kol} ${name.en}: outstanding principal`),
        t(
          `Sisa pokok pinjaman belum lunas dengan ${range.id}.`,
          `Outstanding principal of loans not yet repaid with ${range.en}.`,
        ),
      ),
    );
  }
  return {
    loans: loans.length,
    activeLoans,
    borrowers: borrowers.size,
    disbursed,
    outstandingPrincipal,
    arrears,
    atRisk30: atRisk,
    par30,
    collectionRate,
    onTimeRate,
    writtenOffLoans,
    writtenOffPrincipal,
    recoveries,
    finesOwed,
    restructuredLoans,
    restructuredPrincipal,
    perKol: perKolList,
    figures,
  };
}
