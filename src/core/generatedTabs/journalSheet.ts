// The `Jurnal 2026-W48` tab: the weekly journal as a grid that prints on one A4 portrait width.
import type { Cell } from '../cell';
import { formatLongDateTime, formatShortDate } from '../isoDate';
import { weekSummaryText } from '../messages/readyMessages';
import { formatRupiah } from '../money';
import { cell, BOLD, ITALIC, RIGHT, WRAP, type OutCell, type SheetGrid } from '../sheetGrid';
import { pick, text as t, type Lang, type Bilingual } from '../text';
import type { CollectionItem, JournalModel } from '../journal/journalModel';
import { spanOf } from '../journal/collectionList';
import { charsIn, HEADER_BACKGROUND, placeLines, splitLines } from './titleBlock';
import { journalDutyWords, meetingAndSaprodiRows, planRows, visitAndPlanRows } from './journalDutiesRows';

// Six columns, 650 px: A4 (210 mm) less two 19 mm margins is about 172 mm, 650 px at 96 dpi. A holds
// `Pendamping` in bold (80 px of Arial 10 bold: 75 px cut it against its value, printed); D a bold
// total of `Rp 99.999.999` (89 px); B a member with their ID, `Ade Rukmana (A013)` (128 px), in one line.
// A date | B type / member | C description | D attendance / amount | E results / amount | F next steps / amount
export const JOURNAL_WIDTHS: readonly number[] = [88, 140, 116, 96, 105, 105];
const COLUMNS = JOURNAL_WIDTHS.length;
const SECTION_BG = '#dbe5f1';

/** Under the cash of a week before `Tanggal Saldo Awal` (also in the command line's journal). */
export const BEFORE_OPENING = t(
  'Minggu ini sebelum Tanggal Saldo Awal (Pengaturan): kas kelompok belum tercatat.',
  "This week is before Tanggal Saldo Awal (Pengaturan): the group's cash is not recorded yet.",
);

