// One loan's history (docs/book.md §5 and §7): repayments settle installments in date order, loan
// changes reschedule, write off or waive fines on their dates, and the state as of a date is kept.
import { byDate } from '../byDateThenRow';
import type { CashEntry, Loan, LoanChange } from '../book/types';
import type { IsoDate } from '../cell';
import { addDays, daysBetween } from '../isoDate';
import type { Rupiah } from '../money';
import { kolOf } from './collectibility';
import { loanSchedule } from './loanSchedule';
import type { Installment, Kol, LoanChangeCode, RepaymentUse } from './types';

/** An installment as the ledger keeps it while repayments and changes come in. */
export interface LedgerInstallment extends Installment {
  paidPrincipal: Rupiah;
  paidJasa: Rupiah;
  /** The part paid by repayments dated on or before the installment's own due date. */
  paidOnTime: Rupiah;
  settledOn?: IsoDate;
  closedOn?: IsoDate;
  rescheduledOn?: IsoDate;
  /** Principal + jasa as first scheduled: a closed installment keeps it to judge whether it was late. */
  readonly scheduled: Rupiah;
}

/** While a rescheduling holds the Kol: the Kol on its date, and where its new schedule starts. */
export interface KolHold {
  readonly kol: Kol;
  readonly since: IsoDate;
  readonly firstNew: number;
}

/** The loan as of one date. */
export interface LedgerState {
  readonly installments: readonly LedgerInstallment[];
  readonly repaid: Rupiah;
  readonly overpaid: Rupiah;
  readonly recoveries: Rupiah;
  /** Of `recoveries`, the jasa part (docs/book.md §7): income of the year each recovery is dated in. */
  readonly recoveriesJasa: Rupiah;
  readonly hold?: KolHold;
  readonly writtenOff?: { readonly date: IsoDate; readonly principal: Rupiah };
  readonly changes: readonly {
    readonly date: IsoDate;
    readonly kind: LoanChangeCode;
    readonly change: LoanChange;
  }[];
  readonly uses: readonly RepaymentUse[];
}

/** Why a change was not applied, or applied with a warning; the credit report words it. */
export type ChangeFinding =
  | { readonly change: LoanChange; readonly kind: 'beforeDisbursement' }
  | { readonly change: LoanChange; readonly kind: 'afterRepaid'; readonly repaidOn: IsoDate }
  | { readonly change: LoanChange; readonly kind: 'afterWriteOff'; readonly writtenOffOn: IsoDate }
  | { readonly change: LoanChange; readonly kind: 'seasonalTerm'; readonly months: number }
  | { readonly change: LoanChange; readonly kind: 'writeOffNotKol5'; readonly kol: Kol };

export interface Ledger {
  /** As of the as-of date. */
  readonly asOf: LedgerState;
  /** After every row and change, whatever its date: which installments end up settled late. */
  readonly final: LedgerState;
  readonly beforeDisbursement: readonly CashEntry[];
  readonly excess: readonly { readonly entry: CashEntry; readonly amount: Rupiah }[];
  readonly findings: readonly ChangeFinding[];
}

const changeCodes: Record<LoanChange['kind'], LoanChangeCode> = {
  'Jadwal Ulang': 'reschedule',
  'Hapus Buku': 'writeOff',
  'Hapus Denda': 'waiveFines',
};

/** Days past due on `date`: from the oldest installment not settled, once its due date has passed. */
export function daysPastDueOn(installments: readonly LedgerInstallment[], date: IsoDate): number {
  const open = installments.find((s) => s.settledOn === undefined || s.settledOn > date);
  return open && open.due < date ? daysBetween(open.due, date) : 0;
}

/**
 * Whether three consecutive installments of the new schedule were each settled on or before their
 * due date, by `date`: then the Kol held since the rescheduling is released (docs/book.md §7).
 */
export function holdReleased(
  installments: readonly LedgerInstallment[],
  hold: KolHold,
  date: IsoDate,
): boolean {
  let run = 0;
  for (let i = hold.firstNew; i < installments.length; i++) {
    const s = installments[i]!;
    if (s.settledOn === undefined || s.settledOn > date) return false;
    run = s.settledOn <= s.due ? run + 1 : 0;
    if (run >= 3) return true;
  }
  return false;
}

function copyState(
  installments: readonly LedgerInstallment[],
  rest: Omit<LedgerState, 'installments' | 'changes' | 'uses'>,
  changes: LedgerState['changes'],
  uses: readonly RepaymentUse[],
): LedgerState {
  return {
    ...rest,
    installments: installments.map((s) => ({ ...s })),
    changes: [...changes],
    uses: [...uses],
  };
}

/**
 * Runs the loan's whole history once. `repayments` are the loan's `Angsuran Pinjaman` rows sorted
 * with `byDateThenRow`; `changes` its `Perubahan Pinjaman` rows (any order). Repayments of a date
 * come before a change of the same date ("repayments dated ≤ T settle the schedule in force").
 */
