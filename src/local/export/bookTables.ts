// One book's rows of every warehouse table: the typed book, its problems and its balances as of the
// export's date, in the columns of warehouseSchema.ts. Pure: the same book gives the same rows.
import { maskNik } from '../../core/values/maskNik';
import type { ReviewedBook } from '../../core/reviewBook';
import { isMemberActiveOn } from '../../core/book/memberActivity';
import type { Book, Member } from '../../core/book/types';
import { monthEnd, planKnown, planReport } from '../../core/plan/planReport';
import { saprodiRowReport } from '../../core/saprodi/saprodiReport';
import { cashBalanceOn } from '../../core/cash/cashBalance';
import type { IsoDate } from '../../core/cell';
import { creditReport } from '../../core/credit/creditReport';
import { shownKol } from '../../core/credit/loanNotes';
import { loanSchedule } from '../../core/credit/loanSchedule';
import type { LoanBalance } from '../../core/credit/types';
import { memberSavings } from '../../core/savings/memberSavings';
import { figuresLabel, notComputed, type MoneyFigures } from '../../core/summary/groupSummary';
import type { Bilingual } from '../../core/text';
import { groupKey } from './groupKey';
import type { WarehouseRow, WarehouseTableName } from './warehouseSchema';

export type BookRows = Record<WarehouseTableName, WarehouseRow[]>;

export interface ExportOptions {
  readonly asOf: IsoDate;
  readonly today: IsoDate;
  /** `--with-nik`: `members.nik` in full; otherwise its first 4 and last 4 digits (problem messages always). */
  readonly withNik: boolean;
}

/** What identifies a file in the warehouse, whatever could be read of it. */
export interface BookFile {
  /** The file name without its folder. */
  readonly file: string;
  readonly fingerprint: string;
  readonly bytes: number;
}

export function emptyBookRows(): BookRows {
  return {
    books: [],
    groups: [],
    members: [],
    cash: [],
    loans: [],
    installments: [],
    activities: [],
    attendance: [],
    ruk: [],
    saprodi: [],
    problems: [],
  };
}

/**
 * The book as the warehouse may hold it: each NIK as exported (its first 4 and last 4 digits unless
 * `--with-nik`, docs/book.md section 10), and no phone numbers or notes, which are not exported. What
 * the rows are made from, and what the folder keeps to recompute balances for another `--as-of`.
 */
export function exportedBook(book: Book, withNik: boolean): Book {
  return {
    ...book,
    members: book.members.map(({ phone: _phone, note: _note, ...m }) =>
      m.nik === undefined || withNik ? m : { ...m, nik: maskNik(m.nik) },
    ),
    loans: book.loans.map(({ note: _note, ...l }) => l),
  };
}

/** What the rows are made from: the exported book, its problems, and its reports when already made. */
export type BookToExport = Pick<ReviewedBook, 'book' | 'problems'> &
  Partial<Pick<ReviewedBook, 'credit' | 'savings'>>;

const orNull = <T>(value: T | undefined): T | null => (value === undefined || value === '' ? null : value);

function latest(dates: readonly IsoDate[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const d of dates) if (last === null || d > last) last = d;
  return last;
}

function bookRow(
  source: BookFile,
  group: { readonly key: string | null; readonly name: string | null; readonly readable: boolean },
  options: ExportOptions,
  version: number,
): WarehouseRow {
  return {
    file: source.file,
    group_key: group.key,
    group_name: group.name,
    fingerprint: source.fingerprint,
    bytes: source.bytes,
    readable: group.readable,
    as_of: options.asOf,
    today: options.today,
    nik_masked: !options.withNik,
    warehouse_version: version,
  };
}

/** A file that could not be read: its `books` row and one `problems` row with the reason. */
export function unreadableBookRows(
  source: BookFile,
  error: { readonly code: string; readonly message: Bilingual },
  options: ExportOptions,
  version: number,
): BookRows {
  const rows = emptyBookRows();
  rows.books.push(bookRow(source, { key: null, name: null, readable: false }, options, version));
  rows.problems.push({
    file: source.file,
    group_key: null,
    group_name: null,
    severity: 'error',
    code: error.code,
    tab: null,
    sheet_row: null,
    column_name: null,
    message_id: error.message.id,
    message_en: error.message.en,
  });
  return rows;
}

