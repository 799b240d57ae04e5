// The facilitator's weekly journal (docs/book.md §6), computed from the book for one week.
import { byDate, byDateThenRow } from '../byDateThenRow';
import { lists, type ActivityType, type Category } from '../book/schema';
import { isMemberActiveOn } from '../book/memberActivity';
import type { Book, Member } from '../book/types';
import { cashBalanceOn } from '../cash/cashBalance';
import type { IsoDate } from '../cell';
import { kolName } from '../credit/collectibility';
import { creditReport, repaymentCounted } from '../credit/creditReport';
import type { CreditReport, Kol } from '../credit/types';
import { addDays } from '../isoDate';
import { countBySeverity, firstOfEach, firstProblems, type Problem } from '../problems/problem';
import { text as t, type Bilingual } from '../text';
import { HostError } from '../workbook';
import { parseJournalWeek } from '../week/journalWeek';
import { collectionList } from './collectionList';
import { journalDuties } from './journalDuties';
import type {
  CashCategoryLine,
  JournalActivity,
  JournalCash,
  JournalCredit,
  JournalDataQuality,
  JournalMemberLine,
  JournalMembers,
  JournalModel,
} from './journalModel';
import { firstByKey } from '../listsByKey';

export type * from './journalModel';

const TITLE: Bilingual = t('Jurnal Mingguan Pendamping', "Facilitator's Weekly Journal");
const EMPTY_NOTE: Bilingual = t(
  'Minggu ini tidak ada kegiatan, transaksi kas, pinjaman, angsuran, atau perubahan anggota yang tercatat.',
  'Nothing was recorded this week: no activity, cash movement, loan, repayment or change of members.',
);
const PAR30_DEFINITION: Bilingual = t(
  'Sisa pokok pinjaman yang menunggak lebih dari 30 hari ÷ seluruh sisa pokok',
  'Outstanding principal of loans more than 30 days past due ÷ all outstanding principal',
);

/**
 * The journal of `week` (`2026-W48`) for a book and the problems its checks found. The week's days
 * come from `Awal Minggu`; balances are as of the week's last day, or as of `today` for a week not
 * over yet (docs/book.md §6): an installment due later in the week is then still to collect, not
 * arrears, and the collection list runs from the day after `today`. A week string that does not
 * exist throws a `HostError` with code `week.invalid`: callers facing a person should read it with
 * `parseJournalWeek` first and show its bilingual refusal.
 */
export function weeklyJournal(
  book: Book,
  problems: readonly Problem[],
  week: string,
  generatedAt: string,
  today?: IsoDate,
): JournalModel {
  const parsed = parseJournalWeek(week, book.settings.weekStart);
  if (!parsed.ok) throw new HostError(parsed.error.code, parsed.error.message.en);
  const w = parsed.week;
  const s = book.settings;

  const names = firstByKey(
    book.members,
    (m) => m.id,
    (m) => m.name,
  );

  // Never a day still to come: arrears on Thursday are not what Sunday's would be if nobody paid.
  const asOf = today !== undefined && today < w.end ? today : w.end;
  // What was done, paid, lent, and who joined, of a week under way stops at today too: a row typed
  // ahead of its day (an error of its own) is not yet done. A week not yet begun keeps its end.
  const through = asOf < w.start ? w.end : asOf;
  const activities = book.activities
    .filter((a) => a.date >= w.start && a.date <= through)
    .sort(byDateThenRow)
    .map((a): JournalActivity => ({
      date: a.date,
      type: a.type,
      typeLabel: activityLabel(a.type),
      description: a.description,
      attendance: a.attendance ?? null,
      results: blankToNull(a.results),
      nextSteps: blankToNull(a.nextSteps),
      recordedBy: blankToNull(a.recordedBy),
      tab: a.tab,
      row: a.row,
    }));

  const report = creditReport(book, asOf);
  const credit = journalCredit(book, report, w.start, w.end, through, asOf, names);
  const members = journalMembers(book.members, w.start, through);
  const cash = journalCash(book, w.start, through);

  const empty =
    activities.length === 0 &&
    cash.entries === 0 &&
    credit.disbursements.length === 0 &&
    credit.repayments.length === 0 &&
    members.joined.length === 0 &&
    members.left.length === 0;

  return {
    title: TITLE,
    week: w,
    generatedAt,
    lang: s.language,
    header: {
      groupName: s.groupName,
      village: blankToNull(s.village),
      district: blankToNull(s.district),
      regency: blankToNull(s.regency),
      province: blankToNull(s.province),
      facilitatorName: blankToNull(s.facilitatorName),
      chairName: blankToNull(s.chairName),
    },
    empty,
    emptyNote: empty ? EMPTY_NOTE : null,
    activities: {
      rows: activities,
      counts: lists.activityType.map((t) => ({
        type: t.value,
        label: t.label,
        count: activities.filter((a) => a.type === t.value).length,
      })),
      total: activities.length,
    },
    cash,
    credit,
    members,
    dataQuality: dataQuality([...problems, ...report.problems]),
    plans: {
      nextSteps: activities.flatMap((a) =>
        a.nextSteps === null
          ? []
          : [{ date: a.date, type: a.type, typeLabel: a.typeLabel, text: a.nextSteps }],
      ),
      collection: credit.collection.items,
    },
    ...journalDuties(book, w.start, w.end, through),
    signatures: {
      facilitator: { role: t('Pendamping', 'Facilitator'), name: blankToNull(s.facilitatorName) },
      chair: { role: t('Ketua Kelompok', 'Group Chair'), name: blankToNull(s.chairName) },
    },
  };
}

