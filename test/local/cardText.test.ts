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
});
