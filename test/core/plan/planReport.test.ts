import fc from 'fast-check';
import { readBook } from '../../../src/core/book/readBook';
import { planTab, type PlanColumn } from '../../../src/core/book/schema';
import {
  defaultSettings,
  type Activity,
  type Book,
  type CashEntry,
  type PlanRow,
} from '../../../src/core/book/types';
import type { Cell, IsoDate } from '../../../src/core/cell';
import { monthEnd, planReport, planRowsToDo, planStatus } from '../../../src/core/plan/planReport';
import { readPlanMonth } from '../../../src/core/plan/readPlan';
import {
  activitiesGrid,
  baseCash,
  cashGrid,
  d,
  placeOf,
  sampleTabs,
  tabGrid,
  tabSource,
  type Row,
} from '../book/fixtures';

describe('planStatus at month boundaries', () => {
  // A row planned for March 2026.
  it.each([
    ['done in its month, on its last day', '2026-03-31', '2026-04-15', 'Terlaksana'],
    ['done before its month', '2026-02-20', '2026-04-15', 'Terlaksana'],
    ['done the month after, on its first day', '2026-04-01', '2026-04-15', 'Terlambat'],
    ['not done, on the last day of its month (still running)', null, '2026-03-31', 'Belum'],
    ['not done, the day after its month ended', null, '2026-04-01', 'Tidak Terlaksana'],
    ['not done, before its month', null, '2026-01-10', 'Belum'],
  ] as const)('%s', (_what, doneDate, asOf, status) => {
    expect(planStatus('2026-03', doneDate, asOf)).toBe(status);
  });

  it('knows the last day of each month, leap years included', () => {
    expect(monthEnd('2026-02')).toBe('2026-02-28');
    expect(monthEnd('2028-02')).toBe('2028-02-29');
    expect(monthEnd('2026-12')).toBe('2026-12-31');
  });
});

const TODAY = '2026-04-10';
const plan = (rows: readonly Row<PlanColumn>[]) => tabGrid(planTab, rows);
const planRows: Row<PlanColumn>[] = [
  { code: 'R01', activity: 'Rapat penyusunan RUK', type: 'Penyusunan RUK', month: 'Januari 2026' },
  {
    code: 'R02',
    activity: 'Pelatihan pupuk organik',
    type: 'Pelatihan',
    month: d('2026-02-01'),
    target: 2,
    unit: 'kali',
    cost: 500000,
  },
  {
    code: 'R03',
    activity: 'Tanam jagung bersama',
    type: 'Pengembangan Usaha Bersama',
    month: '03/2026',
    target: 5,
    unit: 'ha',
  },
  { code: 'R04', activity: 'Kunjungan pasar', type: 'Kemitraan & Pemasaran', month: 'April 2026' },
];
const linked = activitiesGrid([
  // R01 done in January; R02 done in March (late) twice with volume; R03 and R04 not done.
  { date: d('2026-01-20'), type: 'Penyusunan RUK', description: 'RUK disusun', planCode: 'R01' },
  { date: d('2026-03-03'), type: 'Pelatihan', description: 'Pelatihan 1', planCode: 'R02', volume: 1 },
  { date: d('2026-03-17'), type: 'Pelatihan', description: 'Pelatihan 2', planCode: 'R02', volume: 1 },
]);
const cash = cashGrid([
  ...baseCash,
  {
    date: d('2026-03-03'),
    description: 'Konsumsi pelatihan',
    category: 'Biaya Operasional',
    amountOut: 150000,
    planCode: 'R02',
  },
  {
    date: d('2026-03-17'),
    description: 'Narasumber',
    category: 'Biaya Operasional',
    amountOut: 200000,
    planCode: 'R02',
  },
]);

const readPlanBook = (rows = planRows, tabs: Record<string, Cell[][]> = {}) =>
  readBook(tabSource({ ...sampleTabs({ Kegiatan: linked, Kas: cash }), RUK: plan(rows), ...tabs }), {
    today: TODAY,
  });