/** Every table's rows of one book, with balances as of `options.asOf`. */
export function bookTables(
  source: BookFile,
  reviewed: BookToExport,
  options: ExportOptions,
  version: number,
): BookRows {
  const { book } = reviewed;
  const { asOf } = options;
  const settings = book.settings;
  const key = groupKey(settings, source.file);
  const name = orNull(settings.groupName);
  const tag = { file: source.file, group_key: key, group_name: name };
  const rows = emptyBookRows();
  // Masked here whatever the book: masking a masked NIK gives it back unchanged, so the typed book
  // the folder keeps (masked already) gives the same rows.
  const shownNik = (nik: string | undefined) =>
    nik === undefined ? null : options.withNik ? nik : maskNik(nik);
  // A figure made of a tab the book lacks (or whose header row was not found) is not computed
  // (docs/book.md §4), nor the cash as of a date before Tanggal Saldo Awal (§6): NULL, and named in
  // `groups.not_computed`, as `summary` shows it.
  const unknown = notComputed(book, reviewed.problems, asOf);
  const known = (figures: MoneyFigures) => !unknown.some((u) => u.figures === figures);
  const credit = reviewed.credit?.asOf === asOf ? reviewed.credit : creditReport(book, asOf);
  const savings = reviewed.savings?.asOf === asOf ? reviewed.savings : memberSavings(book, asOf);
  const reasons = new Map<string, { figures: MoneyFigures[]; en: string; id: string }>();
  for (const u of unknown) {
    const r = reasons.get(u.reason.en) ?? { figures: [], en: u.reason.en, id: u.reason.id };
    r.figures.push(u.figures);
    reasons.set(u.reason.en, r);
  }
  const notComputedText =
    unknown.length === 0
      ? null
      : [...reasons.values()]
          .map(
            (r) =>
              `${r.figures.join(', ')}: ${r.en} / ${r.figures.map((f) => figuresLabel[f].id).join(', ')}: ${r.id}`,
          )
          .join('; ');

  rows.books.push(bookRow(source, { key, name, readable: true }, options, version));
  rows.groups.push({
    ...tag,
    village: orNull(settings.village),
    district: orNull(settings.district),
    regency: orNull(settings.regency),
    province: orNull(settings.province),
    facilitator_name: orNull(settings.facilitatorName),
    chair_name: orNull(settings.chairName),
    treasurer_name: orNull(settings.treasurerName),
    as_of: asOf,
    opening_balance: settings.openingBalance,
    opening_date: orNull(settings.openingDate),
    cash_balance: known('cash') ? cashBalanceOn(book, asOf) : null,
    savings_balance: known('savings') ? savings.totals.balance : null,
    last_activity: latest(book.activities.map((a) => a.date)),
    last_cash: latest(book.cash.map((c) => c.date)),
    loans_computed: known('loans'),
    not_computed: notComputedText,
  });

  for (const m of book.members)
    rows.members.push({
      ...tag,
      sheet_row: m.row,
      member_id: m.id,
      name: m.name,
      nik: shownNik(m.nik),
      gender: orNull(m.gender),
      birth_date: orNull(m.birthDate),
      role: m.role,
      household_head: orNull(m.householdHead),
      join_date: m.joinDate,
      status: m.status,
      leave_date: orNull(m.leaveDate),
      active: isMemberActiveOn(m, asOf),
      address: orNull(m.address),
      land_ha: orNull(m.landHa),
      commodity: orNull(m.commodity),
    });

  for (const c of book.cash)
    rows.cash.push({
      ...tag,
      sheet_row: c.row,
      date: c.date,
      receipt_no: orNull(c.receiptNo),
      description: c.description,
      category: c.category,
      member_id: orNull(c.memberId),
      loan_id: orNull(c.loanId),
      amount_in: c.amountIn,
      amount_out: c.amountOut,
      plan_code: orNull(c.planCode),
    });

  // The credit report holds the loans disbursed by the as-of date, in the book's order.
  const balances = [...credit.loans];
  let next = 0;
  for (const loan of book.loans) {
    const disbursed: LoanBalance | undefined = loan.disbursed <= asOf ? balances[next++] : undefined;
    // Balances made without Kas would be those of a loan never repaid: not computed, NULL.
    const balance = known('loans') ? disbursed : undefined;
    rows.loans.push({
      ...tag,
      sheet_row: loan.row,
      loan_id: loan.id,
      member_id: loan.memberId,
      disbursed: loan.disbursed,
      principal: loan.principal,
      monthly_rate: loan.monthlyRate,
      method: loan.method,
      installments: loan.installments,
      frequency: loan.frequency,
      purpose: orNull(loan.purpose),
      source: orNull(loan.source),
      as_of: asOf,
      // A written-off loan has left the portfolio: `Hapus Buku` (its date in `written_off_on`) and no
      // Kol, as Saldo Pinjaman shows it (docs/book.md §7); balances --json keeps those of T.
      status: balance ? (balance.writtenOff ? 'Hapus Buku' : balance.status) : null,
      kol: (balance && shownKol(balance)) ?? null,
      days_past_due: balance?.daysPastDue ?? null,
      due: balance?.due ?? null,
      paid: balance?.paid ?? null,
      arrears: balance?.arrears ?? null,
      arrears_principal: balance?.arrearsPrincipal ?? null,
      arrears_jasa: balance?.arrearsJasa ?? null,
      outstanding_principal: balance?.outstandingPrincipal ?? null,
      repaid: balance?.repaid ?? null,
      next_due: balance?.nextInstallment?.due ?? null,
      next_amount: balance?.nextInstallment?.amount ?? null,
      fines_owed: balance?.finesOwed ?? null,
      rescheduled_on: balance?.rescheduledOn ?? null,
      written_off_on: balance?.writtenOff?.date ?? null,
      written_off_principal: balance?.writtenOff?.principal ?? null,
      recoveries: balance?.recoveries ?? null,
      recoveries_jasa: balance?.recoveriesJasa ?? null,
    });
    const schedule = balance
      ? balance.installments
      : loanSchedule(loan).map((i) => ({ ...i, paidPrincipal: 0, paidJasa: 0, settledOn: undefined }));
    for (const i of schedule)
      rows.installments.push({
        ...tag,
        loan_sheet_row: loan.row,
        loan_id: loan.id,
        member_id: loan.memberId,
        installment_no: i.no,
        due_date: i.due,
        principal: i.principal,
        jasa: i.jasa,
        paid_principal: known('loans') ? i.paidPrincipal : null,
        paid_jasa: known('loans') ? i.paidJasa : null,
        settled_on: orNull(i.settledOn),
        closed_on: 'closedOn' in i ? orNull(i.closedOn) : null,
        rescheduled_on: 'rescheduledOn' in i ? orNull(i.rescheduledOn) : null,
      });
  }

  for (const a of book.activities)
    rows.activities.push({
      ...tag,
      sheet_row: a.row,
      date: a.date,
      type: a.type,
      description: a.description,
      attendance: orNull(a.attendance),
      results: orNull(a.results),
      next_steps: orNull(a.nextSteps),
      recorded_by: orNull(a.recordedBy),
      plan_code: orNull(a.planCode),
      volume: orNull(a.volume),
    });

  const members = firstMembers(book.members);
  rows.attendance.push(...attendanceRows(book, members).map((r) => ({ ...tag, ...r })));

  // What was done, and spent, where Kegiatan and Kas were read; NULL where not (planKnown).
  const planTold = planKnown(book);
  for (const p of planReport(book, asOf).rows)
    rows.ruk.push({
      ...tag,
      sheet_row: p.row,
      code: p.code,
      activity: p.activity,
      type: p.type,
      month: `${p.month}-01`,
      target: p.target,
      unit: p.unit,
      cost: p.cost,
      fund_source: p.fundSource,
      responsible: p.responsible,
      as_of: asOf,
      status: planTold.done ? p.status : null,
      // As planReport's onTime: a row counts once its month is over, or once it is done on time.
      due: planTold.done ? p.status === 'Terlaksana' || asOf > monthEnd(p.month) : null,
      done_date: p.doneDate,
      activities: planTold.done ? p.activities : null,
      volume_done: planTold.done ? p.volumeDone : null,
      spent: planTold.spent ? p.spent : null,
    });

  for (const r of book.saprodi ?? []) {
    const member = members.get(r.memberId);
    // As the saprodi report as of the export's date: not yet due when planted after it.
    const report = saprodiRowReport(r, member, asOf);
    rows.saprodi.push({
      ...tag,
      sheet_row: r.row,
      season: r.season,
      member_id: r.memberId,
      nik: shownNik(member?.nik),
      commodity: r.commodity,
      area_ha: r.areaHa,
      kind: r.kind,
      planned_kg: r.plannedKg,
      received_kg: orNull(r.receivedKg),
      received_date: orNull(r.receivedDate),
      planting_date: orNull(r.plantingDate),
      right_person: report.rightPerson,
      right_amount: report.rightAmount,
      right_time: report.rightTime,
      all_right: report.allRight,
      not_yet_due: report.notYetDue,
    });
  }

  for (const p of reviewed.problems)
    rows.problems.push({
      ...tag,
      severity: p.severity,
      code: p.code,
      tab: p.tab,
      sheet_row: p.row,
      column_name: orNull(p.column),
      // The core quotes a NIK in a message masked already (docs/book.md section 10).
      message_id: p.message.id,
      message_en: p.message.en,
    });
  return rows;
}

