// Bad input never crashes anything: plausible-but-adversarial books (extreme dates, amounts, rates,
// terms, settings, text) through every API function over the local adapter, never `internal`.
import fc from 'fast-check';
import { createApi } from '../../../src/core/api/createApi';
import { PROBLEMS_PER_PAGE } from '../../../src/core/api/pages';
import { fixRequest } from '../../../src/core/api/shownFix';
import type { ApiResponse, FixRequest, Overview } from '../../../src/core/api/types';
import {
  activitiesTab,
  cashTab,
  lists,
  loansTab,
  membersTab,
  settingsTab,
  type CashColumn,
  type LoanColumn,
  type MemberColumn,
  type TabSpec,
} from '../../../src/core/book/schema';
import type { Cell, Grid } from '../../../src/core/cell';
import { isIsoDate } from '../../../src/core/isoDate';
import type { Problem } from '../../../src/core/problems/problem';
import type { SheetGrid } from '../../../src/core/sheetGrid';
import type { Workbook } from '../../../src/core/workbook';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';
import {
  activitiesGrid,
  baseActivities,
  baseMembers,
  baseSettings,
  cashGrid,
  d,
  loansGrid,
  membersGrid,
  settingsGrid,
  type Row,
} from '../book/fixtures';

/** Text as treasurers and phones type it: emoji, right-to-left script, line breaks, formulas. */
const oddText = fc.constantFrom<Cell>(
  'Sri Wahyuni',
  '👩‍🌾 Bu Ani 🌾',
  'مرحبا بكم',
  'עברית',
  'baris satu\nbaris dua\r\nbaris tiga',
  '=SUM(A1:A3)',
  '+62 812',
  '   ',
  '',
  'x'.repeat(300),
  'Ñandú ßtraße',
);

const extremeDate = fc.constantFrom<Cell>(
  d('1900-01-01'),
  d('9999-12-31'),
  d('2026-11-28'),
  d('2026-11-23'),
  d('2026-02-28'),
  d('2024-02-29'),
  d('2025-12-29'),
  d('2026-12-31'),
  d('2000-01-01'),
  '31/02/2026',
  '28/11/2026',
  '1 Januari 1900',
  '31/12/9999',
  'kemarin',
  45000,
  -1,
  null,
);

const extremeMoney = fc.constantFrom<Cell>(
  999_999_999_999,
  1,
  0,
  -1,
  -500_000,
  1.5,
  0.4,
  1e15,
  1e21,
  Number.MAX_SAFE_INTEGER,
  '999.999.999.999',
  'Rp 1.500.000',
  '1,5 juta',
  'seratus',
  100_000,
  118_000,
  1_200_000,
  null,
);

const rate = fc.constantFrom<Cell>(0, 10, 1.5, 2, 0.01, 100, -1, 1e9, '1,5%', '10 %', 'nol', null);
const installments = fc.constantFrom<Cell>(1, 2, 12, 52, 260, 0, -3, 2.5, 1000, 100_000, '12x', null);
const memberIds = ['A1', 'A2', 'A3'];
const loanIds = ['P1', 'P2'];
const memberRef = fc.constantFrom<Cell>(...memberIds, 'A9', '', null, 'a1', ' A1 ');
const loanRef = fc.constantFrom<Cell>(...loanIds, 'P9', null, 'p1');
const listOf = (values: readonly { value: string }[]) =>
  fc.oneof(fc.constantFrom<Cell>(...values.map((v) => v.value)), oddText, fc.constant<Cell>(null));

const member: fc.Arbitrary<Row<MemberColumn>> = fc.record({
  memberId: fc.oneof(fc.constantFrom<Cell>(...memberIds), oddText),
  name: oddText,
  nik: fc.constantFrom<Cell>('3203011505800001', 3203011505800001, '123', null, '👩‍🌾'),
  gender: listOf(lists.gender),
  birthDate: extremeDate,
  role: listOf(lists.role),
  householdHead: memberRef,
  phone: fc.constantFrom<Cell>('081234567890', 81234567890, '+62 812-3456-7891', 'tidak ada', null),
  joinDate: extremeDate,
  status: listOf(lists.memberStatus),
  // Often a member who left before joining, or in year 1900 or 9999.
  leaveDate: extremeDate,
  address: oddText,
  landHa: fc.constantFrom<Cell>(0.25, 0, -1, 1e9, 'setengah', null),
  commodity: oddText,
});