const words = {
  week: t('Minggu', 'Week'),
  group: t('Kelompok', 'Group'),
  place: t('Lokasi', 'Location'),
  facilitator: t('Pendamping', 'Facilitator'),
  generated: t('Dibuat', 'Generated'),
  activities: t('1. KEGIATAN MINGGU INI', "1. THIS WEEK'S ACTIVITIES"),
  date: t('Tanggal', 'Date'),
  type: t('Jenis Kegiatan', 'Type'),
  description: t('Uraian', 'Description'),
  attendance: t('Hadir', 'Attendance'),
  results: t('Hasil', 'Results'),
  nextSteps: t('Rencana Tindak Lanjut', 'Next steps'),
  noActivities: t('Tidak ada kegiatan tercatat minggu ini.', 'No activity was recorded this week.'),
  countsTitle: t('Jumlah kegiatan per jenis', 'Activities per type'),
  count: t('Jumlah', 'Count'),
  total: t('Jumlah', 'Total'),
  cash: t('2. KAS', '2. CASH'),
  category: t('Kategori', 'Category'),
  in: t('Masuk', 'In'),
  out: t('Keluar', 'Out'),
  opening: t('Saldo awal', 'Opening balance'),
  closing: t('Saldo akhir', 'Closing balance'),
  noCash: t('Tidak ada transaksi kas minggu ini.', 'No cash movement this week.'),
  beforeOpening: BEFORE_OPENING,
  credit: t('3. KREDIT', '3. CREDIT'),
  asOf: t('per', 'as of'),
  disbursed: t('Pinjaman dicairkan minggu ini', 'Loans disbursed this week'),
  member: t('Anggota', 'Member'),
  loan: t('Pinjaman', 'Loan'),
  receipt: t('No Bukti', 'Receipt'),
  amount: t('Jumlah', 'Amount'),
  noDisbursed: t('Tidak ada pencairan pinjaman.', 'No loan was disbursed.'),
  repaid: t('Angsuran diterima minggu ini', 'Repayments received this week'),
  noRepaid: t('Tidak ada angsuran diterima.', 'No repayment was received.'),
  notCounted: t('tidak dihitung', 'not counted'),
  notCountedNote: t(
    'Angsuran "tidak dihitung" tidak masuk ke pinjaman mana pun dan tidak ada dalam jumlahnya: lihat tab Pemeriksaan.',
    'Repayments "not counted" go toward no loan and are not in the total: see the Pemeriksaan tab.',
  ),
  activeLoans: t('Pinjaman belum lunas', 'Loans not yet repaid'),
  outstanding: t('Sisa pokok', 'Outstanding principal'),
  arrears: t('Tunggakan', 'Arrears'),
  kolTitle: t('Kolektibilitas', 'Collectibility'),
  loans: t('Pinjaman', 'Loans'),
  // The window is given beside it: the seven days after the week, or from tomorrow for a week not over (§6).
  collectionTitle: t('Daftar tagihan', 'Collection list'),
  due: t('Jatuh tempo', 'Due'),
  installment: t('Angsuran', 'Installment'),
  toCollect: t('Ditagih (+ denda)', 'To collect (+ fines)'),
  noCollection: t(
    'Tidak ada angsuran jatuh tempo atau tunggakan.',
    'Nothing falls due and nothing is in arrears.',
  ),
  members: t('4. ANGGOTA', '4. MEMBERS'),
  active: t('Anggota aktif', 'Active members'),
  joined: t('Masuk minggu ini', 'Joined this week'),
  left: t('Keluar minggu ini', 'Left this week'),
  quality: t('5. KUALITAS DATA', '5. DATA QUALITY'),
  errors: t('Kesalahan yang masih terbuka', 'Errors still open'),
  warnings: t('Peringatan yang masih terbuka', 'Warnings still open'),
  topProblems: t('Yang terpenting', 'Most important'),
  error: t('Kesalahan', 'Error'),
  warning: t('Peringatan', 'Warning'),
  noProblems: t('Tidak ada kesalahan atau peringatan.', 'No errors or warnings.'),
  plans: t('6. RENCANA MINGGU DEPAN', "6. NEXT WEEK'S PLAN"),
  followUp: t('Tindak lanjut kegiatan', 'Follow-up of activities'),
  noFollowUp: t('Tidak ada rencana tindak lanjut tertulis.', 'No next steps were written.'),
  collect: t('Penagihan', 'Collection'),
  acknowledged: t('Mengetahui,', 'Acknowledged,'),
  row: t('baris', 'row'),
};

/** The tab's name: the same in every language, so regenerating finds and replaces it. */
export function journalSheetName(week: string): string {
  return `Jurnal ${week}`;
}