function journalCash(book: Book, start: IsoDate, end: IsoDate): JournalCash {
  // The book's cash begins on `Tanggal Saldo Awal` (docs/book.md §6): a week it falls in opens on it,
  // and a week before it has no balance to show (Saldo Awal Kas is the cash held on that day).
  const begins = book.settings.openingDate;
  const from = begins !== undefined && begins > start ? begins : start;
  const known = from <= end;
  // The week's first day, or Tanggal Saldo Awal within it: a row dated before that in its week (an
  // error on its row) is in the opening balance, counted once; a week wholly before it keeps its rows.
  const opens = known ? from : start;
  // The checks' running balance: cash held at the end of the day before, and at the week's last day.
  const openingBalance = known ? cashBalanceOn(book, addDays(from, -1)) : null;
  const byCategory = new Map<Category, { amountIn: number; amountOut: number; entries: number }>();
  let entries = 0;
  // An index loop over Kas's rows (see cashBalanceOn).
  for (let i = 0; i < book.cash.length; i++) {
    const e = book.cash[i]!;
    if (e.date < opens || e.date > end) continue;
    entries += 1;
    const line = byCategory.get(e.category) ?? { amountIn: 0, amountOut: 0, entries: 0 };
    line.amountIn += e.amountIn;
    line.amountOut += e.amountOut;
    line.entries += 1;
    byCategory.set(e.category, line);
  }
  const categories: CashCategoryLine[] = lists.category.flatMap((c) => {
    const line = byCategory.get(c.value);
    return line ? [{ category: c.value, label: c.label, ...line }] : [];
  });
  const totalIn = categories.reduce((sum, c) => sum + c.amountIn, 0);
  const totalOut = categories.reduce((sum, c) => sum + c.amountOut, 0);
  return {
    openingDate: opens,
    openingBalance,
    categories,
    totalIn,
    totalOut,
    closingDate: end,
    closingBalance: known ? cashBalanceOn(book, end) : null,
    entries,
  };
}

