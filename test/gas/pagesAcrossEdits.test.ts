// Audit (3 December): a long list fetched page by page while another user edits the book. User A
// opens the sidebar (the first page of problems, loans needing attention, collection messages);
// user B then fixes a problem by hand or records a repayment; A presses "Tampilkan … lagi". The
// next page comes from B's book, the first from the book before it, and the sidebar joins them as
// it does (sidebar/view/*: appendProblemPage, appendLoanPage, appendMessagePage): the panel then
// reads as the whole list (nothing left to show) while an open problem, a loan past due or a
// member to collect from is in neither page, and what B settled is still shown.
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

describe('"Tampilkan … lagi" after another user edited the book', () => {
  it('problems: every open problem is shown, and none B fixed by hand', () => {
    const book = manyProblems();
    const first = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    expect(first.total).toBeGreaterThan(first.items.length);
    // User B types the number over one amount of the first page.
    const fixed = first.items.find((p) => p.fix && p.tab === 'Kas')!;
    book.world.sheet('Kas')!.put(fixed.row, fixed.col, { value: fixed.fix!.value as number });

    const shown = appendProblemPage(
      first,
      ok(run<ApiResponse<ProblemPage>>(book, 'getProblems', first.items.length)),
    );
    // The sidebar offers no more: it reads as the whole list.
    expect(shown.total - shown.items.length).toBe(0);

    const now = ok(run<ApiResponse<Overview>>(book, 'getOverview')).problems;
    const open = [...now.items];
    while (open.length < now.total)
      open.push(...ok(run<ApiResponse<ProblemPage>>(book, 'getProblems', open.length)).items);
    const shownIds = new Set(shown.items.map((p) => p.id));
    const openIds = new Set(open.map((p) => p.id));
    expect(open.filter((p) => !shownIds.has(p.id)).map((p) => p.id)).toEqual([]);
    expect(shown.items.filter((p) => !openIds.has(p.id)).map((p) => p.id)).toEqual([]);
  });

  it('loans needing attention: every loan past due is shown', () => {
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

    let shown = appendLoanPage(
      first,
      ok(run<ApiResponse<Page<LoanAtRisk>>>(book, 'getLoansAtRisk', first.items.length)),
    );
    // "Tampilkan … lagi" until the sidebar offers no more.
    while (shown.total > shown.items.length) {
      const before = shown.items.length;
      shown = appendLoanPage(shown, ok(run<ApiResponse<Page<LoanAtRisk>>>(book, 'getLoansAtRisk', before)));
      if (shown.items.length === before) break;
    }
    const now = ok(run<ApiResponse<Overview>>(book, 'getOverview')).loansAtRisk;
    const all = [...now.items];
    while (all.length < now.total)
      all.push(...ok(run<ApiResponse<Page<LoanAtRisk>>>(book, 'getLoansAtRisk', all.length)).items);
    const shownIds = new Set(shown.items.map((l) => l.loanId));
    expect(all.filter((l) => !shownIds.has(l.loanId)).map((l) => l.loanId)).toEqual([]);
  });

  it('collection messages: every member who owes gets one, none who paid everything', () => {
    const book = manyLoans();
    const first = ok(run<ApiResponse<MessagePage>>(book, 'getMessages', 0));
    expect(first.total).toBeGreaterThan(first.items.length);
    // User B records that a member of the first page paid their loan and its fines in full.
    const member = first.items.find((m) => m.loanIds.length === 1 && /^P1\d\d$/.test(m.loanIds[0]!))!;
    const loan = member.loanIds[0]!;
    const loans = ok(run<ApiResponse<Overview>>(book, 'getOverview')).loansAtRisk;
    const all = [...loans.items];
    while (all.length < loans.total)
      all.push(...ok(run<ApiResponse<Page<LoanAtRisk>>>(book, 'getLoansAtRisk', all.length)).items);
    const fines = all.find((l) => l.loanId === loan)!.finesOwed;
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

    const shown = appendMessagePage(
      first,
      ok(run<ApiResponse<MessagePage>>(book, 'getMessages', first.items.length)),
    );
    expect(shown.total - shown.items.length).toBe(0);

    const now = ok(run<ApiResponse<MessagePage>>(book, 'getMessages', 0));
    const owed = [...now.items];
    while (owed.length < now.total)
      owed.push(...ok(run<ApiResponse<MessagePage>>(book, 'getMessages', owed.length)).items);
    const shownIds = new Set(shown.items.map((m) => m.memberId));
    const owedIds = new Set(owed.map((m) => m.memberId));
    expect(owedIds.has(member.memberId)).toBe(false);
    // A member who owes and is never offered a message; the one who paid still asked to pay.
    expect(owed.filter((m) => !shownIds.has(m.memberId)).map((m) => m.memberId)).toEqual([]);
    expect(shown.items.filter((m) => !owedIds.has(m.memberId)).map((m) => m.memberId)).toEqual([]);
  });
});
