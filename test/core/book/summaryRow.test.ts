// A summary row typed by hand is skipped with an info (docs/book.md §1); only on Kas does it add
// where the opening cash balance goes, the one tab whose balance starts from that setting.
import { reviewBook } from '../../../src/core/reviewBook';
import { planTab, saprodiTab } from '../../../src/core/book/schema';
import {
  activitiesGrid,
  baseActivities,
  baseCash,
  baseLoans,
  baseMembers,
  cashGrid,
  loansGrid,
  membersGrid,
  sampleTabs,
  tabGrid,
  tabSource,
  TODAY,
} from './fixtures';

const summaries = (tabs: Record<string, ReturnType<typeof cashGrid>>) =>
  reviewBook(tabSource({ ...sampleTabs(), ...tabs }), TODAY)
    .problems.filter((p) => p.code === 'row.summary')
    .map((p) => [p.tab, p.row, p.column, p.col, p.message.id, p.message.en]);

const skipped = 'Baris ringkasan "Jumlah" dilewati: jumlah dan saldo dihitung sendiri oleh add-on.';
const skippedEn = 'Summary row "Jumlah" skipped: the add-on computes totals and balances itself.';

describe('row.summary', () => {
  it('on Kas, says that the opening balance goes into Pengaturan', () => {
    expect(summaries({ Kas: cashGrid([...baseCash, { description: 'Jumlah', amountIn: 1 }]) })).toEqual([
      [
        'Kas',
        7,
        '',
        0,
        `${skipped} Saldo awal kas ditulis di Pengaturan (Saldo Awal Kas).`,
        `${skippedEn} An opening cash balance goes into Pengaturan (Saldo Awal Kas).`,
      ],
    ]);
  });

  it('on Anggota, Pinjaman, Kegiatan, RUK and Saprodi, says nothing of cash', () => {
    expect(
      summaries({
        Anggota: membersGrid([...baseMembers, { memberId: 'Jumlah' }]),
        Pinjaman: loansGrid([...baseLoans, { loanId: 'Jumlah' }]),
        Kegiatan: activitiesGrid([...baseActivities, { description: 'Jumlah' }]),
        RUK: tabGrid(planTab, [{ code: 'Jumlah', cost: 1 }]),
        Saprodi: tabGrid(saprodiTab, [{ memberId: 'Jumlah', plannedKg: 1 }]),
      }),
    ).toEqual([
      ['Anggota', 5, '', 0, skipped, skippedEn],
      ['Kegiatan', 3, '', 0, skipped, skippedEn],
      ['Pinjaman', 3, '', 0, skipped, skippedEn],
      ['RUK', 2, '', 0, skipped, skippedEn],
      ['Saprodi', 2, '', 0, skipped, skippedEn],
    ]);
  });
});