function journalCredit(
  book: Book,
  report: CreditReport,
  start: IsoDate,
  end: IsoDate,
  through: IsoDate,
  asOf: IsoDate,
  names: ReadonlyMap<string, string>,
): JournalCredit {
  const disbursements = book.loans
    .filter((l) => l.disbursed >= start && l.disbursed <= through)
    .map((l) => ({ ...l, date: l.disbursed }))
    .sort(byDateThenRow)
    .map((l) => ({
      date: l.disbursed,
      memberId: l.memberId,
      memberName: names.get(l.memberId) ?? null,
      loanId: l.id,
      amount: l.principal,
      installments: l.installments,
      frequency: l.frequency,
    }));
  const loans = firstByKey(book.loans, (loan) => loan.id);
  const repayments = book.cash
    .filter((e) => e.category === 'Angsuran Pinjaman' && e.date >= start && e.date <= through)
    .slice()
    .sort(byDateThenRow)
    .map((e) => ({
      date: e.date,
      receiptNo: blankToNull(e.receiptNo),
      memberId: blankToNull(e.memberId),
      memberName: e.memberId === undefined ? null : (names.get(e.memberId) ?? null),
      loanId: blankToNull(e.loanId),
      amount: e.amountIn - e.amountOut,
      counted: repaymentCounted(e, loans),
    }));
  const kols: Kol[] = [1, 2, 3, 4, 5];
  const p = report.portfolio;
  // From the day after the figures' date to the seven days after the week.
  const from = addDays(asOf, 1);
  const to = addDays(end, 7);
  const items = collectionList(report, from, to);
  const totalDue = items.reduce((sum, i) => sum + i.amountDue, 0);
  const totalArrears = items.reduce((sum, i) => sum + i.arrears, 0);
  const totalFines = items.reduce((sum, i) => sum + i.finesOwed, 0);
  return {
    asOf,
    disbursements,
    totalDisbursed: disbursements.reduce((sum, d) => sum + d.amount, 0),
    repayments,
    // As the balances count: a row the engine leaves out (an audit found one dated before its loan
    // counted here) is listed and marked, and summed apart.
    totalRepaid: repayments.reduce((sum, r) => (r.counted ? sum + r.amount : sum), 0),
    totalNotCounted: repayments.reduce((sum, r) => (r.counted ? sum : sum + r.amount), 0),
    activeLoans: p.activeLoans,
    outstandingPrincipal: p.outstandingPrincipal,
    arrears: p.arrears,
    perKol: kols.map((kol) => {
      const line = p.perKol.find((k) => k.kol === kol);
      return {
        kol,
        label: kolName(kol),
        loans: line?.loans ?? 0,
        outstandingPrincipal: line?.outstandingPrincipal ?? 0,
      };
    }),
    par30: p.par30,
    par30Definition: p.figures.find((f) => f.key === 'par30')?.definition ?? PAR30_DEFINITION,
    collection: {
      from,
      to,
      items,
      totalDue,
      totalArrears,
      totalFines,
      total: totalDue + totalArrears + totalFines,
    },
  };
}

function journalMembers(members: readonly Member[], start: IsoDate, end: IsoDate): JournalMembers {
  const line = (m: Member, date: IsoDate): JournalMemberLine => ({ id: m.id, name: m.name, date });
  return {
    asOf: end,
    // The checks' one definition: active from Tanggal Masuk through Tanggal Keluar inclusive.
    active: members.filter((m) => isMemberActiveOn(m, end)).length,
    joined: members
      .filter((m) => m.joinDate >= start && m.joinDate <= end)
      .map((m) => line(m, m.joinDate))
      .sort(byDate),
    left: members
      .filter(
        (m) =>
          m.status === 'Keluar' && m.leaveDate !== undefined && m.leaveDate >= start && m.leaveDate <= end,
      )
      .map((m) => line(m, m.leaveDate as IsoDate))
      .sort(byDate),
  };
}

function dataQuality(all: readonly Problem[]): JournalDataQuality {
  const open = firstOfEach(all, (p) => p.severity !== 'info');
  const count = countBySeverity(open);
  return {
    errors: count.error,
    warnings: count.warning,
    top: firstProblems(open, 3).map((p) => ({
      tab: p.tab,
      row: p.row,
      column: p.column,
      col: p.col,
      code: p.code,
      severity: p.severity,
      message: p.message,
    })),
  };
}

function activityLabel(type: ActivityType): Bilingual {
  return lists.activityType.find((t) => t.value === type)?.label ?? t(type, type);
}

function blankToNull(value: string | undefined): string | null {
  return value === undefined || value.trim() === '' ? null : value;
}