export function journalSheet(model: JournalModel, lang: Lang): SheetGrid {
  const w = (x: Bilingual) => pick(x, lang);
  const rows: OutCell[][] = [];
  const push = (...cells: OutCell[]) => rows.push(cells);
  const blank = () => rows.push([]);
  const date = (iso: string | null): OutCell =>
    iso === null ? cell(null) : cell({ date: iso }, { format: 'date' });
  // A balance the book does not hold (a week before Tanggal Saldo Awal) reads –.
  const money = (amount: number | null, style: Omit<OutCell, 'v'> = {}): OutCell =>
    cell(amount ?? '–', { format: 'rupiah', ...style });
  const count = (n: number, style: Omit<OutCell, 'v'> = {}): OutCell =>
    cell(n, { format: 'integer', ...style });
  // Text copied from the input tabs: a plain string value, marked as text so no adapter reads it as a formula.
  const copied = (v: string | null, style: Omit<OutCell, 'v'> = {}): OutCell =>
    cell(v, { format: 'text', ...style });
  const label = (x: Bilingual | string, style: Omit<OutCell, 'v'> = {}): OutCell =>
    cell(typeof x === 'string' ? x : w(x), style);
  const note = (x: Bilingual) => push(label(x, ITALIC));
  const section = (title: string) => {
    blank();
    rows.push(
      Array.from({ length: COLUMNS }, (_, i) =>
        cell(i === 0 ? title : null, { bold: true, background: SECTION_BG, size: 11 }),
      ),
    );
  };
  // A header label wraps only where it cannot run on into an empty cell to its right.
  const header = (...titles: (Bilingual | null)[]) =>
    rows.push(
      titles.map((x, i) =>
        cell(x === null ? null : w(x), {
          bold: true,
          background: HEADER_BACKGROUND,
          wrap: x !== null && (i === titles.length - 1 || titles[i + 1] !== null),
        }),
      ),
    );
  const sub = (x: Bilingual | string) => push(label(x, BOLD));
  const shortDate = (iso: string) => formatShortDate(iso);
  const who = (name: string | null, id: string | null) => (name && id ? `${name} (${id})` : name || id || '');

  const h = model.header;
  const c = model.credit;

  // Header.
  push(label(w(model.title).toUpperCase(), { bold: true, size: 14 }));
  push(label(words.group, BOLD), copied(h.groupName, BOLD));
  // A place longer than B to F hold takes more rows, broken after a comma.
  const place = placeLines(model.header, lang, charsIn(JOURNAL_WIDTHS.slice(1)));
  (place.length > 0 ? place : ['']).forEach((line, i) =>
    push(i > 0 ? cell(null) : label(words.place, BOLD), copied(line)),
  );
  push(label(words.facilitator, BOLD), copied(h.facilitatorName ?? ''));
  push(label(words.week, BOLD), label(`${model.week.value} · ${w(model.week.label)}`));
  push(label(words.generated, BOLD), label(formatLongDateTime(model.generatedAt, lang)));
  if (model.emptyNote !== null) push(label(model.emptyNote, { italic: true, bold: true }));

  // 1. Activities.
  section(w(words.activities));
  if (model.notRead.activities) note(journalDutyWords.tabNotRead(model.notRead.activities));
  else if (model.activities.rows.length === 0) note(words.noActivities);
  else {
    header(words.date, words.type, words.description, words.attendance, words.results, words.nextSteps);
    for (const a of model.activities.rows) {
      push(
        date(a.date),
        label(a.typeLabel, WRAP),
        copied(a.description, WRAP),
        a.attendance === null ? cell(null) : count(a.attendance),
        copied(a.results, WRAP),
        copied(a.nextSteps, WRAP),
      );
    }
  }
  // Counts of a Kegiatan not read would read as none done: left out, the note above says why.
  if (!model.notRead.activities) {
    sub(words.countsTitle);
    for (const k of model.activities.counts) {
      push(
        label(k.label, { italic: k.count === 0 }),
        cell(null),
        cell(null),
        count(k.count, { italic: k.count === 0 }),
      );
    }
    push(label(words.total, BOLD), cell(null), cell(null), count(model.activities.total, BOLD));
  }
  rows.push(...meetingAndSaprodiRows(model, lang));

  // 2. Cash.
  const cash = model.cash;
  section(w(words.cash));
  push(
    label(`${w(words.opening)} (${shortDate(cash.openingDate)})`, BOLD),
    ...pad(4),
    money(cash.openingBalance, BOLD),
  );
  if (cash.openingBalance === null) note(words.beforeOpening);
  else if (cash.categories.length === 0) note(words.noCash);
  else {
    header(words.category, null, null, null, words.in, words.out);
    for (const k of cash.categories) {
      push(
        label(k.label),
        ...pad(3),
        k.amountIn === 0 ? cell(null) : money(k.amountIn),
        k.amountOut === 0 ? cell(null) : money(k.amountOut),
      );
    }
    push(label(words.total, BOLD), ...pad(3), money(cash.totalIn, BOLD), money(cash.totalOut, BOLD));
  }
  push(
    label(`${w(words.closing)} (${shortDate(cash.closingDate)})`, BOLD),
    ...pad(4),
    money(cash.closingBalance, BOLD),
  );

  // 3. Credit.
  section(`${w(words.credit)} (${w(words.asOf)} ${shortDate(c.asOf)})`);
  sub(words.disbursed);
  if (c.disbursements.length === 0) note(words.noDisbursed);
  else {
    header(words.date, words.member, words.loan, null, null, words.amount);
    for (const d of c.disbursements) {
      push(
        date(d.date),
        copied(who(d.memberName, d.memberId), WRAP),
        copied(
          d.frequency === 'Musiman'
            ? `${d.loanId} · ${w(t(`bayar panen, ${d.installments} bulan`, `at harvest, ${d.installments} months`))}`
            : `${d.loanId} · ${d.installments}× ${d.frequency === 'Mingguan' ? w(t('mingguan', 'weekly')) : w(t('bulanan', 'monthly'))}`,
          WRAP,
        ),
        ...pad(2),
        money(d.amount),
      );
    }
    push(label(words.total, BOLD), ...pad(4), money(c.totalDisbursed, BOLD));
  }
  sub(words.repaid);
  if (c.repayments.length === 0) note(words.noRepaid);
  else {
    header(words.date, words.member, words.loan, words.receipt, null, words.amount);
    for (const r of c.repayments) {
      push(
        date(r.date),
        copied(who(r.memberName, r.memberId), WRAP),
        copied(r.loanId),
        copied(r.receiptNo),
        r.counted ? cell(null) : label(words.notCounted, ITALIC),
        money(r.amount),
      );
    }
    push(label(words.total, BOLD), ...pad(4), money(c.totalRepaid, BOLD));
    if (c.totalNotCounted !== 0)
      for (const line of splitLines(w(words.notCountedNote), 110))
        push(label(line, { italic: true, size: 8 }));
  }
  push(label(words.activeLoans), ...pad(4), count(c.activeLoans));
  push(label(words.outstanding), ...pad(4), money(c.outstandingPrincipal));
  push(label(words.arrears), ...pad(4), money(c.arrears));
  push(
    label('PAR30'),
    ...pad(4),
    c.par30 === null ? label('–', RIGHT) : cell(c.par30, { format: 'percent' }),
  );
  // No merged cells in a SheetGrid: long text goes on rows of its own, overflowing into the empty cells beside it.
  for (const line of splitLines(w(c.par30Definition), 110)) push(label(line, { italic: true, size: 8 }));
  header(words.kolTitle, null, null, words.loans, null, words.outstanding);
  for (const k of c.perKol) {
    push(
      label(`Kol ${k.kol} ${w(k.label)}`),
      ...pad(2),
      count(k.loans),
      cell(null),
      money(k.outstandingPrincipal),
    );
  }
  sub(`${w(words.collectionTitle)} (${shortDate(c.collection.from)} – ${shortDate(c.collection.to)})`);
  if (c.collection.items.length === 0) note(words.noCollection);
  else {
    header(words.due, words.member, words.loan, words.installment, words.arrears, words.toCollect);
    for (const i of c.collection.items) {
      push(
        date(i.due),
        copied(who(i.memberName, i.memberId), WRAP),
        copied(loanLine(i, lang), WRAP),
        money(i.amountDue),
        money(i.arrears),
        money(i.total, BOLD),
      );
    }
    push(
      label(words.total, BOLD),
      ...pad(2),
      money(c.collection.totalDue, BOLD),
      money(c.collection.totalArrears, BOLD),
      money(c.collection.total, BOLD),
    );
  }

  // 4. Members.
  const m = model.members;
  section(w(words.members));
  push(label(`${w(words.active)} (${w(words.asOf)} ${shortDate(m.asOf)})`), ...pad(4), count(m.active));
  push(label(words.joined), ...pad(4), count(m.joined.length));
  for (const x of m.joined) push(date(x.date), copied(who(x.name, x.id), WRAP));
  push(label(words.left), ...pad(4), count(m.left.length));
  for (const x of m.left) push(date(x.date), copied(who(x.name, x.id), WRAP));

  // 5. Data quality.
  const q = model.dataQuality;
  section(w(words.quality));
  push(label(words.errors), ...pad(4), count(q.errors));
  push(label(words.warnings), ...pad(4), count(q.warnings));
  if (q.top.length === 0) note(words.noProblems);
  else {
    sub(words.topProblems);
    for (const p of q.top) {
      push(
        label(p.severity === 'error' ? words.error : words.warning, { bold: p.severity === 'error' }),
        copied(`${p.tab} ${w(words.row)} ${p.row}${p.column === '' ? '' : ` · ${p.column}`}`),
      );
      for (const line of splitLines(pick(p.message, lang), 90)) push(cell(null), copied(line, { size: 9 }));
    }
  }

  // 6. Plans.
  section(w(words.plans));
  sub(words.followUp);
  if (model.notRead.activities) note(journalDutyWords.tabNotRead(model.notRead.activities));
  else if (model.plans.nextSteps.length === 0) note(words.noFollowUp);
  // Plan lines run from column C across the empty D to F, broken into lines that fit (PLAN_LINE).
  const planLines = (first: OutCell[], text: string) => {
    for (const row of planRows(first, text)) push(...row);
  };
  for (const s of model.plans.nextSteps) {
    planLines([date(s.date), label(s.typeLabel, WRAP)], s.text);
  }
  sub(words.collect);
  if (model.plans.collection.length === 0) note(words.noCollection);
  for (const i of model.plans.collection) {
    planLines([date(i.due), copied(who(i.memberName, i.memberId), WRAP)], collectLine(i, lang));
  }
  rows.push(...visitAndPlanRows(model, lang));

  // The week's summary as ready text for the group's chat (docs/book.md §8), one line a row so that
  // it can be copied as it stands; Indonesian, as the group's messages are.
  section(w(t('Teks ringkasan untuk grup WhatsApp', 'Summary text for the WhatsApp group')));
  for (const line of weekSummaryText(model).split('\n')) push(copied(line));

  // Signatures.
  const sig = model.signatures;
  blank();
  push(cell(null), cell(null), cell(null), cell(null), label(words.acknowledged, { align: 'center' }));
  push(
    cell(null),
    label(sig.facilitator.role, { align: 'center' }),
    ...pad(2),
    label(sig.chair.role, { align: 'center' }),
  );
  blank();
  blank();
  blank();
  push(
    cell(null),
    copied(signLine(sig.facilitator.name), { align: 'center' }),
    ...pad(2),
    copied(signLine(sig.chair.name), { align: 'center' }),
  );

  return {
    name: journalSheetName(model.week.value),
    rows,
    widths: JOURNAL_WIDTHS,
    frozenRows: 0,
    orientation: 'portrait',
  };
}

