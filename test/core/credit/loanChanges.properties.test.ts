// Properties of loan changes and fines (docs/book.md §7) over random loans, repayment streams,
// reschedulings, write-offs and waivers (fast-check).
import fc from 'fast-check';
import type { LoanChange } from '../../../src/core/book/types';
import { creditReport } from '../../../src/core/credit/creditReport';
import { addDays } from '../../../src/core/isoDate';
import { bookOf, cash, loan, member, repayment, type Rowless } from '../bookBuilder';

const START = '2024-01-01';

const scenario = fc.record({
  principal: fc.integer({ min: 1, max: 50_000_000 }),
  ratePercent: fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
  installments: fc.integer({ min: 1, max: 24 }),
  method: fc.constantFrom('Flat' as const, 'Menurun' as const, 'Anuitas' as const),
  frequency: fc.constantFrom('Bulanan' as const, 'Mingguan' as const, 'Musiman' as const),
  repayments: fc.uniqueArray(
    fc.record({ day: fc.integer({ min: 0, max: 900 }), amount: fc.integer({ min: 1, max: 10_000_000 }) }),
    { maxLength: 20, selector: (r) => r.day },
  ),
  finePayments: fc.array(
    fc.record({ day: fc.integer({ min: 0, max: 900 }), amount: fc.integer({ min: 1, max: 50_000 }) }),
    { maxLength: 4 },
  ),
  changes: fc.uniqueArray(
    fc.record({
      day: fc.integer({ min: 0, max: 900 }),
      kind: fc.constantFrom('Jadwal Ulang' as const, 'Hapus Buku' as const, 'Hapus Denda' as const),
      installments: fc.integer({ min: 1, max: 24 }),
      frequency: fc.constantFrom(undefined, 'Bulanan' as const, 'Mingguan' as const, 'Musiman' as const),
      method: fc.constantFrom(undefined, 'Flat' as const, 'Menurun' as const, 'Anuitas' as const),
    }),
    { maxLength: 3, selector: (c) => c.day },
  ),
  lateFine: fc.constantFrom(0, 5_000, 10_000),
  graceDays: fc.integer({ min: 0, max: 10 }),
  asOfDay: fc.integer({ min: 0, max: 1200 }),
});

type Scenario = typeof scenario extends fc.Arbitrary<infer T> ? T : never;

function bookFor(s: Scenario, options: { lateFine?: number; changes?: boolean } = {}) {
  const installments = s.frequency === 'Musiman' ? Math.min(s.installments, 12) : s.installments;
  const changes: Rowless<LoanChange>[] =
    (options.changes ?? true)
      ? s.changes.map((c, i) => ({
          loanId: 'P1',
          date: addDays(START, c.day),
          kind: c.kind,
          row: i + 2,
          ...(c.kind === 'Jadwal Ulang' && {
            installments: c.frequency === 'Musiman' ? Math.min(c.installments, 12) : c.installments,
            ...(c.frequency && { frequency: c.frequency }),
            ...(c.method && { method: c.method }),
          }),
        }))
      : [];
  return bookOf({
    settings: { lateFine: options.lateFine ?? s.lateFine, fineGraceDays: s.graceDays },
    members: [member('A1', 'Sri')],
    loans: [
      loan('P1', 'A1', START, s.principal, {
        monthlyRate: s.ratePercent / 100,
        method: s.method,
        installments,
        frequency: s.frequency,
      }),
    ],
    cash: [
      ...s.repayments.map((r) => repayment('P1', 'A1', addDays(START, r.day), r.amount)),
      ...s.finePayments.map((f) =>
        cash(addDays(START, f.day), 'Denda', { in: f.amount }, { memberId: 'A1', loanId: 'P1' }),
      ),
    ],
    loanChanges: changes,
  });
}

const runs = { numRuns: 300 };

