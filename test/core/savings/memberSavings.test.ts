// Savings per member and the over-withdrawal rule.
import fc from 'fast-check';
import { addDays } from '../../../src/core/isoDate';
import { creditReport } from '../../../src/core/credit/creditReport';
import { memberCard } from '../../../src/core/memberCard/memberCard';
import { memberSavings } from '../../../src/core/savings/memberSavings';
import { shareOut } from '../../../src/core/shu/shareOut';
import { bookOf, cash, member } from '../bookBuilder';

const members = [member('A001', 'Siti Aminah'), member('A002', 'Budi Santoso'), member('A003', 'Wayan')];
const columns = { cash: { amountOut: { header: 'Keluar', col: 8 } } };

describe('memberSavings', () => {
  const book = bookOf({
    members,
    columns,
    cash: [
      cash('2026-01-05', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A001' }),
      cash('2026-01-05', 'Simpanan Pokok', { in: 50_000 }, { memberId: 'A002' }),
      cash('2026-02-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001' }),
      cash('2026-03-05', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'A001' }),
      cash('2026-03-05', 'Simpanan Sukarela', { in: 25_000 }, { memberId: 'A002' }),
      cash('2026-03-10', 'Penarikan Simpanan', { out: 20_000 }, { memberId: 'A002' }),
      cash('2026-03-10', 'Iuran', { in: 5_000 }, { memberId: 'A001' }),
      cash('2026-03-10', 'Simpanan Wajib', { in: 10_000 }, { memberId: 'X999' }),
    ],
  });

  it('sums savings by kind and member, with totals', () => {
    const s = memberSavings(book);
    expect(s.members).toEqual([
      {
        memberId: 'A001',
        memberName: 'Siti Aminah',
        pokok: 50_000,
        wajib: 20_000,
        sukarela: 0,
        withdrawn: 0,
        balance: 70_000,
      },
      {
        memberId: 'A002',
        memberName: 'Budi Santoso',
        pokok: 50_000,
        wajib: 0,
        sukarela: 25_000,
        withdrawn: 20_000,
        balance: 55_000,
      },
      { memberId: 'A003', memberName: 'Wayan', pokok: 0, wajib: 0, sukarela: 0, withdrawn: 0, balance: 0 },
    ]);
    expect(s.totals).toEqual({
      members: 3,
      pokok: 100_000,
      wajib: 20_000,
      sukarela: 25_000,
      withdrawn: 20_000,
      balance: 125_000,
    });
    expect(s.problems).toEqual([]);
  });

  it('counts only rows on or before the as-of date', () => {
    const s = memberSavings(book, '2026-02-28');
    expect(s.asOf).toBe('2026-02-28');
    expect(s.members.map((m) => m.balance)).toEqual([60_000, 50_000, 0]);
  });

  it('passes a withdrawal of exactly the balance, saved earlier on the same day in sheet order', () => {
    const s = memberSavings(
      bookOf({
        members,
        cash: [
          cash('2026-01-05', 'Simpanan Sukarela', { in: 30_000 }, { memberId: 'A003' }),
          cash('2026-01-05', 'Penarikan Simpanan', { out: 30_000 }, { memberId: 'A003' }),
        ],
      }),
    );
    expect(s.problems).toEqual([]);
    expect(s.members[2]!.balance).toBe(0);
  });

  it('reports a withdrawal beyond the balance at its date on its Keluar cell, and still counts it', () => {
    const s = memberSavings(
      bookOf({
        members,
        columns,
        cash: [
          // Row 2 is dated after row 3: in date order the withdrawal comes first, when nothing is saved yet.
          cash('2026-01-06', 'Simpanan Sukarela', { in: 30_000 }, { memberId: 'A003' }),
          cash('2026-01-05', 'Penarikan Simpanan', { out: 10_000 }, { memberId: 'A003' }),
          cash('2026-01-07', 'Penarikan Simpanan', { out: 20_000 }, { memberId: 'A003' }),
        ],
      }),
    );
    expect(s.problems).toHaveLength(1);
    expect(s.problems[0]).toMatchObject({
      tab: 'Kas',
      row: 3,
      column: 'Keluar',
      col: 8,
      code: 'cash.withdrawal.exceedsSavings',
      severity: 'error',
    });
    expect(s.problems[0]!.message).toEqual({
      id: 'Penarikan Rp 10.000 oleh Wayan (A003) pada 05/01/2026 melebihi simpanannya saat itu (Rp 0). Periksa jumlah, tanggal dan ID Anggota, atau catat simpanan yang belum tercatat sebelum baris ini.',
      en: 'Withdrawal of Rp 10,000 by Wayan (A003) on 05/01/2026 is more than their savings at that time (Rp 0). Check the amount, date and Member ID, or record the missing savings before this row.',
    });
    expect(s.members[2]).toMatchObject({ sukarela: 30_000, withdrawn: 30_000, balance: 0 });
  });

  it('orders same-day rows by sheet row: a withdrawal above the saving of that day is an error', () => {
    const s = memberSavings(
      bookOf({
        members,
        cash: [
          cash('2026-01-05', 'Penarikan Simpanan', { out: 30_000 }, { memberId: 'A003' }),
          cash('2026-01-05', 'Simpanan Sukarela', { in: 30_000 }, { memberId: 'A003' }),
        ],
      }),
    );
    expect(s.problems.map((p) => [p.code, p.row, p.column, p.col])).toEqual([
      ['cash.withdrawal.exceedsSavings', 2, 'Keluar', 0],
    ]);
  });
});