const loan: fc.Arbitrary<Row<LoanColumn>> = fc.record({
  loanId: fc.oneof(fc.constantFrom<Cell>(...loanIds), oddText),
  memberId: memberRef,
  disbursed: extremeDate,
  principal: extremeMoney,
  ratePercent: rate,
  method: listOf(lists.method),
  installments,
  frequency: listOf(lists.frequency),
  purpose: oddText,
});

/** A loan every rule accepts, at the edges: 1 Rupiah or Rp 999.999.999.999, 0 % or 10 %, 1 to 260 installments. */
const edgeLoan: fc.Arbitrary<Row<LoanColumn>> = fc.record({
  loanId: fc.constantFrom<Cell>(...loanIds),
  memberId: fc.constant<Cell>('A1'),
  disbursed: fc.constantFrom<Cell>(d('1990-01-01'), d('2024-02-29'), d('2025-12-31'), d('2026-11-28')),
  principal: fc.constantFrom<Cell>(1, 7, 1_200_000, 999_999_999_999),
  ratePercent: fc.constantFrom<Cell>(0, 0.1, 1.5, 10),
  method: fc.constantFrom<Cell>(...lists.method.map((v) => v.value)),
  installments: fc.constantFrom<Cell>(1, 3, 12, 52, 260),
  frequency: fc.constantFrom<Cell>(...lists.frequency.map((v) => v.value)),
});

/** A repayment every rule accepts: 1 Rupiah, an installment or the biggest amount, on any date. */
const edgeRepayment: fc.Arbitrary<Row<CashColumn>> = fc.record({
  date: fc.constantFrom<Cell>(d('1990-01-01'), d('2024-03-01'), d('2026-01-31'), d('2026-11-28')),
  receiptNo: fc.constantFrom<Cell>('K1', 'K2', 'K3'),
  description: oddText,
  category: fc.constantFrom<Cell>('Angsuran Pinjaman', 'Simpanan Wajib', 'Denda', 'Pencairan Pinjaman'),
  memberId: fc.constant<Cell>('A1'),
  loanId: fc.constantFrom<Cell>(...loanIds),
  amountIn: fc.constantFrom<Cell>(1, 118_000, 999_999_999_999, null),
  amountOut: fc.constantFrom<Cell>(null, null, 1_200_000),
});

const cashRow: fc.Arbitrary<Row<CashColumn>> = fc.record({
  date: extremeDate,
  receiptNo: fc.oneof(fc.constantFrom<Cell>('K001', 'K002', 'K001'), oddText),
  description: oddText,
  category: listOf(lists.category),
  memberId: memberRef,
  loanId: loanRef,
  amountIn: extremeMoney,
  amountOut: extremeMoney,
});

const settings = fc.record({
  weekStart: fc.constantFrom<Cell>('Minggu', 'Senin', 'Ahad', '7', 7, 0, 8, 'Kiamat', '', null),
  kolLimits: fc.constantFrom<Cell>('1;2;3', '90;120;180', '0;0;0', '3;2;1', '1e9;2e9;3e9', 'abc', '5', null),
  language: fc.constantFrom<Cell>('id', 'en', 'English', 'fr', null),
  openingBalance: extremeMoney,
  openingDate: extremeDate,
  groupName: oddText,
});

const book = fc.record({
  settings,
  members: fc.array(member, { maxLength: 5 }),
  loans: fc.array(fc.oneof(loan, edgeLoan), { maxLength: 4 }),
  cash: fc.array(fc.oneof(cashRow, edgeRepayment), { maxLength: 8 }),
  /** Many repayments of 1 Rupiah on one loan: a treasurer who typed each coin. */
  coinRepayments: fc.constantFrom(0, 0, 0, 1500),
  /** A well-formed weekly loan of 260 installments and of the biggest Pokok, beside the junk. */
  longLoan: fc.boolean(),
  withActivities: fc.boolean(),
  today: fc.constantFrom('2026-11-28', '2024-02-29', '2027-01-03', '2000-01-01'),
});

type BookCase = typeof book extends fc.Arbitrary<infer T> ? T : never;