describe('planReport', () => {
  it('reads RUK without a problem and gives each row its status, volume done and money spent', () => {
    const { book, problems } = readPlanBook();
    expect(problems.filter((p) => p.tab === 'RUK' || p.code.includes('planCode'))).toEqual([]);
    const report = planReport(book, TODAY);
    expect(report.rows.map((r) => [r.code, r.month, r.status, r.doneDate, r.volumeDone, r.spent])).toEqual([
      ['R01', '2026-01', 'Terlaksana', '2026-01-20', 0, 0],
      ['R02', '2026-02', 'Terlambat', '2026-03-03', 2, 350000],
      ['R03', '2026-03', 'Tidak Terlaksana', null, 0, 0],
      ['R04', '2026-04', 'Belum', null, 0, 0],
    ]);
    expect(report.counts).toEqual({ Terlaksana: 1, Terlambat: 1, Belum: 1, 'Tidak Terlaksana': 1 });
    expect(report.totalCost).toBe(500000);
    expect(report.totalSpent).toBe(350000);
    // Due: the three rows whose month is over; done on time: R01.
    expect(report.onTime).toEqual({ done: 1, due: 3 });
  });

  it('limits the rows to a year', () => {
    const { book } = readPlanBook([
      ...planRows,
      { code: 'R05', activity: 'Evaluasi', type: 'Lainnya', month: 'Januari 2027' },
    ]);
    expect(planReport(book, TODAY, { year: 2027 }).rows.map((r) => r.code)).toEqual(['R05']);
    expect(planReport(book, TODAY, { year: 2026 }).rows).toHaveLength(4);
  });

  it('lists the rows of this and next month not yet done, for the journal', () => {
    const { book } = readPlanBook([
      ...planRows,
      { code: 'R05', activity: 'Panen bersama', type: 'Lainnya', month: 'Mei 2026' },
    ]);
    const report = planReport(book, TODAY);
    expect(planRowsToDo(report, ['2026-04', '2026-05']).map((r) => r.code)).toEqual(['R04', 'R05']);
  });

  /**
   * Each RUK row's figures as docs/book.md §9 defines them, row by row: the `Kegiatan` and `Kas`
   * rows naming its code, dated up to the report date, in the book's order.
   */
  function byDefinition(book: Book, asOf: IsoDate, p: PlanRow) {
    const linked = book.activities.filter((a) => a.planCode === p.code && a.date <= asOf);
    const doneDate = linked.reduce<IsoDate | null>((d, a) => (d === null || a.date < d ? a.date : d), null);
    return {
      status: planStatus(p.month, doneDate, asOf),
      doneDate,
      activities: linked.length,
      volumeDone: linked.reduce((s, a) => s + (a.volume ?? 0), 0),
      spent: book.cash
        .filter((c) => c.planCode === p.code && c.date <= asOf)
        .reduce((s, c) => s + c.amountOut, 0),
    };
  }

  it('gives each row what its definition gives, whatever the codes, dates and order of the rows', () => {
    // Codes from a small set, so that rows share them; some name no RUK row, some none at all.
    const code = fc.constantFrom('R1', 'R2', 'R3', 'R4', 'X9');
    const day = fc
      .integer({ min: 0, max: 400 })
      .map((n) => new Date(Date.UTC(2026, 0, 1 + n)).toISOString().slice(0, 10));
    const planRow = fc.record({ code, month: fc.constantFrom('2026-01', '2026-03', '2026-06', '2027-01') });
    const activity = fc.record({
      date: day,
      planCode: fc.option(code, { nil: undefined }),
      // Tenths too, whose sums depend on the order they are added in: the book's order is kept.
      volume: fc.option(
        fc.oneof(
          { arbitrary: fc.constantFrom(0.1, 0.2, 0.3), weight: 3 },
          { arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }), weight: 1 },
        ),
        { nil: undefined },
      ),
    });
    const cashRow = fc.record({
      date: day,
      planCode: fc.option(code, { nil: undefined }),
      amountOut: fc.integer({ min: 0, max: 5_000_000 }),
    });
    fc.assert(
      fc.property(
        fc.array(planRow, { maxLength: 8 }),
        fc.array(activity, { maxLength: 30, size: 'medium' }),
        fc.array(cashRow, { maxLength: 30 }),
        day,
        fc.constantFrom(undefined, 2026, 2027),
        (plans, acts, cash, asOf, year) => {
          const book: Book = {
            settings: defaultSettings,
            members: [],
            loans: [],
            tabNames: {},
            plan: plans.map((p, i) => ({
              ...p,
              tab: 'RUK',
              row: i + 2,
              activity: `Rencana ${i}`,
              type: 'Pelatihan',
            })),
            activities: acts.map((a, i): Activity => ({
              tab: 'Kegiatan',
              row: i + 2,
              date: a.date,
              type: 'Pelatihan',
              description: `Kegiatan ${i}`,
              ...(a.planCode !== undefined && { planCode: a.planCode }),
              ...(a.volume !== undefined && { volume: a.volume }),
            })),
            cash: cash.map((c, i): CashEntry => ({
              tab: 'Kas',
              row: i + 2,
              date: c.date,
              description: `Belanja ${i}`,
              category: 'Iuran',
              amountIn: 0,
              amountOut: c.amountOut,
              ...(c.planCode !== undefined && { planCode: c.planCode }),
            })),
          };
          const report = planReport(book, asOf, year === undefined ? {} : { year });
          const wanted = (book.plan ?? []).filter(
            (p) => year === undefined || p.month.startsWith(`${year}-`),
          );
          expect(report.rows.map((r) => r.code)).toEqual(wanted.map((p) => p.code));
          report.rows.forEach((r, i) =>
            expect({
              status: r.status,
              doneDate: r.doneDate,
              activities: r.activities,
              volumeDone: r.volumeDone,
              spent: r.spent,
            }).toEqual(byDefinition(book, asOf, wanted[i]!)),
          );
        },
      ),
      { numRuns: 200, seed: 20261202 },
    );
  });
});