describe('loan changes and fines: properties', () => {
  it('adds the new principal parts of a rescheduling up to B, and every schedule up to P', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const b = creditReport(bookFor(s), addDays(START, s.asOfDay)).loans[0]!;
        expect(b.installments.reduce((sum, i) => sum + i.principal, 0)).toBe(b.principal);
        if (b.rescheduledOn !== undefined) {
          const fresh = b.installments.filter((i) => i.rescheduledOn === b.rescheduledOn);
          const older = b.installments.filter((i) => i.rescheduledOn !== b.rescheduledOn);
          const B = b.principal - older.reduce((sum, i) => sum + i.paidPrincipal, 0);
          expect(fresh.reduce((sum, i) => sum + i.principal, 0)).toBe(B);
        }
      }),
      runs,
    );
  });

  it('counts no Rupiah twice: paid = allocated + overpaid, and every row is repaid or a recovery', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const asOf = addDays(START, s.asOfDay);
        const b = creditReport(bookFor(s), asOf).loans[0]!;
        const allocated = b.installments.reduce((sum, i) => sum + i.paidPrincipal + i.paidJasa, 0);
        expect(b.repaid).toBe(allocated + b.overpaid);
        const rows = s.repayments
          .filter((r) => addDays(START, r.day) <= asOf)
          .reduce((sum, r) => sum + r.amount, 0);
        expect(b.repaid + b.recoveries).toBe(rows);
        expect(b.repayments.reduce((sum, u) => sum + u.principal + u.jasa + u.beyond + u.recovery, 0)).toBe(
          rows,
        );
        expect(b.paid).toBeLessThanOrEqual(b.due);
        expect(b.paid).toBeLessThanOrEqual(b.repaid);
        const scheduled = b.installments.reduce((sum, i) => sum + i.principal + i.jasa, 0);
        expect(b.due).toBeLessThanOrEqual(scheduled);
        for (const i of b.installments) {
          expect(i.paidPrincipal).toBeLessThanOrEqual(i.principal);
          expect(i.paidJasa).toBeLessThanOrEqual(i.jasa);
        }
        expect(b.arrears).toBeGreaterThanOrEqual(0);
        expect(b.outstandingPrincipal).toBeGreaterThanOrEqual(0);
      }),
      runs,
    );
  });

  it('splits recoveries as the same repayments settle the loan not written off', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const asOf = addDays(START, s.asOfDay);
        const writeOff = Math.min(...s.changes.filter((c) => c.kind === 'Hapus Buku').map((c) => c.day));
        // A Jadwal Ulang after the write-off is refused with it and applied without it: not the same loan.
        if (s.changes.some((c) => c.kind === 'Jadwal Ulang' && c.day > writeOff)) return;
        const b = creditReport(bookFor(s), asOf).loans[0]!;
        const kept = creditReport(
          bookFor({ ...s, changes: s.changes.filter((c) => c.kind !== 'Hapus Buku') }),
          asOf,
        ).loans[0]!;
        const paid = (l: typeof b, part: 'paidJasa' | 'paidPrincipal') =>
          l.installments.reduce((sum, i) => sum + i[part], 0);
        expect(paid(b, 'paidJasa') + b.recoveriesJasa).toBe(paid(kept, 'paidJasa'));
        expect(paid(b, 'paidPrincipal') + b.recoveries - b.recoveriesJasa).toBe(paid(kept, 'paidPrincipal'));
        expect(b.repayments.reduce((sum, u) => sum + u.recoveryJasa, 0)).toBe(b.recoveriesJasa);
        if (!b.writtenOff) expect(b.recoveriesJasa).toBe(0);
      }),
      runs,
    );
  });

  it('never raises PAR30’s denominator with a write-off', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const asOf = addDays(START, s.asOfDay);
        const withChanges = creditReport(bookFor(s), asOf).portfolio;
        const writeOffs = s.changes.filter((c) => c.kind === 'Hapus Buku');
        const withoutWriteOffs = creditReport(
          bookFor({ ...s, changes: s.changes.filter((c) => c.kind !== 'Hapus Buku') }),
          asOf,
        ).portfolio;
        if (writeOffs.length > 0)
          expect(withChanges.outstandingPrincipal).toBeLessThanOrEqual(withoutWriteOffs.outstandingPrincipal);
        if (withChanges.writtenOffLoans > 0) expect(withChanges.outstandingPrincipal).toBe(0);
      }),
      runs,
    );
  });

  it('never changes due, arrears, days past due or Kol through fines', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const asOf = addDays(START, s.asOfDay);
        const strip = (r: ReturnType<typeof creditReport>) =>
          r.loans.map((b) => [b.due, b.paid, b.arrears, b.daysPastDue, b.kol, b.kolByDays, b.status]);
        expect(strip(creditReport(bookFor(s, { lateFine: 25_000 }), asOf))).toEqual(
          strip(creditReport(bookFor(s, { lateFine: 0 }), asOf)),
        );
      }),
      runs,
    );
  });

  it('never owes a waived fine', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const asOf = addDays(START, s.asOfDay);
        const b = creditReport(bookFor(s, { lateFine: 10_000 }), asOf).loans[0]!;
        expect(b.finesOwed).toBe(Math.max(0, b.finesCharged - b.finesPaid - b.finesWaived));
        const waivers = b.changes.filter((c) => c.kind === 'waiveFines').map((c) => c.date);
        if (waivers.length === 0) return;
        const last = waivers[waivers.length - 1]!;
        // What is owed can only be fines charged after the last waiver.
        const after = b.fines.filter((f) => f.date > last).reduce((sum, f) => sum + f.amount, 0);
        expect(b.finesOwed).toBeLessThanOrEqual(after);
        for (const f of b.fines) if (f.waivedOn !== undefined) expect(f.date <= f.waivedOn).toBe(true);
      }),
      runs,
    );
  });
});
