// The portfolio of a report (docs/book.md §5): totals, PAR30, collection and on-time rates, Kol,
// each figure labelled with exactly what it computes (these names differ between programmes).
import type { Rupiah } from '../money';
import type { Bilingual } from '../text';
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
  const perKol = new Map<Kol, { loans: number; outstandingPrincipal: Rupiah }>(
    kols.map((k) => [k, { loans: 0, outstandingPrincipal: 0 }]),
  );
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
      { id: 'Jumlah pinjaman', en: 'Loans' },
      {
        id: 'Banyaknya pinjaman yang cair pada atau sebelum tanggal laporan, termasuk yang sudah lunas.',
        en: 'Number of loans disbursed on or before the report date, repaid ones included.',
      },
    ),
    figure(
      'activeLoans',
      'count',
      activeLoans,
      { id: 'Pinjaman belum lunas', en: 'Loans not yet repaid' },
      {
        id: 'Banyaknya pinjaman yang angsurannya (pokok + jasa) belum lunas semua pada tanggal laporan, tanpa yang dihapus buku.',
        en: 'Number of loans whose installments (principal + jasa) are not all settled on the report date, written-off ones excluded.',
      },
    ),
    figure(
      'borrowers',
      'count',
      borrowers.size,
      { id: 'Anggota peminjam', en: 'Borrowers' },
      {
        id: 'Banyaknya anggota yang punya paling sedikit satu pinjaman belum lunas.',
        en: 'Number of members with at least one loan not yet repaid.',
      },
    ),
    figure(
      'disbursed',
      'rupiah',
      disbursed,
      { id: 'Total pencairan', en: 'Total disbursed' },
      {
        id: 'Jumlah pokok semua pinjaman yang cair pada atau sebelum tanggal laporan.',
        en: 'Sum of the principal of all loans disbursed on or before the report date.',
      },
    ),
    figure(
      'outstandingPrincipal',
      'rupiah',
      outstandingPrincipal,
      { id: 'Sisa pokok', en: 'Outstanding principal' },
      {
        id: 'Pokok dikurangi pokok yang sudah dibayar (termasuk bayar di muka), dijumlah untuk semua pinjaman.',
        en: 'Principal minus principal repaid (advance payments included), summed over all loans.',
      },
    ),
    figure(
      'arrears',
      'rupiah',
      arrears,
      { id: 'Tunggakan', en: 'Arrears' },
      {
        id: 'Angsuran (pokok + jasa) yang jatuh tempo pada atau sebelum tanggal laporan dikurangi yang sudah dibayar untuknya.',
        en: 'Installments (principal + jasa) due on or before the report date minus what was paid toward them.',
      },
    ),
    figure(
      'par30',
      'fraction',
      par30,
      { id: 'PAR30', en: 'PAR30' },
      {
        id: 'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ sisa pokok semua pinjaman, pada tanggal laporan. Menunggak = hari sejak jatuh tempo angsuran tertua yang belum lunas.',
        en: 'Outstanding principal of loans more than 30 days past due ÷ outstanding principal of all loans, on the report date. Days past due count from the due date of the oldest installment not fully paid.',
      },
    ),
    figure(
      'collectionRate',
      'fraction',
      collectionRate,
      { id: 'Tingkat Penagihan', en: 'Collection rate' },
      {
        id: 'Yang dibayar untuk angsuran yang jatuh tempo sampai tanggal laporan ÷ jumlah angsuran itu (pokok + jasa). Bayar di muka untuk angsuran yang belum jatuh tempo tidak dihitung.',
        en: 'What was paid toward installments due up to the report date ÷ the sum of those installments (principal + jasa). Advance payments toward installments not yet due are not counted.',
      },
    ),
    figure(
      'onTimeRate',
      'fraction',
      onTimeRate,
      { id: 'Tingkat Tepat Waktu', en: 'On-time rate' },
      {
        id: 'Yang dibayar pada atau sebelum tanggal jatuh tempo masing-masing angsuran ÷ jumlah angsuran (pokok + jasa) yang jatuh tempo sampai tanggal laporan.',
        en: "What was paid on or before each installment's own due date ÷ the sum of installments (principal + jasa) due up to the report date.",
      },
    ),
    figure(
      'finesOwed',
      'rupiah',
      finesOwed,
      { id: 'Denda belum dibayar', en: 'Fines owed' },
      {
        id: 'Denda keterlambatan yang dikenakan sampai tanggal laporan dikurangi yang dibayar (baris Denda yang menyebut ID Pinjaman) dan yang dihapus (Hapus Denda). Denda tidak termasuk tunggakan.',
        en: 'Late fines charged up to the report date minus those paid (Denda rows naming the loan) and waived (Hapus Denda). Fines are not part of arrears.',
      },
    ),
    figure(
      'restructuredLoans',
      'count',
      restructuredLoans,
      { id: 'Pinjaman dijadwal ulang', en: 'Rescheduled loans' },
      {
        id: 'Banyaknya pinjaman belum lunas yang pernah dijadwal ulang (Jadwal Ulang di Perubahan Pinjaman).',
        en: 'Number of loans not yet repaid that were rescheduled (Jadwal Ulang in Perubahan Pinjaman).',
      },
    ),
    figure(
      'restructuredPrincipal',
      'rupiah',
      restructuredPrincipal,
      { id: 'Sisa pokok dijadwal ulang', en: 'Rescheduled outstanding principal' },
      {
        id: 'Sisa pokok pinjaman belum lunas yang pernah dijadwal ulang.',
        en: 'Outstanding principal of loans not yet repaid that were rescheduled.',
      },
    ),
    figure(
      'writtenOffLoans',
      'count',
      writtenOffLoans,
      { id: 'Pinjaman dihapus buku', en: 'Loans written off' },
      {
        id: 'Banyaknya pinjaman yang dihapus buku (Hapus Buku) pada atau sebelum tanggal laporan. Pinjaman ini tidak lagi dihitung dalam sisa pokok, tunggakan, PAR30 dan Kol.',
        en: 'Number of loans written off (Hapus Buku) on or before the report date. They no longer count in outstanding principal, arrears, PAR30 or Kol.',
      },
    ),
    figure(
      'writtenOffPrincipal',
      'rupiah',
      writtenOffPrincipal,
      { id: 'Pokok dihapus buku', en: 'Principal written off' },
      {
        id: 'Sisa pokok pinjaman-pinjaman itu pada tanggal hapus bukunya.',
        en: 'Outstanding principal of those loans on the day each was written off.',
      },
    ),
    figure(
      'recoveries',
      'rupiah',
      recoveries,
      { id: 'Pemulihan', en: 'Recoveries' },
      {
        id: 'Angsuran Pinjaman yang masuk untuk pinjaman yang sudah dihapus buku, sesudah tanggal hapus bukunya.',
        en: 'Angsuran Pinjaman rows on written-off loans, dated after their write-off.',
      },
    ),
  ];
  for (const { kol, loans: count, outstandingPrincipal: principal } of perKolList) {
    const name = kolName(kol);
    const range = kolRange(kol, kolLimits);
    figures.push(
      figure(
        `kol${kol}Loans`,
        'count',
        count,
        { id: `Kol ${kol} ${name.id}: pinjaman`, en: `Kol ${kol} ${name.en}: loans` },
        {
          id: `Banyaknya pinjaman belum lunas dengan ${range.id}.`,
          en: `Number of loans not yet repaid with ${range.en}.`,
        },
      ),
      figure(
        `kol${kol}Principal`,
        'rupiah',
        principal,
        { id: `Kol ${kol} ${name.id}: sisa pokok`, en: `Kol ${kol} ${name.en}: outstanding principal` },
        {
          id: `Sisa pokok pinjaman belum lunas dengan ${range.id}.`,
          en: `Outstanding principal of loans not yet repaid with ${range.en}.`,
        },
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