/** The local adapter's workbook, remembering every generated grid the API wrote. */
class RecordingWorkbook implements Workbook {
  readonly written: SheetGrid[] = [];
  constructor(private readonly inner: XlsxWorkbook) {}
  tabNames = () => this.inner.tabNames();
  readTab = (name: string) => this.inner.readTab(name);
  isGenerated = (name: string) => this.inner.isGenerated(name);
  writeGenerated = (grid: SheetGrid) => {
    this.written.push(grid);
    this.inner.writeGenerated(grid);
  };
  writeCell = (tab: string, row: number, col: number, value: Cell) =>
    this.inner.writeCell(tab, row, col, value);
  createInputTab = (spec: TabSpec, rows: readonly (readonly Cell[])[]) =>
    this.inner.createInputTab(spec, rows);
}

function buildWorkbook(c: BookCase): RecordingWorkbook {
  const { weekStart, kolLimits, language, openingBalance, openingDate, groupName } = c.settings;
  const settingRows: Record<string, Cell> = {
    ...baseSettings,
    'Nama Kelompok': groupName,
    'Saldo Awal Kas': openingBalance,
    'Tanggal Saldo Awal': openingDate,
    'Awal Minggu': weekStart,
    Bahasa: language,
    'Batas Kolektibilitas': kolLimits,
  };
  const loans = [...c.loans];
  const cash = [...c.cash];
  if (c.longLoan) {
    loans.push({
      loanId: 'P260',
      memberId: 'A1',
      disbursed: d('2025-06-02'),
      principal: 999_999_999_999,
      ratePercent: 10,
      method: 'Anuitas',
      installments: 260,
      frequency: 'Mingguan',
    });
  }
  for (let i = 0; i < c.coinRepayments; i++) {
    cash.push({
      date: d('2026-03-02'),
      receiptNo: `R${i}`,
      description: 'Angsuran receh',
      category: 'Angsuran Pinjaman',
      memberId: 'A1',
      loanId: c.longLoan ? 'P260' : 'P1',
      amountIn: 1,
    });
  }
  const tabs: [TabSpec, Grid][] = [
    [settingsTab, settingsGrid(settingRows)],
    // One member every rule accepts, so that loans and savings naming A1 are figured.
    [
      membersTab,
      membersGrid([{ ...baseMembers[0], memberId: 'A1', joinDate: d('1990-01-01') }, ...c.members]),
    ],
    [cashTab, cashGrid(cash)],
    [loansTab, loansGrid(loans)],
  ];
  // Without Kegiatan, `Siapkan Buku` has a tab to create.
  if (c.withActivities) tabs.push([activitiesTab, activitiesGrid(baseActivities)]);
  const wb = XlsxWorkbook.create();
  for (const [spec, grid] of tabs) wb.writeInputGrid(spec, spec.name, grid, 1);
  return new RecordingWorkbook(wb);
}

const placeholder = /undefined|NaN|Infinity|\{|\}/;

function textIssues(where: string, t: { id: string; en: string } | undefined): string[] {
  if (!t) return [`${where}: no message`];
  const out: string[] = [];
  for (const [lang, s] of [
    ['id', t.id],
    ['en', t.en],
  ] as const) {
    if (typeof s !== 'string' || s.trim() === '') out.push(`${where}.${lang}: empty`);
    else if (placeholder.test(s)) out.push(`${where}.${lang}: placeholder in ${JSON.stringify(s)}`);
  }
  return out;
}

function problemIssues(p: Problem): string[] {
  const where = `${p.code}@${p.tab}!R${p.row}C${p.col}`;
  const out = textIssues(where, p.message);
  if (typeof p.tab !== 'string' || p.tab === '') out.push(`${where}: no tab`);
  if (!Number.isInteger(p.row) || p.row < 0) out.push(`${where}: row ${p.row}`);
  if (!Number.isInteger(p.col) || p.col < 0) out.push(`${where}: col ${p.col}`);
  if (typeof p.column !== 'string') out.push(`${where}: column ${String(p.column)}`);
  if (!/^[a-z][a-zA-Z0-9]*(\.[a-zA-Z0-9]+)+$/.test(p.code)) out.push(`${where}: code`);
  if (!['error', 'warning', 'info'].includes(p.severity)) out.push(`${where}: severity`);
  if (p.fix) out.push(...textIssues(`${where} fix`, p.fix.label));
  return out;
}

