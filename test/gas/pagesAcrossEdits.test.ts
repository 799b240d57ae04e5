// Audit (3 December): a long list fetched page by page while another user edits the book. User A
// opens the sidebar (the first page of problems, loans needing attention, collection messages);
// user B then fixes a problem by hand or records a repayment; A presses "Tampilkan … lagi". The
// next page comes from B's book, the first from the book before it, and the sidebar joins them as
// it does (sidebar/view/*: appendProblemPage, appendLoanPage, appendMessagePage): the panel then
// reads as the whole list (nothing left to show) while an open problem, a loan past due or a
// member to collect from is in neither page, and what B settled is still shown.
//
// Each page now carries the reading of the book it came from (`Page.reading`), the sidebar sends it
// with its next request (sidebar/app.ts), and a book read otherwise answers the list from its start,
// `restarted`, which the sidebar shows in place of the pages it had. These cases ask as the sidebar
// does, and press "Tampilkan … lagi" until it offers no more.
import { appendLoanPage } from '../../sidebar/view/loansAtRisk';
import { appendMessagePage } from '../../sidebar/view/messagePages';
import { appendProblemPage } from '../../sidebar/view/problemGroups';
import type {
  ApiResponse,
  LoanAtRisk,
  MessagePage,
  Overview,
  Page,
  ProblemPage,
} from '../../src/core/api/types';
import { addDays } from '../../src/core/isoDate';
import { strings } from '../../sidebar/view/strings';
import { fillDemo, gasBook, run, type GasBook } from './gasBook';

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/** A row typed into `sheet` below its last, a date given as an ISO day. */
function typeRow(book: GasBook, tab: string, cells: readonly unknown[]): void {
  const sheet = book.world.sheet(tab)!;
  const row = sheet.lastRow() + 1;
  cells.forEach((v, c) => {
    const value =
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v)
        ? { time: book.world.typedDate(v).getTime() }
        : v;
    sheet.put(row, c + 1, { value: value as never });
  });
}

/** The demo book with 50 Kas amounts typed as text: more problems than one page holds. */
function manyProblems(): GasBook {
  const book = gasBook();
  fillDemo(book);
  const day = addDays(book.today, -30);
  for (let i = 0; i < 50; i += 1)
    typeRow(book, 'Kas', [
      day,
      `BX-${100 + i}`,
      `Iuran tambahan ${i}`,
      'Iuran',
      'A001',
      '',
      `Rp ${10 + i}.000`,
    ]);
  return book;
}

/** The demo book with 28 more loans, one per member, lent 240 days ago and never repaid. */
function manyLoans(): GasBook {
  const book = gasBook();
  fillDemo(book);
  const lent = addDays(book.today, -240);
  for (let i = 1; i <= 28; i += 1) {
    const loan = `P${100 + i}`;
    const member = `A${String(i).padStart(3, '0')}`;
    typeRow(book, 'Pinjaman', [
      loan,
      member,
      lent,
      1000000,
      1.5,
      'Flat',
      10,
      'Bulanan',
      'Modal',
      'Dana bergulir',
    ]);
    typeRow(book, 'Kas', [
      lent,
      `BK-${loan}`,
      `Pencairan ${loan}`,
      'Pencairan Pinjaman',
      member,
      loan,
      '',
      1000000,
    ]);
  }
  return book;
}

/**
 * What the sidebar shows after "Tampilkan … lagi" is pressed until it offers no more: each request
 * names the reading of the pages shown, as sidebar/app.ts sends it. `restarts`: the replies that
 * came from the start of the list.
 */
function pressMoreUntilAll<P extends Page<unknown>>(
  first: P,
  ask: (offset: number, reading: string | undefined) => P,
  append: (loaded: P, next: P) => P,
): { shown: P; restarts: number } {
  let shown = first;
  let restarts = 0;
  for (let presses = 0; shown.total > shown.items.length; presses += 1) {
    if (presses > 10) throw new Error('the sidebar kept offering more');
    const next = ask(shown.items.length, shown.reading);
    if (next.restarted) restarts += 1;
    shown = append(shown, next);
  }
  return { shown, restarts };
}

const problemsFrom = (book: GasBook) => (offset: number, reading?: string) =>
  ok(run<ApiResponse<ProblemPage>>(book, 'getProblems', offset, reading));
const loansFrom = (book: GasBook) => (offset: number, reading?: string) =>
  ok(run<ApiResponse<Page<LoanAtRisk>>>(book, 'getLoansAtRisk', offset, reading));
const messagesFrom = (book: GasBook) => (offset: number, reading?: string) =>
  ok(run<ApiResponse<MessagePage>>(book, 'getMessages', offset, reading));

/** The whole list as a fresh sidebar would load it now. */
function wholeList<T>(first: Page<T>, ask: (offset: number, reading?: string) => Page<T>): T[] {
  const all = [...first.items];
  while (all.length < first.total) all.push(...ask(all.length, first.reading).items);
  return all;
}

