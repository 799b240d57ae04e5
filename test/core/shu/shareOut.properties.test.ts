// Properties of the share-out (fast-check): every split adds up, no share is negative, a member with
// neither savings nor jasa gets 0, and the order of the Kas rows changes nothing.
import fc from 'fast-check';
import { addDays } from '../../../src/core/isoDate';
import { shareOut } from '../../../src/core/shu/shareOut';
import { splitLargestRemainder } from '../../../src/core/shu/splitLargestRemainder';
import { bookOf, cash, loan, member, repayment } from '../bookBuilder';

describe('splitLargestRemainder', () => {
  it('adds up exactly, never negative, each share within one Rupiah of its exact part', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999_999_999 }),
        fc.array(fc.integer({ min: 0, max: 999_999_999_999 }), { minLength: 1, maxLength: 40 }),
        (total, weights) => {
          const { shares, left } = splitLargestRemainder(total, weights);
          const sum = weights.reduce((s, w) => s + w, 0);
          if (sum === 0) {
            expect(shares.every((s) => s === 0)).toBe(true);
            expect(left).toBe(total);
            return;
          }
          expect(left).toBe(0);
          expect(shares.reduce((s, x) => s + x, 0)).toBe(total);
          shares.forEach((share, i) => {
            expect(share).toBeGreaterThanOrEqual(0);
            if (weights[i] === 0) expect(share).toBe(0);
            const exact = (total * weights[i]!) / sum;
            expect(Math.abs(share - exact)).toBeLessThan(1 + 1e-6 * exact);
          });
        },
      ),
    );
  });

  it('gives the Rupiah left to the largest remainders, ties to the earlier one', () => {
    // 10 by 1 : 1 : 1 → 3,33 each; the one Rupiah left goes to the first.
    expect(splitLargestRemainder(10, [1, 1, 1]).shares).toEqual([4, 3, 3]);
    // 11 by 1 : 1 : 1 → two left: the first two.
    expect(splitLargestRemainder(11, [1, 1, 1]).shares).toEqual([4, 4, 3]);
    // 100 by 1 : 2 : 4 → 14,29 / 28,57 / 57,14: floors 14 + 28 + 57 = 99, one left to 28,57.
    expect(splitLargestRemainder(100, [1, 2, 4]).shares).toEqual([14, 29, 57]);
  });

  it('refuses what is not whole Rupiah', () => {
    expect(() => splitLargestRemainder(1.5, [1])).toThrow('not whole Rupiah');
    expect(() => splitLargestRemainder(10, [-1])).toThrow('not a whole number');
  });
});

const memberIds = ['A1', 'A2', 'A3', 'A4', 'A5', 'A6'];
const row = fc.oneof(
  fc.record({
    kind: fc.constantFrom(
      'Simpanan Pokok',
      'Simpanan Wajib',
      'Simpanan Sukarela',
      'Penarikan Simpanan' as const,
    ),
    member: fc.integer({ min: 0, max: 4 }),
    day: fc.integer({ min: -200, max: 500 }),
    amount: fc.integer({ min: 1, max: 5_000_000 }),
  }),
  fc.record({
    kind: fc.constantFrom('Denda', 'Biaya Operasional' as const),
    member: fc.integer({ min: 0, max: 4 }),
    day: fc.integer({ min: -200, max: 500 }),
    amount: fc.integer({ min: 1, max: 3_000_000 }),
  }),
  fc.record({
    kind: fc.constant('Angsuran Pinjaman' as const),
    member: fc.integer({ min: 0, max: 1 }),
    day: fc.integer({ min: -100, max: 500 }),
    amount: fc.integer({ min: 1, max: 2_000_000 }),
  }),
);

const scenario = fc.record({
  rows: fc.array(row, { maxLength: 60 }),
  joinDays: fc.array(fc.integer({ min: -400, max: 400 }), { minLength: 6, maxLength: 6 }),
  order: fc.array(fc.integer(), { maxLength: 60 }),
});

function build(
  s: { rows: (typeof row extends fc.Arbitrary<infer R> ? R : never)[]; joinDays: number[] },
  order?: number[],
) {
  const start = '2026-01-01';
  const rows = s.rows.map((r) => {
    const date = addDays(start, r.day);
    const memberId = memberIds[r.member]!;
    if (r.kind === 'Angsuran Pinjaman') return repayment(`P${r.member}`, memberId, date, r.amount);
    const out = r.kind === 'Penarikan Simpanan' || r.kind === 'Biaya Operasional';
    return cash(
      date,
      r.kind,
      out ? { out: r.amount } : { in: r.amount },
      r.kind === 'Biaya Operasional' ? {} : { memberId },
    );
  });
  const ordered = order
    ? rows
        .map((r, i) => ({ r, k: order[i % Math.max(1, order.length)] ?? 0, i }))
        .sort((a, b) => a.k - b.k || a.i - b.i)
        .map((x) => x.r)
    : rows;
  return bookOf({
    // A6 never has a row: no savings, no jasa.
    members: memberIds.map((id, i) =>
      member(id, `Anggota ${id}`, { joinDate: addDays(start, s.joinDays[i]!) }),
    ),
    loans: [
      loan('P0', 'A1', '2025-09-01', 3_000_000, { installments: 10 }),
      loan('P1', 'A2', '2026-03-01', 1_000_000, { method: 'Anuitas', monthlyRate: 0.02, installments: 6 }),
    ],
    cash: ordered,
  });
}

describe('shareOut properties', () => {
  it('every split adds up, no share is negative, no savings and no jasa gets 0', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const share = shareOut(build(s), 2026, '2027-02-01');
        const shared = Math.max(0, share.shu);
        expect(share.shu).toBe(share.income.total - share.costs.total);
        expect(share.parts.reduce((t, p) => t + p.amount, 0)).toBe(shared);
        const part = (role: string) => share.parts.find((p) => p.role === role)!.amount;
        expect(share.members.reduce((t, m) => t + m.fromSavings, 0)).toBe(part('savings'));
        expect(share.members.reduce((t, m) => t + m.fromLoans, 0)).toBe(part('loans'));
        for (const p of share.parts) expect(p.amount).toBeGreaterThanOrEqual(0);
        for (const m of share.members) {
          expect(m.fromSavings).toBeGreaterThanOrEqual(0);
          expect(m.fromLoans).toBeGreaterThanOrEqual(0);
          expect(m.total).toBe(m.fromSavings + m.fromLoans);
          if (m.monthEndSavings === 0 && m.jasaPaid === 0) expect(m.total).toBe(0);
        }
        const a6 = share.members.find((m) => m.memberId === 'A6');
        if (a6) expect(a6.total).toBe(0);
      }),
    );
  });

  it('does not depend on the order of the Kas rows', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const a = shareOut(build(s), 2026, '2027-02-01');
        const b = shareOut(build(s, s.order), 2026, '2027-02-01');
        expect(b).toEqual(a);
      }),
    );
  });
});