describe('memberSavings properties', () => {
  const kinds = ['Simpanan Pokok', 'Simpanan Wajib', 'Simpanan Sukarela', 'Penarikan Simpanan'] as const;
  const stream = fc.uniqueArray(
    fc.record({
      day: fc.integer({ min: 0, max: 400 }),
      member: fc.constantFrom('A001', 'A002', 'A003'),
      kind: fc.constantFrom(...kinds),
      amount: fc.integer({ min: 1, max: 1_000_000 }),
    }),
    { maxLength: 40, selector: (r) => r.day },
  );
  const rowsOf = (
    s: readonly { day: number; member: string; kind: (typeof kinds)[number]; amount: number }[],
  ) =>
    s.map((r) =>
      cash(
        addDays('2026-01-01', r.day),
        r.kind,
        r.kind === 'Penarikan Simpanan' ? { out: r.amount } : { in: r.amount },
        { memberId: r.member },
      ),
    );

  it('balances add up, and neither they nor the errors depend on the order of rows with different dates', () => {
    fc.assert(
      fc.property(stream, fc.integer(), (s, seed) => {
        const rows = rowsOf(s);
        const result = memberSavings(bookOf({ members, cash: rows }));
        const ins = s.filter((r) => r.kind !== 'Penarikan Simpanan').reduce((sum, r) => sum + r.amount, 0);
        const outs = s.filter((r) => r.kind === 'Penarikan Simpanan').reduce((sum, r) => sum + r.amount, 0);
        expect(result.totals.balance).toBe(ins - outs);
        for (const m of result.members) expect(m.balance).toBe(m.pokok + m.wajib + m.sukarela - m.withdrawn);
        // Another sheet order: same rows, moved.
        const key = (r: (typeof rows)[number]) =>
          ((r.amountIn + r.amountOut) * 2_654_435_761 + seed) % 1_000_003;
        const moved = [...rows].sort((a, b) => key(a) - key(b));
        const again = memberSavings(bookOf({ members, cash: moved.map((r, i) => ({ ...r, row: i + 2 })) }));
        expect(again.members).toEqual(result.members);
        expect(again.problems.length).toBe(result.problems.length);
      }),
      { numRuns: 200 },
    );
  });
});

describe('a savings row on the wrong side of Kas (an error on its row): one rule everywhere', () => {
  // Found by an audit: the card's running balance ended at 80.000, its own total and Simpanan said
  // 70.000, and the SHU averaged 80.000 at the last month-ends.
  const book = bookOf({
    members: [member('A1', 'Siti')],
    columns,
    cash: [
      cash('2026-01-05', 'Simpanan Pokok', { in: 70_000 }, { memberId: 'A1' }),
      // A withdrawal typed in Masuk, a deposit typed in Keluar: neither moves the savings.
      cash('2026-11-10', 'Penarikan Simpanan', { in: 20_000 }, { memberId: 'A1' }),
      cash('2026-11-12', 'Simpanan Wajib', { out: 10_000 }, { memberId: 'A1' }),
    ],
  });
  const asOf = '2026-12-31';

  it('Simpanan, the card (its running balance and its total) and the SHU count the same 70.000', () => {
    const savings = memberSavings(book, asOf);
    expect(savings.members[0]?.balance).toBe(70_000);
    const card = memberCard({ book, credit: creditReport(book, asOf), savings }, book.members[0]!);
    expect(card.savings.balance).toBe(70_000);
    // The rows that move nothing are not movements; the check names them on their rows.
    expect(card.savings.movements.map((m) => [m.category, m.amountIn, m.amountOut, m.balance])).toEqual([
      ['Simpanan Pokok', 70_000, 0, 70_000],
    ]);
    const shu = shareOut(book, 2026, '2027-01-10');
    expect(shu.members.find((m) => m.memberId === 'A1')?.monthEndSavings).toBe(12 * 70_000);
  });
});