export function loanLedger(
  loan: Loan,
  repayments: readonly CashEntry[],
  changes: readonly LoanChange[],
  asOf: IsoDate,
  kolLimits: readonly [number, number, number],
  /** False when no reader lists the repayments' uses (a balance that works them out again when read). */
  keepUses = true,
): Ledger {
  // Built field by field (no spreads): it runs for every installment of every loan, and spread
  // objects were a third of the engine's time at district scale. The fields keep the same order.
  const startOf = (
    no: number,
    due: IsoDate,
    principal: Rupiah,
    jasa: Rupiah,
    rescheduledOn?: IsoDate,
  ): LedgerInstallment => {
    const scheduled = principal + jasa;
    // Every field a slot takes later is in the literal (undefined until set): a field added to an
    // object made from a literal goes into an array of its own, one more object per installment.
    return {
      no,
      due,
      principal,
      jasa,
      paidPrincipal: 0,
      paidJasa: 0,
      paidOnTime: 0,
      // An installment of nothing (a tiny loan's rounding) is settled from the start.
      settledOn: scheduled === 0 ? (rescheduledOn ?? loan.disbursed) : undefined,
      rescheduledOn,
      scheduled,
    };
  };
  let slots: LedgerInstallment[] = loanSchedule(loan, startOf);
  let terms: Pick<Loan, 'monthlyRate' | 'method' | 'installments' | 'frequency'> = loan;
  let capacity = slots.reduce((sum, s) => sum + s.scheduled, 0);
  let open = slots.findIndex((s) => s.settledOn === undefined);
  if (open < 0) open = slots.length;
  let repaid = 0;
  let overpaid = 0;
  let recoveries = 0;
  let recoveriesJasa = 0;
  // What was still owed on T of a write-off, jasa then principal of each installment from the oldest
  // open one: what the recoveries come back against, only to know their jasa part (docs/book.md §7).
  let owedOnT: Rupiah[] = [];
  let owedAt = 0;
  let hold: KolHold | undefined;
  let writtenOff: LedgerState['writtenOff'];
  const applied: { date: IsoDate; kind: LoanChangeCode; change: LoanChange }[] = [];
  const uses: RepaymentUse[] = [];
  const beforeDisbursement: CashEntry[] = [];
  const excess: { entry: CashEntry; amount: Rupiah }[] = [];
  const findings: ChangeFinding[] = [];
  let snapshot: LedgerState | undefined;
  const state = (): LedgerState =>
    copyState(
      slots,
      {
        repaid,
        overpaid,
        recoveries,
        recoveriesJasa,
        ...(hold && { hold }),
        ...(writtenOff && { writtenOff }),
      },
      applied,
      uses,
    );

  const settle = (entry: CashEntry) => {
    const amount = entry.amountIn;
    let principal = 0;
    let jasa = 0;
    let recovery = 0;
    let recoveryJasa = 0;
    // Beyond the whole schedule is overpaid, before a write-off or after it (docs/book.md §5, §7).
    const extra = Math.max(0, amount - capacity);
    capacity -= amount - extra;
    if (extra > 0) excess.push({ entry, amount: extra });
    overpaid += extra;
    if (writtenOff) {
      // After a write-off what comes back within the schedule is a recovery; it settles nothing,
      // but is split as §5 would allocate it after what was paid by T, for its jasa part.
      recovery = amount - extra;
      recoveries += recovery;
      repaid += extra;
      for (let left = recovery; left > 0 && owedAt < owedOnT.length;) {
        const part = Math.min(left, owedOnT[owedAt]!);
        if (owedAt % 2 === 0) recoveryJasa += part;
        left -= part;
        owedOnT[owedAt] = owedOnT[owedAt]! - part;
        if (owedOnT[owedAt] === 0) owedAt += 1;
      }
      recoveriesJasa += recoveryJasa;
    } else {
      repaid += amount;
      let left = amount - extra;
      while (left > 0 && open < slots.length) {
        const s = slots[open]!;
        const toJasa = Math.min(left, s.jasa - s.paidJasa);
        s.paidJasa += toJasa;
        left -= toJasa;
        const toPrincipal = Math.min(left, s.principal - s.paidPrincipal);
        s.paidPrincipal += toPrincipal;
        left -= toPrincipal;
        jasa += toJasa;
        principal += toPrincipal;
        if (entry.date <= s.due) s.paidOnTime += toJasa + toPrincipal;
        if (s.paidJasa === s.jasa && s.paidPrincipal === s.principal) {
          s.settledOn ??= entry.date;
          open += 1;
        }
      }
    }
    // An object per repayment only for a reader that lists them.
    if (keepUses)
      uses.push({
        tab: entry.tab,
        row: entry.row,
        date: entry.date,
        amount,
        principal,
        jasa,
        beyond: extra,
        recovery,
        recoveryJasa,
      });
  };

  const kolOnDate = (date: IsoDate): Kol => {
    const byDays = kolOf(daysPastDueOn(slots, date), kolLimits);
    if (hold && !holdReleased(slots, hold, date) && hold.kol > byDays) return hold.kol;
    return byDays;
  };

  const reschedule = (change: LoanChange) => {
    const T = change.date;
    const next = {
      monthlyRate: change.monthlyRate ?? terms.monthlyRate,
      method: change.method ?? terms.method,
      installments: change.installments ?? terms.installments,
      frequency: change.frequency ?? terms.frequency,
    };
    if (next.frequency === 'Musiman' && next.installments > 12) {
      findings.push({ change, kind: 'seasonalTerm', months: next.installments });
      return false;
    }
    const kolOnT = kolOnDate(T);
    // Installments due by T, and any paid on in advance, are closed at what was paid on them, so
    // that history stays and no Rupiah is counted twice; the others are dropped.
    const closed: LedgerInstallment[] = [];
    let carriedJasa = 0;
    let principalPaid = 0;
    for (const s of slots) {
      principalPaid += s.paidPrincipal;
      if (s.settledOn !== undefined) {
        closed.push(s);
        continue;
      }
      if (s.due <= T) carriedJasa += s.jasa - s.paidJasa;
      else if (s.paidPrincipal + s.paidJasa === 0) continue;
      closed.push({ ...s, principal: s.paidPrincipal, jasa: s.paidJasa, settledOn: T, closedOn: T });
    }
    const remaining = loan.principal - principalPaid;
    // The jasa carried goes on the first installment.
    const fresh = loanSchedule({ ...next, disbursed: T, principal: remaining }, (no, due, principal, jasa) =>
      startOf(no, due, principal, no === 1 ? jasa + carriedJasa : jasa, T),
    );
    slots = [...closed, ...fresh];
    terms = next;
    capacity = fresh.reduce((sum, s) => sum + s.scheduled, 0);
    open = slots.findIndex((s) => s.settledOn === undefined);
    if (open < 0) open = slots.length;
    hold = { kol: kolOnT, since: T, firstNew: closed.length };
    return true;
  };

  const apply = (change: LoanChange) => {
    if (change.date < loan.disbursed) return findings.push({ change, kind: 'beforeDisbursement' });
    // Fines can still be waived once a loan is repaid or written off: they outlive the loan.
    if (change.kind !== 'Hapus Denda') {
      if (writtenOff) return findings.push({ change, kind: 'afterWriteOff', writtenOffOn: writtenOff.date });
      if (open >= slots.length) {
        const repaidOn = slots.reduce<IsoDate>(
          (d, s) => (s.settledOn && s.settledOn > d ? s.settledOn : d),
          loan.disbursed,
        );
        return findings.push({ change, kind: 'afterRepaid', repaidOn });
      }
    }
    if (change.kind === 'Jadwal Ulang' && !reschedule(change)) return;
    if (change.kind === 'Hapus Buku') {
      const kol = kolOnDate(change.date);
      if (kol !== 5) findings.push({ change, kind: 'writeOffNotKol5', kol });
      const principalPaid = slots.reduce((sum, s) => sum + s.paidPrincipal, 0);
      writtenOff = { date: change.date, principal: loan.principal - principalPaid };
      owedOnT = slots.slice(open).flatMap((s) => [s.jasa - s.paidJasa, s.principal - s.paidPrincipal]);
    }
    applied.push({ date: change.date, kind: changeCodes[change.kind], change });
    return;
  };

  // A Hapus Denda comes after the other change of its date, whichever row is above (docs/book.md §7).
  const waives = (c: LoanChange) => +(c.kind === 'Hapus Denda');
  const ordered = [...changes].sort((a, b) => byDate(a, b) || waives(a) - waives(b) || a.row - b.row);
  let c = 0;
  for (let r = 0; r <= repayments.length; r++) {
    const entry = repayments[r];
    // Changes dated before this row (or all that are left, after the last row) come first.
    while (c < ordered.length && (entry === undefined || ordered[c]!.date < entry.date)) {
      const change = ordered[c++]!;
      if (change.date > asOf) snapshot ??= state();
      apply(change);
    }
    if (entry === undefined) break;
    if (entry.date < loan.disbursed) {
      beforeDisbursement.push(entry);
      continue;
    }
    if (entry.date > asOf) snapshot ??= state();
    settle(entry);
  }
  // Nothing changes the slots after the last row: the final state holds them as they are, where a
  // copy of every installment of every loan was a tenth of what the engine allocated.
  const final: LedgerState = {
    repaid,
    overpaid,
    recoveries,
    recoveriesJasa,
    ...(hold && { hold }),
    ...(writtenOff && { writtenOff }),
    installments: slots,
    changes: applied,
    uses,
  };
  return { asOf: snapshot ?? final, final, beforeDisbursement, excess, findings };
}

/** The day a late installment's fine is charged: the day after its grace days end. */
export function fineDate(due: IsoDate, graceDays: number): IsoDate {
  return addDays(due, graceDays + 1);
}