function overviewIssues(o: Overview): string[] {
  const out: string[] = o.problems.items.flatMap(problemIssues);
  if (o.problems.items.length > PROBLEMS_PER_PAGE) out.push(`problems: a page of ${o.problems.items.length}`);
  for (const card of o.cards) {
    out.push(...textIssues(`card ${card.key}`, card.label));
    if (card.value === null) continue;
    if (!Number.isFinite(card.value)) out.push(`card ${card.key}: ${card.value}`);
    if (card.unit !== 'fraction' && !Number.isInteger(card.value))
      out.push(`card ${card.key}: not whole ${card.value}`);
  }
  for (const l of o.loansAtRisk.items) {
    for (const [k, v] of Object.entries({
      arrears: l.arrears,
      outstandingPrincipal: l.outstandingPrincipal,
      daysPastDue: l.daysPastDue,
      kol: l.kol,
    }))
      if (!Number.isSafeInteger(v)) out.push(`loan at risk ${l.loanId}.${k}: ${v}`);
  }
  for (const w of o.weeks) out.push(...textIssues(`week ${w.value}`, w.label));
  return out;
}

function gridIssues(grid: SheetGrid): string[] {
  const out: string[] = [];
  grid.rows.forEach((row, r) =>
    row.forEach((c, col) => {
      const at = `${grid.name}!R${r + 1}C${col + 1}`;
      const v: unknown = c.v;
      if (v === undefined) out.push(`${at}: undefined`);
      else if (typeof v === 'number') {
        if (!Number.isFinite(v)) out.push(`${at}: ${v}`);
        else if (c.format === 'rupiah' && !Number.isInteger(v)) out.push(`${at}: Rupiah ${v}`);
      } else if (typeof v === 'string') {
        if (/undefined|NaN|Infinity/.test(v)) out.push(`${at}: ${JSON.stringify(v)}`);
      } else if (v !== null && typeof v === 'object') {
        if (!isIsoDate((v as { date?: unknown }).date)) out.push(`${at}: ${JSON.stringify(v)}`);
      } else if (v !== null && typeof v !== 'boolean') out.push(`${at}: ${typeof v}`);
    }),
  );
  return out;
}

/** Every answer: never `internal`, a refusal worded in both languages, a view well formed. */
function responseIssues(call: string, res: ApiResponse<unknown>): string[] {
  if (!res.ok) {
    const out = textIssues(`${call} error ${res.error.code}`, res.error.message);
    if (res.error.code === 'internal') out.unshift(`${call}: internal`);
    return out;
  }
  const data = res.data as { overview?: Overview; message?: { id: string; en: string } } | null;
  if (data === null) return [];
  if ('items' in data || 'lang' in data) return [];
  if ('cards' in data) return overviewIssues(data as unknown as Overview).map((s) => `${call}: ${s}`);
  return [
    ...textIssues(`${call} message`, data.message),
    ...(data.overview ? overviewIssues(data.overview) : ['no overview']).map((s) => `${call}: ${s}`),
  ];
}

function exercise(c: BookCase): { issues: string[]; errors: unknown[] } {
  const workbook = buildWorkbook(c);
  const errors: unknown[] = [];
  const api = createApi(new LocalHost(workbook, { today: c.today, clock: () => new Date(0) }), {
    report: (e) => errors.push(e),
  });
  const issues: string[] = [];
  const call = (name: string, res: ApiResponse<unknown>) => {
    issues.push(...responseIssues(name, res));
    return res;
  };
  const first = call('getOverview', api.getOverview()) as ApiResponse<Overview>;
  call('setupBook', api.setupBook());
  call('runChecks', api.runChecks());
  call('computeBalances()', api.computeBalances());
  for (const asOf of ['1900-01-01', '9999-12-31', '2026-02-29', c.today])
    call(`computeBalances(${asOf})`, api.computeBalances(asOf));
  const weeks = first.ok ? first.data.weeks.map((w) => w.value) : [];
  for (const week of [weeks[0], weeks[weeks.length - 1], '2025-W53', 'W99', '9999-W52', '1900-W01'])
    if (week !== undefined) call(`generateJournal(${week})`, api.generateJournal(week));
  call('generateJournalOf(0)', api.generateJournalOf(0));
  call('generateJournalOf(3)', api.generateJournalOf(3));
  const fixes = first.ok ? first.data.problems.items.filter((p) => p.fix) : [];
  for (const p of fixes.slice(0, 12)) call(`applyFix(${p.id})`, api.applyFix(fixRequest(p)!));
  call('applyFix(junk)', api.applyFix({ problemId: 'x' } as unknown as FixRequest));
  call('getProblems(40)', api.getProblems(40));
  call('getProblems(-1)', api.getProblems(-1));
  call('getLoansAtRisk(NaN)', api.getLoansAtRisk(Number.NaN));
  call('goToCell', api.goToCell('Anggota', 2, 1));
  call('goToCell(NaN)', api.goToCell('Anggota', Number.NaN, 1));
  call('setLanguage(en)', api.setLanguage('en'));
  call('setLanguage(xx)', api.setLanguage('xx' as 'en'));
  call('getOverview again', api.getOverview());
  for (const grid of workbook.written) issues.push(...gridIssues(grid));
  return { issues, errors };
}

