// `Perubahan Pinjaman` (docs/book.md §7): what each row may say, each rule failing with its code,
// row, column and message, and rows that pass into typed loan changes.
import { readBook } from '../../../src/core/book/readBook';
import { loanChangesTab, type LoanChangeColumn } from '../../../src/core/book/schema';
import type { Cell } from '../../../src/core/cell';
import { TODAY, d, placeIn, placeOf, sampleTabs, tabGrid, tabSource, type Row } from './fixtures';

const valid: Row<LoanChangeColumn> = {
  loanId: 'P001',
  date: d('2026-06-20'),
  kind: 'Jadwal Ulang',
  installments: 6,
  ratePercent: 1,
  method: 'Menurun',
  frequency: 'Bulanan',
  reason: 'Gagal panen',
};

function changesOf(rows: readonly Row<LoanChangeColumn>[], extraTabs: Record<string, Cell[][]> = {}) {
  const reading = readBook(
    tabSource({ ...sampleTabs(), 'Perubahan Pinjaman': tabGrid(loanChangesTab, rows), ...extraTabs }),
    { today: TODAY },
  );
  return {
    changes: reading.book.loanChanges ?? [],
    problems: reading.problems.filter((p) => p.tab === 'Perubahan Pinjaman'),
    all: reading.problems,
  };
}

const at = placeIn(loanChangesTab, 2);