describe('RUK checks', () => {
  const ruk = (rows: Row<PlanColumn>[]) => readPlanBook(rows).problems.filter((p) => p.tab === 'RUK');

  it('a repeated code is an error; the row is skipped', () => {
    const { problems, book } = readPlanBook([
      ...planRows,
      { code: 'R01', activity: 'Lagi', type: 'Lainnya', month: 'Mei 2026' },
    ]);
    expect(problems.filter((p) => p.tab === 'RUK').map(placeOf)).toEqual([
      { code: 'plan.code.duplicate', row: 6, column: 'Kode', col: 1, severity: 'error' },
    ]);
    expect(problems.find((p) => p.code === 'plan.code.duplicate')?.message).toEqual({
      id: 'Kode "R01" sudah dipakai di baris 2. Beri baris ini kode lain; baris ini dilewati.',
      en: 'The code "R01" is already used in row 2. Give this row another code; this row is skipped.',
    });
    expect(book.plan).toHaveLength(4);
  });

  it('required values left blank are errors on their cells', () => {
    expect(ruk([{ target: 3 }, { code: 'R09', activity: 'X', type: 'Lainnya' }]).map(placeOf)).toEqual([
      { code: 'plan.code.missing', row: 2, column: 'Kode', col: 1, severity: 'error' },
      { code: 'plan.activity.missing', row: 2, column: 'Kegiatan', col: 2, severity: 'error' },
      { code: 'plan.type.missing', row: 2, column: 'Jenis Kegiatan', col: 3, severity: 'error' },
      { code: 'plan.month.missing', row: 2, column: 'Bulan', col: 4, severity: 'error' },
      { code: 'plan.month.missing', row: 3, column: 'Bulan', col: 4, severity: 'error' },
    ]);
  });

  it('a month that cannot be read, an unknown type, a negative target and cost are errors', () => {
    const problems = ruk([
      { code: 'R01', activity: 'X', type: 'Arisan', month: 'Maret', target: -1, cost: -1_250_000 },
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'plan.type.unknown', row: 2, column: 'Jenis Kegiatan', col: 3, severity: 'error' },
      { code: 'plan.month.invalid', row: 2, column: 'Bulan', col: 4, severity: 'error' },
      { code: 'plan.target.negative', row: 2, column: 'Target', col: 5, severity: 'error' },
      { code: 'plan.cost.negative', row: 2, column: 'Biaya (Rp)', col: 7, severity: 'error' },
    ]);
    expect(problems[1]?.message.en).toBe(
      '"Maret" cannot be read as a month. Write e.g. Maret 2026, 03/2026, or any date in that month.',
    );
    expect(problems.slice(2).map((p) => p.message)).toEqual([
      { id: 'Target tidak boleh minus: -1.', en: 'The target cannot be negative: -1.' },
      { id: 'Biaya tidak boleh minus: -1.250.000.', en: 'The cost cannot be negative: -1,250,000.' },
    ]);
  });

  it('a Kode RUK in Kegiatan or Kas that names no plan row is a warning at its cell', () => {
    const { problems } = readPlanBook(planRows.slice(1));
    expect(
      problems.filter((p) => p.code.includes('planCode')).map((p) => ({ ...placeOf(p), tab: p.tab })),
    ).toEqual([
      {
        code: 'activity.planCode.unknown',
        tab: 'Kegiatan',
        row: 2,
        column: 'Kode RUK',
        col: 8,
        severity: 'warning',
      },
    ]);
    const kas = readPlanBook(planRows, {
      Kas: cashGrid([
        ...baseCash,
        { date: d('2026-03-03'), description: 'X', category: 'Lainnya', amountOut: 1, planCode: 'R77' },
      ]),
    }).problems.filter((p) => p.code === 'cash.planCode.unknown');
    expect(kas.map(placeOf)).toEqual([
      { code: 'cash.planCode.unknown', row: 7, column: 'Kode RUK', col: 9, severity: 'warning' },
    ]);
    expect(kas[0]?.message.id).toBe(
      'Kode RUK "R77" tidak ada di tab RUK. Perbaiki kodenya, atau tambahkan baris rencana itu di RUK.',
    );
  });

  it('Volume without a Kode RUK is a warning, a negative Volume an error', () => {
    const { problems } = readPlanBook(planRows, {
      Kegiatan: activitiesGrid([
        { date: d('2026-03-03'), type: 'Pelatihan', description: 'A', volume: 2 },
        { date: d('2026-03-04'), type: 'Pelatihan', description: 'B', planCode: 'R02', volume: -1 },
      ]),
    });
    const volume = problems.filter((p) => p.code.startsWith('activity.volume')).sort((a, b) => a.row - b.row);
    expect(volume.map(placeOf)).toEqual([
      { code: 'activity.volume.withoutPlan', row: 2, column: 'Volume', col: 9, severity: 'warning' },
      { code: 'activity.volume.negative', row: 3, column: 'Volume', col: 9, severity: 'error' },
    ]);
    expect(volume.map((p) => p.message.id)).toEqual([
      'Volume 2 diisi tanpa Kode RUK, jadi tidak dihitung ke rencana mana pun. Tulis Kode RUK-nya.',
      'Volume tidak boleh minus: -1. Tulis banyaknya yang dikerjakan.',
    ]);
  });
});

