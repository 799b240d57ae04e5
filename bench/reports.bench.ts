// The reports that go through the book member by member or RUK row by RUK row, on the district book
// at ×0.1, ×0.3 and ×1 (5,000 members, 100,000 Kas rows, 5,000 loans): every member's card, a Saprodi
// season with three rows for each member, the RUK report with one row per 10 members, a third of
// the Kas rows and every activity naming one, and the participation figures of the book's own
// `Daftar Hadir` (its duty tabs: every member at 12 meetings). Each time is printed with its time per 1,000 rows: a
// figure that stays flat from ×0.1 to ×1 grows no faster than the rows. `npm run bench reports`.
import { loadavg } from 'node:os';
import type { Book, SaprodiRow } from '../src/core/book/types';
import { attendanceReport } from '../src/core/attendance/attendanceReport';
import { creditReport } from '../src/core/credit/creditReport';
import { districtBook } from '../src/core/demo/districtBook';
import { activeMembersOn, memberCards } from '../src/core/memberCard/memberCard';
import { planReport } from '../src/core/plan/planReport';
import { reviewBook } from '../src/core/reviewBook';
import { saprodiReport } from '../src/core/saprodi/saprodiReport';
import { memberSavings } from '../src/core/savings/memberSavings';

const TODAY = '2026-11-28';
const SCALES = (process.env.BENCH_SCALES ?? '0.1,0.3,1').split(',').map(Number);

/** The fastest of three runs, in ms. */
function fastest(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i += 1) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const line = (what: string, ms: number, rows: number) =>
  console.log(
    `  ${what.padEnd(44)} ${ms.toFixed(0).padStart(7)} ms  ${((1000 * ms) / rows).toFixed(2).padStart(6)} ms per 1,000 rows`,
  );

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
for (const scale of SCALES) {
  const grids = new Map(districtBook(TODAY, scale, { duties: true }).tabs.map((tab) => [tab.name, tab.grid]));
  const { book } = reviewBook(
    { tabNames: () => [...grids.keys()], readTab: (n) => grids.get(n) ?? [] },
    TODAY,
  );
  const members = activeMembersOn(book, TODAY);
  console.log(
    `×${scale}: ${book.members.length} members, ${book.cash.length} Kas rows, ${book.loans.length} loans, ${book.activities.length} activities`,
  );

  const credit = creditReport(book, TODAY);
  const savings = memberSavings(book, TODAY);
  const cardRows = book.cash.length + book.loans.length + book.members.length;
  line(
    `memberCards, ${members.length} cards`,
    fastest(() => memberCards({ book, credit, savings }, members)),
    cardRows,
  );

  const meetings = book.attendance?.meetings.length ?? 0;
  line(
    `attendanceReport, ${meetings} meetings`,
    fastest(() => attendanceReport(book, TODAY)),
    book.members.length * meetings,
  );

  const saprodi: SaprodiRow[] = members.flatMap((m, i) =>
    (['Urea', 'NPK', 'Benih'] as const).map((kind, k) => ({
      tab: 'Saprodi',
      row: 2 + 3 * i + k,
      season: 'MT I 2026',
      memberId: m.id,
      commodity: 'Padi',
      areaHa: 0.5,
      kind,
      plannedKg: 100,
    })),
  );
  const withSaprodi: Book = { ...book, saprodi };
  line(
    `saprodiReport, ${saprodi.length} rows`,
    fastest(() => saprodiReport(withSaprodi, 'MT I 2026', TODAY)),
    saprodi.length,
  );

  const plans = Math.max(1, Math.round(book.members.length / 10));
  const code = (i: number) => `R${i % plans}`;
  const withPlan: Book = {
    ...book,
    plan: Array.from({ length: plans }, (_, i) => ({
      tab: 'RUK',
      row: i + 2,
      code: code(i),
      activity: `Rencana ${i}`,
      type: 'Pelatihan' as const,
      month: '2026-03',
    })),
    cash: book.cash.map((c, i) => (i % 3 === 0 ? { ...c, planCode: code(i) } : c)),
    activities: book.activities.map((a, i) => ({ ...a, planCode: code(i) })),
  };
  line(
    `planReport, ${plans} RUK rows`,
    fastest(() => planReport(withPlan, TODAY)),
    plans + book.cash.length + book.activities.length,
  );
}