describe('Perubahan Pinjaman', () => {
  it('reads a rescheduling with its new terms', () => {
    const { changes, problems } = changesOf([valid]);
    expect(problems).toEqual([]);
    expect(changes).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 2,
        loanId: 'P001',
        date: '2026-06-20',
        kind: 'Jadwal Ulang',
        installments: 6,
        monthlyRate: 0.01,
        method: 'Menurun',
        frequency: 'Bulanan',
        reason: 'Gagal panen',
      },
    ]);
  });

  it('is optional: a book without the tab has no changes and no problem about it', () => {
    const reading = readBook(tabSource(sampleTabs()), { today: TODAY });
    expect(reading.book.loanChanges).toEqual([]);
    expect(reading.problems.filter((p) => p.tab === 'Perubahan Pinjaman')).toEqual([]);
  });

  it('finds the tab by its aliases, and the kinds by theirs', () => {
    const reading = readBook(
      tabSource({
        ...sampleTabs(),
        'Loan Changes': tabGrid(loanChangesTab, [
          { loanId: 'P001', date: d('2026-06-20'), kind: 'write-off', reason: 'x' },
        ]),
      }),
      { today: TODAY },
    );
    expect(reading.book.loanChanges?.map((c) => c.kind)).toEqual(['Hapus Buku']);
  });

  const failing: [string, Row<LoanChangeColumn>, ReturnType<typeof at>][] = [
    ['loan required', { ...valid, loanId: null }, at('change.loan.missing', 'loanId')],
    ['loan exists', { ...valid, loanId: 'P999' }, at('change.loan.unknown', 'loanId')],
    ['date required', { ...valid, date: null }, at('change.date.missing', 'date')],
    ['date readable', { ...valid, date: 'Juni' }, at('value.date.invalid', 'date')],
    ['date not after today', { ...valid, date: d('2026-11-29') }, at('change.date.future', 'date')],
    ['kind required', { ...valid, kind: null }, at('change.kind.missing', 'kind')],
    ['kind on the list', { ...valid, kind: 'Pemutihan' }, at('change.kind.unknown', 'kind')],
    [
      'new installments for Jadwal Ulang',
      { ...valid, installments: null },
      at('change.installments.missing', 'installments'),
    ],
    [
      'new installments 1 to 260',
      { ...valid, installments: 261 },
      at('loan.installments.range', 'installments'),
    ],
    ['new rate 0 to 10', { ...valid, ratePercent: 12 }, at('loan.rate.range', 'ratePercent')],
    ['new method on the list', { ...valid, method: 'Bunga' }, at('loan.method.unknown', 'method')],
    [
      'new frequency on the list',
      { ...valid, frequency: 'Harian' },
      at('loan.frequency.unknown', 'frequency'),
    ],
    [
      'no new terms on a write-off',
      { ...valid, kind: 'Hapus Buku' },
      at('change.terms.ignored', 'kind', 'warning'),
    ],
    [
      'a reason for a write-off',
      { loanId: 'P001', date: d('2026-06-20'), kind: 'Hapus Buku' },
      at('change.reason.missing', 'reason', 'warning'),
    ],
  ];

  it.each(failing)('%s: fails with its code, row, column and severity', (_rule, row, expected) => {
    const { problems } = changesOf([row]);
    expect(problems.map(placeOf)).toContainEqual(expected);
  });

  it('words an unknown loan and a date after today as the treasurer reads them', () => {
    const { problems } = changesOf([
      { ...valid, loanId: 'P999' },
      { ...valid, date: d('2026-11-29') },
    ]);
    const of = (code: string) => problems.find((p) => p.code === code);
    expect(of('change.loan.unknown')?.message).toEqual({
      id: 'ID Pinjaman "P999" tidak ada di tab Pinjaman. Perbaiki ID-nya; perubahan ini tidak diterapkan.',
      en: 'Loan ID "P999" is not in the Pinjaman tab. Correct the ID; this change is not applied.',
    });
    expect(of('change.date.future')?.message).toEqual({
      id: 'Tanggal 29/11/2026 sesudah hari ini (28/11/2026). Catat perubahan yang sudah diputuskan; perubahan ini tidak diterapkan.',
      en: 'The date 29/11/2026 is after today (28/11/2026). Record changes already decided; this one is not applied.',
    });
    expect([of('change.date.future')?.row, of('change.date.future')?.column]).toEqual([3, 'Tanggal']);
  });

  it('quotes a new rate beyond 10 % with a decimal comma in Indonesian, a decimal point in English', () => {
    const { problems } = changesOf([{ ...valid, ratePercent: 12.5 }]);
    expect(problems.filter((p) => p.code === 'loan.rate.range').map((p) => p.message)).toEqual([
      {
        id: 'Jasa 12,5 % per bulan di luar 0 sampai 10. Tulis persen per bulan, mis. 1,5 untuk 1,5 %.',
        en: 'A rate of 12.5 % per month is outside 0 to 10. Write the percent per month, e.g. 1.5 for 1.5 %.',
      },
    ]);
  });

  it('offers the loan an ID typed in other letters can mean (p001 for P001), and none for an unknown one', () => {
    const { problems, changes } = changesOf([
      { ...valid, loanId: 'p001' },
      { ...valid, loanId: 'P999' },
    ]);
    expect(changes).toEqual([]);
    expect(problems.filter((p) => p.code === 'change.loan.unknown').map((p) => [p.row, p.fix])).toEqual([
      [2, { value: 'P001', label: { id: 'Ganti dengan P001', en: 'Replace with P001' } }],
      [3, undefined],
    ]);
  });

  it('takes a Hapus Denda beside another change of one loan on one date; refuses a second Jadwal Ulang or Hapus Buku there', () => {
    const waiver = {
      ...valid,
      kind: 'Hapus Denda',
      installments: null,
      ratePercent: null,
      method: null,
      frequency: null,
    };
    const writeOff = { ...waiver, kind: 'Hapus Buku' };
    const { changes, problems } = changesOf([valid, waiver, writeOff, waiver]);
    // Row 3, the waiver beside the rescheduling of row 2, is read; the write-off (row 4) and a second
    // waiver (row 5) on that date are refused, each on its own row.
    const message = {
      id: 'Pinjaman P001 sudah punya perubahan pada 20/06/2026 (baris {firstRow}): satu Jadwal Ulang atau Hapus Buku dan satu Hapus Denda per pinjaman per tanggal. Hapus yang salah atau perbaiki tanggalnya; baris ini tidak diterapkan.',
      en: 'Loan P001 already has a change on 20/06/2026 (row {firstRow}): one Jadwal Ulang or Hapus Buku and one Hapus Denda per loan per date. Delete the wrong one or correct the date; this row is not applied.',
    };
    const said = (firstRow: number) => ({
      id: message.id.replace('{firstRow}', String(firstRow)),
      en: message.en.replace('{firstRow}', String(firstRow)),
    });
    expect(problems).toEqual([
      {
        tab: 'Perubahan Pinjaman',
        row: 4,
        column: 'Tanggal',
        col: 2,
        code: 'change.date.duplicate',
        severity: 'error',
        message: said(2),
      },
      {
        tab: 'Perubahan Pinjaman',
        row: 5,
        column: 'Tanggal',
        col: 2,
        code: 'change.date.duplicate',
        severity: 'error',
        message: said(3),
      },
    ]);
    expect(changes.map((c) => [c.row, c.kind])).toEqual([
      [2, 'Jadwal Ulang'],
      [3, 'Hapus Denda'],
    ]);
  });

  it("tells on the Tanggal header's note that a Hapus Denda may stand beside the other change", () => {
    expect(loanChangesTab.columns.find((c) => c.key === 'date')?.note).toEqual({
      id: 'Tanggal keputusan, sejak Tanggal Cair, tidak setelah hari ini; satu perubahan per pinjaman per tanggal (Hapus Denda boleh di sampingnya)',
      en: 'Date of the decision, from the disbursement date, not after today; one change per loan per date (a Hapus Denda may stand beside it)',
    });
  });

  it('says what a write-off without a reason lacks, in both languages', () => {
    const { problems } = changesOf([{ loanId: 'P001', date: d('2026-06-20'), kind: 'Hapus Buku' }]);
    expect(problems.map((p) => p.message)).toEqual([
      {
        id: 'Hapus Buku tanpa keterangan. Tulis alasannya, mis. keputusan rapat anggota dan tanggalnya.',
        en: "A write-off without a reason. Write why, e.g. the members' meeting decision and its date.",
      },
    ]);
  });

  it('applies no row it could not read whole', () => {
    const { changes } = changesOf([
      { ...valid, loanId: 'P999' },
      { ...valid, date: d('2026-11-29') },
      { ...valid, method: 'Bunga', date: d('2026-06-21') },
    ]);
    expect(changes).toEqual([]);
  });

  it('reads a percent-formatted new rate as percent, with the warning Pinjaman gives', () => {
    const { changes, problems } = changesOf([{ ...valid, ratePercent: 0.015 }]);
    expect(changes[0]!.monthlyRate).toBe(0.015);
    expect(problems.map(placeOf)).toEqual([at('loan.rate.percentCell', 'ratePercent', 'warning')]);
  });

  it('applies a rescheduling through the engine from the cells', () => {
    const { changes } = changesOf([
      { ...valid, date: d('2026-03-20'), ratePercent: null, method: null, frequency: null },
    ]);
    expect(changes[0]).toMatchObject({ kind: 'Jadwal Ulang', installments: 6 });
    expect(changes[0]!.monthlyRate).toBeUndefined();
  });
});