/** Each member ID's first `Anggota` row: the one every figure of the book goes by. */
function firstMembers(members: readonly Member[]): Map<string, Member> {
  const byId = new Map<string, Member>();
  for (const m of members) if (!byId.has(m.id)) byId.set(m.id, m);
  return byId;
}

/**
 * `Daftar Hadir` as one row per meeting and member of `Anggota`, so that a query counts what
 * attendanceReport counts: a member without a row is absent at every meeting (docs/book.md
 * section 9). The book holds only each member's first row, and none naming no member.
 */
function attendanceRows(book: Book, members: ReadonlyMap<string, Member>): WarehouseRow[] {
  const sheet = book.attendance;
  if (!sheet) return [];
  const rowOf = new Map<string, (typeof sheet.rows)[number]>();
  for (const row of sheet.rows) if (!rowOf.has(row.memberId)) rowOf.set(row.memberId, row);
  const out: WarehouseRow[] = [];
  sheet.meetings.forEach((meeting, index) => {
    for (const m of members.values()) {
      const row = rowOf.get(m.id);
      const mark = row?.marks[index] ?? null;
      out.push({
        meeting_date: meeting.date,
        meeting_column: meeting.col,
        sheet_row: row?.row ?? null,
        member_id: m.id,
        mark,
        present: mark === 'H' || mark === 'W',
        active: isMemberActiveOn(m, meeting.date),
      });
    }
  });
  return out;
}
