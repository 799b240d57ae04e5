// The command line's `card` text: the next installment reads `no. 2` in English as `ke-2` in
// Indonesian, each followed by its date and amount (docs/book.md §8).
import { creditReport } from '../../src/core/credit/creditReport';
import { memberCard } from '../../src/core/memberCard/memberCard';
import { memberSavings } from '../../src/core/savings/memberSavings';
import { cardText } from '../../src/local/commands/card';
import { bookOf, loan, member, repayment } from '../core/bookBuilder';

describe('card text', () => {
  // 1.200.000 at 1 % a month, Flat, 4 monthly from 15/01/2026: 312.000 each; no. 1 paid on 15/02.
  const book = bookOf({
    members: [member('A1', 'Siti')],
    loans: [loan('P1', 'A1', '2026-01-15', 1_200_000, { monthlyRate: 0.01, installments: 4 })],
    cash: [repayment('P1', 'A1', '2026-02-15', 312_000)],
  });
  const asOf = '2026-03-01';
  const card = memberCard(
    { book, credit: creditReport(book, asOf), savings: memberSavings(book, asOf) },
    book.members[0]!,
  );

  it('names the next installment with a space after no., as ke-2 in Indonesian', () => {
    const next = (lang: 'id' | 'en') =>
      cardText(card, lang).filter((l) => /^ {2}(Angsuran berikut|Next installment)/.test(l));
    expect(next('id')).toEqual(['  Angsuran berikut: ke-2 15 Maret 2026 Rp 312.000']);
    expect(next('en')).toEqual(['  Next installment: no. 2 15 March 2026 Rp 312,000']);
  });

  const changed = (kind: 'Jadwal Ulang' | 'Hapus Buku') => {
    const b = {
      ...book,
      loanChanges: [
        {
          loanId: 'P1',
          date: '2026-02-20',
          kind,
          ...(kind === 'Jadwal Ulang' && { installments: 2 }),
          reason: 'gagal panen',
          row: 2,
          tab: 'Perubahan Pinjaman',
        },
      ],
    };
    const at = '2026-03-01';
    return memberCard({ book: b, credit: creditReport(b, at), savings: memberSavings(b, at) }, b.members[0]!);
  };
  const loanLines = (lines: string[]) => lines.slice(lines.findIndex((l) => l.startsWith('Pinjaman P1')));

  it('a rescheduled loan: the old installments closed, the new ones under a line that says so', () => {
    // On 20/02 installment 1 was paid and none other due: 900.000 owed becomes 2 new installments.
    expect(loanLines(cardText(changed('Jadwal Ulang'), 'id')).slice(0, 4)).toEqual([
      'Pinjaman P1: Rp 1.200.000 cair 15 Januari 2026 · Lancar · Jadwal Ulang 20/02/2026',
      '    1  15/02/2026     Rp 312.000  dibayar    Rp 312.000  lunas 15/02/2026',
      '  Jadwal Ulang 20/02/2026: sisa pokok Rp 900.000 menjadi 2 angsuran baru. Angsuran sebelumnya ditutup sebesar yang sudah dibayar.',
      '    1  20/03/2026     Rp 459.000  dibayar          Rp 0',
    ]);
  });

  it('a Kol held since a rescheduling: the Kol, and why, as balances says it (found by an audit: not said)', () => {
    // Installment 2 (15/03) 5 days late when rescheduled on 20/03: Kol 2 held, though 0 days past due now.
    const b = {
      ...book,
      loanChanges: [
        {
          loanId: 'P1',
          date: '2026-03-20',
          kind: 'Jadwal Ulang' as const,
          installments: 2,
          reason: 'gagal panen',
          row: 2,
          tab: 'Perubahan Pinjaman',
        },
      ],
    };
    const at = '2026-04-01';
    const held = memberCard(
      { book: b, credit: creditReport(b, at), savings: memberSavings(b, at) },
      b.members[0]!,
    );
    const lines = loanLines(cardText(held, 'id'));
    const arrears = lines.findIndex((l) => l.startsWith('  Tunggakan'));
    expect(lines[arrears]).toContain('hari tunggakan 0 · Kol 2');
    expect(lines[arrears + 1]).toBe(
      '  Kol 2 ditahan sejak Jadwal Ulang 20/03/2026 sampai 3 angsuran baru berturut-turut tepat waktu (menurut hari tunggakan: Kol 1)',
    );
  });

  it('a written-off loan: what was written off and recovered, and that the unpaid rows are no arrears', () => {
    const lines = cardText(changed('Hapus Buku'), 'en');
    expect(lines).toContain(
      '  Written off 20/02/2026: principal written off Rp 900,000, recoveries Rp 0. What is unpaid above is no longer arrears.',
    );
  });
});