describe('readPlanMonth', () => {
  it.each<[Cell, string | undefined]>([
    [d('2026-03-15'), '2026-03'],
    ['Maret 2026', '2026-03'],
    ['mar 2026', '2026-03'],
    ['March 2026', '2026-03'],
    ['03/2026', '2026-03'],
    ['3-2026', '2026-03'],
    ['2026-03', '2026-03'],
    ['15/03/2026', '2026-03'],
    ['Maret', undefined],
    ['13/2026', undefined],
    [202603, undefined],
    // `11` typed for November into a cell formatted as a date is 11/01/1900 to the spreadsheet:
    // a month before 2000 is an error, never a plan row for January 1900 that no report shows.
    [d('1900-01-11'), undefined],
    ['11/01/1900', undefined],
    [d('2000-01-01'), '2000-01'],
  ])('%j → %s', (cell, month) => expect(readPlanMonth(cell)).toBe(month));

  it('a number typed into a date-formatted Bulan is an error on its cell, not a row of 1900', () => {
    const problems = readPlanBook([
      { code: 'R06', activity: 'X', type: 'Lainnya', month: d('1900-01-11') },
    ]).problems.filter((p) => p.tab === 'RUK');
    expect(problems.map(placeOf)).toEqual([
      { code: 'plan.month.invalid', row: 2, column: 'Bulan', col: 4, severity: 'error' },
    ]);
  });

  it('a number cell in Bulan is quoted as each language shows a number, text as typed', () => {
    const problems = readPlanBook([
      { code: 'R06', activity: 'X', type: 'Lainnya', month: 202603 },
      { code: 'R07', activity: 'X', type: 'Lainnya', month: 3.2026 },
      { code: 'R08', activity: 'X', type: 'Lainnya', month: '13/2026' },
    ]).problems.filter((p) => p.code === 'plan.month.invalid');
    const tail = {
      id: 'tidak terbaca sebagai bulan. Tulis mis. Maret 2026, 03/2026, atau tanggal mana saja di bulan itu.',
      en: 'cannot be read as a month. Write e.g. Maret 2026, 03/2026, or any date in that month.',
    };
    expect(problems.map((p) => p.message)).toEqual([
      { id: `"202.603" ${tail.id}`, en: `"202,603" ${tail.en}` },
      { id: `"3,2026" ${tail.id}`, en: `"3.2026" ${tail.en}` },
      { id: `"13/2026" ${tail.id}`, en: `"13/2026" ${tail.en}` },
    ]);
  });
});
