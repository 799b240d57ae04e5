// The credit engine's speed on a large book: 5,000 loans and 100,000 repayments (target well under 1 s).
import { cpus, loadavg } from 'node:os';
import type { Book, CashEntry, Loan, Member } from '../src/core/book/types';
import { defaultSettings } from '../src/core/book/types';
import { creditReport } from '../src/core/credit/creditReport';
import { addDays, addMonthsClamped } from '../src/core/isoDate';
import { loanBalancesSheet } from '../src/core/generatedTabs/loanBalancesSheet';

const LOANS = 5_000;
const REPAYMENTS = 100_000;
const MEMBERS = 2_500;
const RUNS = 9;

/** A small deterministic generator (mulberry32), so every run measures the same book. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function syntheticBook(): Book {
  const rnd = random(42);
  const members: Member[] = Array.from({ length: MEMBERS }, (_, i) => ({
    tab: 'Anggota',
    row: i + 2,
    id: `A${i}`,
    name: `Anggota ${i}`,
    role: 'Anggota',
    joinDate: '2020-01-01',
    status: 'Aktif',
  }));
  const methods = ['Flat', 'Menurun', 'Anuitas'] as const;
  const loans: Loan[] = Array.from({ length: LOANS }, (_, i) => {
    const weekly = rnd() < 0.3;
    return {
      tab: 'Pinjaman',
      row: i + 2,
      id: `P${i}`,
      memberId: `A${i % MEMBERS}`,
      disbursed: addDays('2023-01-01', Math.floor(rnd() * 1000)),
      principal: 500_000 + Math.floor(rnd() * 20) * 250_000,
      monthlyRate: Math.floor(rnd() * 30) / 1000,
      method: methods[i % 3]!,
      installments: weekly ? 10 + Math.floor(rnd() * 51) : 6 + Math.floor(rnd() * 25),
      frequency: weekly ? 'Mingguan' : 'Bulanan',
    };
  });
  // Repayments: about one per installment, round after round over the loans until there are
  // REPAYMENTS of them; amounts near the installment, sometimes half of it
  // (so some loans fall behind; Menurun loans, whose jasa declines, end up paying more than due).
  const cash: CashEntry[] = [];
  const factors = [0.5, 1, 1, 1, 1, 1, 1, 1];
  for (let k = 1; cash.length < REPAYMENTS; k++) {
    for (const loan of loans) {
      if (cash.length === REPAYMENTS) break;
      if (k > loan.installments) continue;
      const date =
        loan.frequency === 'Mingguan'
          ? addDays(loan.disbursed, 7 * k + Math.floor(rnd() * 10) - 3)
          : addDays(addMonthsClamped(loan.disbursed, k), Math.floor(rnd() * 20) - 5);
      const installment = loan.principal / loan.installments + loan.principal * loan.monthlyRate;
      const amount = Math.round((installment * factors[Math.floor(rnd() * factors.length)]!) / 1000) * 1000;
      cash.push({
        tab: 'Kas',
        row: 0,
        date,
        description: 'Angsuran',
        category: 'Angsuran Pinjaman',
        memberId: loan.memberId,
        loanId: loan.id,
        amountIn: Math.max(1000, amount),
        amountOut: 0,
      });
    }
  }
  // Sheet order is not date order: shuffle, then number the rows.
  for (let i = cash.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [cash[i], cash[j]] = [cash[j]!, cash[i]!];
  }
  const numbered = cash.map((c, i) => ({ ...c, row: i + 2 }));
  return {
    settings: { ...defaultSettings, groupName: 'Bench' },
    members,
    cash: numbered,
    loans,
    activities: [],
    tabNames: {},
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function measure(name: string, fn: () => unknown): void {
  fn(); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    fn();
    const used = process.cpuUsage(cpuStart);
    times.push(performance.now() - start);
    // CPU time too: on a shared machine the wall time also counts other processes' turns.
    cpu.push((used.user + used.system) / 1000);
  }
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage().heapUsed;
  const kept = fn();
  const after = process.memoryUsage().heapUsed;
  gc?.();
  const retained = process.memoryUsage().heapUsed - before;
  void kept;
  console.log(
    `${name.padEnd(44)} median ${median(times).toFixed(1).padStart(7)} ms wall, ${median(cpu).toFixed(1)} ms CPU  (wall min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)}, ${RUNS} runs)  ` +
      `heap +${((after - before) / 1e6).toFixed(1)} MB during, ${(retained / 1e6).toFixed(1)} MB result`,
  );
}

const book = syntheticBook();
const asOf = '2025-12-31';
console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} on ${cpus().length} CPUs`,
);
console.log(
  `book: ${book.loans.length} loans, ${book.cash.length} repayments, ${book.members.length} members; node ${process.version}`,
);
measure(`creditReport (${LOANS} loans, ${REPAYMENTS} repayments)`, () => creditReport(book, asOf));
const report = creditReport(book, asOf);
measure('loanBalancesSheet (5,000 rows)', () => loanBalancesSheet(report, book, 'id', '2026-01-01 00:00'));
const mem = process.memoryUsage();
console.log(`process: rss ${(mem.rss / 1e6).toFixed(0)} MB, heap used ${(mem.heapUsed / 1e6).toFixed(0)} MB`);
console.log(
  `problems: ${report.problems.length} (${report.problems.filter((p) => p.code === 'credit.overpaid').length} overpaid); loans in report ${report.loans.length}; PAR30 ${report.portfolio.par30?.toFixed(3)}`,
);