function pad(n: number): OutCell[] {
  return Array.from({ length: n }, () => cell(null as Cell));
}

function loanLine(i: CollectionItem, lang: Lang): string {
  const parts = [i.loanId];
  if (i.installmentNo !== null)
    parts.push(
      lang === 'en'
        ? `installment${i.lastInstallmentNo === i.installmentNo ? '' : 's'} ${spanOf(i, `${i.installmentNo}`, `${i.lastInstallmentNo}`, lang)}`
        : `angsuran ${spanOf(i, `ke-${i.installmentNo}`, `ke-${i.lastInstallmentNo}`, lang)}`,
    );
  if (i.daysPastDue > 0)
    parts.push(lang === 'en' ? `${i.daysPastDue} days late` : `tunggak ${i.daysPastDue} hari`);
  if (i.finesOwed > 0) parts.push(`${lang === 'en' ? 'fines' : 'denda'} ${formatRupiah(i.finesOwed, lang)}`);
  return parts.join(' · ');
}

function collectLine(i: CollectionItem, lang: Lang): string {
  const parts: string[] = [];
  if (i.amountDue > 0)
    parts.push(`${lang === 'en' ? 'installment' : 'angsuran'} ${formatRupiah(i.amountDue, lang)}`);
  if (i.arrears > 0)
    parts.push(`${lang === 'en' ? 'arrears' : 'tunggakan'} ${formatRupiah(i.arrears, lang)}`);
  if (i.finesOwed > 0) parts.push(`${lang === 'en' ? 'fines' : 'denda'} ${formatRupiah(i.finesOwed, lang)}`);
  return lang === 'en'
    ? `Collect ${formatRupiah(i.total, lang)} on ${i.loanId} (${parts.join(' + ')})`
    : `Tagih ${formatRupiah(i.total, lang)} untuk ${i.loanId} (${parts.join(' + ')})`;
}

function signLine(name: string | null): string {
  return name === null ? '(................................)' : `( ${name} )`;
}