describe('"Tampilkan … lagi" after another user edited the book', () => {
  it('problems: the list is loaded again from the start, every open problem shown, none B fixed by hand', () => {
    const book = manyProblems();
    const first = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    expect(first.total).toBeGreaterThan(first.items.length);
    expect(first.reading).toMatch(/^[0-9a-z]+\.[0-9a-z]+$/);
    // User B types the number over one amount of the first page.
    const fixed = first.items.find((p) => p.fix && p.tab === 'Kas')!;
    book.world.sheet('Kas')!.put(fixed.row, fixed.col, { value: fixed.fix!.value as number });

    const next = problemsFrom(book)(first.items.length, first.reading);
    expect(next.restarted).toBe(true);
    expect(next.offset).toBe(0);
    expect(next.total).toBe(first.total - 1);
    expect(next.reading).not.toBe(first.reading);
    // The sidebar shows it in place of the first page, not after it.
    expect(appendProblemPage(first, next)).toBe(next);

    const { shown, restarts } = pressMoreUntilAll(first, problemsFrom(book), appendProblemPage);
    expect(restarts).toBe(1);
    const now = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    const open = wholeList(now, problemsFrom(book));
    expect(shown.items.map((p) => p.id)).toEqual(open.map((p) => p.id));
    expect(shown.items.map((p) => p.id)).not.toContain(fixed.id);
    expect(shown.total).toBe(open.length);
  });

  it('problems: a book unchanged between the pages is joined page after page, never restarted', () => {
    const book = manyProblems();
    const first = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    const { shown, restarts } = pressMoreUntilAll(first, problemsFrom(book), appendProblemPage);
    expect(restarts).toBe(0);
    expect(shown.items).toHaveLength(first.total);
    expect(new Set(shown.items.map((p) => p.id)).size).toBe(first.total);
    expect(shown.reading).toBe(first.reading);
    // A page asked for without a reading (an older sidebar) is the page asked for, as before.
    expect(problemsFrom(book)(first.items.length).offset).toBe(first.items.length);
  });

  it('loans needing attention: the list is loaded again from the start, every loan past due shown', () => {
    const book = manyLoans();
    const first = ok(run<ApiResponse<Overview>>(book, 'getOverview')).loansAtRisk;
    expect(first.total).toBeGreaterThan(first.items.length);
    // User B records that the member of the first loan shown repaid it in full.
    const paid = first.items[0]!;
    typeRow(book, 'Kas', [
      book.today,
      `BM-${paid.loanId}`,
      `Pelunasan ${paid.loanId}`,
      'Angsuran Pinjaman',
      paid.memberId,
      paid.loanId,
      1150000,
    ]);

    const { shown, restarts } = pressMoreUntilAll(first, loansFrom(book), appendLoanPage);
    expect(restarts).toBe(1);
    const now = ok(run<ApiResponse<Overview>>(book, 'getOverview')).loansAtRisk;
    const all = wholeList(now, loansFrom(book));
    expect(shown.items.map((l) => l.loanId)).toEqual(all.map((l) => l.loanId));
    // Repaid in full: no longer past due, shown (if at all) with what it is now.
    expect(shown.items.find((l) => l.loanId === paid.loanId)?.daysPastDue ?? 0).toBe(0);
  });

  it('collection messages: the list is loaded again from the start; every member who owes gets one, none who paid everything', () => {
    const book = manyLoans();
    const first = messagesFrom(book)(0);
    expect(first.total).toBeGreaterThan(first.items.length);
    // User B records that a member of the first page paid their loan and its fines in full.
    const member = first.items.find((m) => m.loanIds.length === 1 && /^P1\d\d$/.test(m.loanIds[0]!))!;
    const loan = member.loanIds[0]!;
    const loans = ok(run<ApiResponse<Overview>>(book, 'getOverview')).loansAtRisk;
    const fines = wholeList(loans, loansFrom(book)).find((l) => l.loanId === loan)!.finesOwed;
    typeRow(book, 'Kas', [
      book.today,
      `BM-${loan}`,
      `Pelunasan ${loan}`,
      'Angsuran Pinjaman',
      member.memberId,
      loan,
      1150000,
    ]);
    typeRow(book, 'Kas', [book.today, `BD-${loan}`, `Denda ${loan}`, 'Denda', member.memberId, loan, fines]);

    const { shown, restarts } = pressMoreUntilAll(first, messagesFrom(book), appendMessagePage);
    expect(restarts).toBe(1);
    const now = messagesFrom(book)(0);
    const owed = wholeList(now, messagesFrom(book));
    expect(owed.map((m) => m.memberId)).not.toContain(member.memberId);
    expect(shown.items.map((m) => m.memberId)).toEqual(owed.map((m) => m.memberId));
    expect(shown.total).toBe(first.total - 1);
  });

  it('a restarted page costs the service calls of any next page, and carries no more than a page', () => {
    const book = manyProblems();
    const first = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    const calls = (reading?: string) => {
      // Each time after the same edit, so that both requests find the kept views stale.
      const cell = book.world.sheet('Kas')!;
      cell.put(2, 3, { value: `Iuran ${Math.random()}` });
      book.world.log.reset();
      const page = problemsFrom(book)(first.items.length, reading);
      return { page, calls: book.world.log.byMethod() };
    };
    const plain = calls();
    const restarted = calls(first.reading);
    expect(restarted.page.restarted).toBe(true);
    expect(plain.page.restarted).toBeUndefined();
    expect(restarted.calls).toEqual(plain.calls);
    expect(restarted.page.items.length).toBeLessThanOrEqual(first.items.length);
    expect(Buffer.byteLength(JSON.stringify(restarted.page))).toBeLessThan(50 * 1024);
    // The line the sidebar shows above the list it replaced, Indonesian first with English beside it.
    expect(strings.listRestarted).toEqual({
      id: 'Buku berubah sejak daftar ini dimuat: daftar dimuat ulang dari awal.',
      en: 'The book changed since this list was loaded: it was loaded again from the start.',
    });
  });
});