describe('the API on plausible-but-adversarial books', () => {
  it('never answers internal, and every answer, problem and written cell is well formed', () => {
    fc.assert(
      fc.property(book, (c) => {
        const { issues, errors } = exercise(c);
        expect(errors.map((e) => (e instanceof Error ? (e.stack ?? e.message) : String(e)))).toEqual([]);
        expect(issues).toEqual([]);
      }),
      { numRuns: 50, seed: 20261128 },
    );
  });

  it('refuses a Pokok above Rp 999.999.999.999 in its cell, so no figure passes 2^53 (found by the property)', () => {
    const c: BookCase = {
      settings: {
        weekStart: 'Minggu',
        kolLimits: '1;2;3',
        language: 'id',
        openingBalance: 999_999_999_999,
        openingDate: d('1900-01-01'),
        groupName: 'Sri Wahyuni',
      },
      members: [],
      loans: [
        {
          loanId: 'P1',
          memberId: 'A1',
          disbursed: d('1900-01-01'),
          principal: Number.MAX_SAFE_INTEGER,
          ratePercent: 10,
          method: 'Flat',
          installments: 1,
        },
      ],
      cash: [],
      coinRepayments: 1500,
      longLoan: true,
      withActivities: false,
      today: '2026-11-28',
    };
    const res = createApi(new LocalHost(buildWorkbook(c), { today: c.today })).getOverview();
    if (!res.ok) throw new Error(res.error.code);
    const tooLarge = res.data.problems.items.filter((p) => p.code === 'value.money.tooLarge');
    expect(tooLarge.map((p) => [p.tab, p.row, p.column, p.col, p.severity])).toEqual([
      ['Pinjaman', 2, 'Pokok', 4, 'error'],
    ]);
    // The biggest loan the book accepts (Rp 999.999.999.999, 10 % a month, 260 weekly installments)
    // is read and figured in whole Rupiah.
    const worst = res.data.loansAtRisk.items.find((l) => l.loanId === 'P260');
    // The 1.500 coins of Rp 1 all went to jasa, which comes before principal.
    expect(worst?.outstandingPrincipal).toBe(999_999_999_999);
    expect(Number.isSafeInteger(worst?.arrears)).toBe(true);
    expect(exercise(c).issues).toEqual([]);
  });

  it('refuses a Tanggal Cair after 2100, whose schedule ran past 9999 and crashed computeBalances (found by the property)', () => {
    const c: BookCase = {
      settings: {
        weekStart: 'Senin',
        kolLimits: null,
        language: 'id',
        openingBalance: 0,
        openingDate: d('2026-01-01'),
        groupName: 'KT Makmur',
      },
      members: [],
      loans: [
        {
          loanId: 'P1',
          memberId: 'A1',
          disbursed: d('9999-12-31'),
          principal: 1_000_000,
          ratePercent: 0,
          method: 'Flat',
          installments: 1,
          frequency: 'Bulanan',
        },
      ],
      cash: [],
      coinRepayments: 0,
      longLoan: false,
      withActivities: true,
      today: '2026-11-28',
    };
    const api = createApi(new LocalHost(buildWorkbook(c), { today: c.today }));
    const res = api.computeBalances('9999-12-31');
    if (!res.ok) throw new Error(res.error.code);
    const tooLate = res.data.overview.problems.items.filter((p) => p.code === 'value.date.tooLate');
    expect(tooLate.map((p) => [p.tab, p.row, p.column, p.col, p.severity])).toEqual([
      ['Pinjaman', 2, 'Tanggal Cair', 3, 'error'],
    ]);
    expect(exercise(c).issues).toEqual([]);
  });
});
