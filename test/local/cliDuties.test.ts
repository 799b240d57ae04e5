// `buku-kelompok ruk` and `saprodi` as a person runs them (main() in this process, see runCli) on a
// small book worked by hand: the plan's four statuses at month boundaries, one season's right
// person, amount and time; their text, their --json, their --out copy and their refusals.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  activitiesTab,
  attendanceTab,
  cashTab,
  loansTab,
  membersTab,
  planTab,
  saprodiTab,
  settingsTab,
  type TabSpec,
} from '../../src/core/book/schema';
import type { Grid } from '../../src/core/cell';
import * as reviewBookModule from '../../src/core/reviewBook';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { d, settingsGrid, tabGrid } from '../core/book/fixtures';
import { runCli, type Run } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'bk-duties-'));
const book = join(dir, 'buku.xlsx');
const today = '2026-04-10';
const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function run(args: readonly string[]): Promise<Run> {
  return runCli(args, dir);
}

const tabs: [TabSpec, Grid][] = [
  [
    settingsTab,
    settingsGrid({
      'Nama Kelompok': 'Kelompok Tani Makmur',
      'Saldo Awal Kas': 2_000_000,
      'Tanggal Saldo Awal': d('2026-01-01'),
    }),
  ],
  [
    membersTab,
    tabGrid(membersTab, [
      {
        memberId: 'A001',
        name: 'Budi',
        gender: 'L',
        nik: '3203011505800001',
        role: 'Ketua',
        joinDate: d('2020-03-01'),
      },
      {
        memberId: 'A002',
        name: 'Sri',
        gender: 'P',
        nik: '3203015208850002',
        role: 'Bendahara',
        joinDate: d('2020-03-01'),
      },
      { memberId: 'A003', name: 'Asep', gender: 'L', joinDate: d('2021-06-10') },
      {
        memberId: 'A004',
        name: 'Dadang',
        gender: 'L',
        joinDate: d('2020-03-01'),
        status: 'Keluar',
        leaveDate: d('2026-01-31'),
      },
    ]),
  ],
  [loansTab, tabGrid(loansTab, [])],
  [
    cashTab,
    tabGrid(cashTab, [
      {
        date: d('2026-04-02'),
        receiptNo: 'K001',
        description: 'Konsumsi pelatihan kompos',
        category: 'Lain-lain',
        amountOut: 250_000,
        planCode: 'R02',
      },
    ]),
  ],
  [
    activitiesTab,
    tabGrid(activitiesTab, [
      {
        date: d('2026-02-10'),
        type: 'Rapat/Diskusi Kelompok',
        description: 'Rapat tahunan',
        volume: 1,
        planCode: 'R01',
      },
      {
        date: d('2026-04-01'),
        type: 'Pelatihan',
        description: 'Pelatihan kompos',
        volume: 18,
        planCode: 'R02',
      },
    ]),
  ],
  [
    attendanceTab,
    [
      // A004 left on 31 January: blank, and not counted, at both meetings.
      ['ID Anggota', 'Nama', d('2026-02-10'), d('2026-04-01')],
      ['A001', 'Budi', 'H', 'H'],
      ['A002', 'Sri', 'W', 'A'],
      ['A003', 'Asep', 'A', 'H'],
      ['A004', 'Dadang', null, null],
    ],
  ],
  [
    planTab,
    tabGrid(planTab, [
      // Done on 10 February, in its month: Terlaksana.
      {
        code: 'R01',
        activity: 'Rapat tahunan',
        type: 'Rapat/Diskusi Kelompok',
        month: d('2026-02-01'),
        target: 1,
        unit: 'kali',
        cost: 150_000,
      },
      // Done on 1 April, the first day of the month after: Terlambat.
      {
        code: 'R02',
        activity: 'Pelatihan kompos',
        type: 'Pelatihan',
        month: 'Maret 2026',
        target: 20,
        unit: 'orang',
        cost: 300_000,
      },
      // Not done, March is over: Tidak Terlaksana.
      {
        code: 'R03',
        activity: 'Demplot padi',
        type: 'Pengembangan Usaha Bersama',
        month: 'Maret 2026',
        target: 0.25,
        unit: 'ha',
        cost: 1_000_000,
      },
      // Not done, April still runs: Belum.
      {
        code: 'R04',
        activity: 'Kerja bakti saluran',
        type: 'Lainnya',
        month: 'April 2026',
        target: 300,
        unit: 'm',
      },
      // Last year's row: only with --year 2025.
      { code: 'R05', activity: 'Penyusunan RUK', type: 'Penyusunan RUK', month: 'Desember 2025' },
    ]),
  ],
  [
    saprodiTab,
    tabGrid(saprodiTab, [
      // Received in full before planting: right on all three counts.
      {
        season: 'MT I 2026',
        memberId: 'A001',
        commodity: 'Padi',
        areaHa: 1.5,
        kind: 'Urea',
        plannedKg: 150,
        receivedKg: 150,
        receivedDate: d('2026-03-01'),
        plantingDate: d('2026-03-05'),
      },
      // 120 kg of 100: above plan. A001's two commodities make 2,25 ha, over the 2 ha limit.
      {
        season: 'MT I 2026',
        memberId: 'A001',
        commodity: 'Jagung',
        areaHa: 0.75,
        kind: 'NPK',
        plannedKg: 100,
        receivedKg: 120,
        receivedDate: d('2026-03-01'),
        plantingDate: d('2026-03-05'),
      },
      // Received five days after planting: wrong time.
      {
        season: 'MT I 2026',
        memberId: 'A002',
        commodity: 'Padi',
        areaHa: 0.25,
        kind: 'Urea',
        plannedKg: 25,
        receivedKg: 25,
        receivedDate: d('2026-03-10'),
        plantingDate: d('2026-03-05'),
      },
      // Nothing received yet.
      {
        season: 'MT I 2026',
        memberId: 'A003',
        commodity: 'Padi',
        areaHa: 0.5,
        kind: 'Urea',
        plannedKg: 50,
        plantingDate: d('2026-03-05'),
      },
      // A004 left on 31 January: wrong person.
      {
        season: 'MT I 2026',
        memberId: 'A004',
        commodity: 'Padi',
        areaHa: 0.5,
        kind: 'Urea',
        plannedKg: 50,
        receivedKg: 50,
        receivedDate: d('2026-03-01'),
        plantingDate: d('2026-03-05'),
      },
      {
        season: 'MT II 2026',
        memberId: 'A002',
        commodity: 'Padi',
        areaHa: 0.25,
        kind: 'Urea',
        plannedKg: 25,
        plantingDate: d('2026-08-01'),
      },
    ]),
  ],
];

beforeAll(async () => {
  const workbook = XlsxWorkbook.create();
  for (const [spec, grid] of tabs) workbook.writeInputGrid(spec, spec.name, grid, 1);
  await workbook.save(book);
});

/** The note every command prints under a book with open problems: here the saprodi rows' own. */
const note = (file: string) =>
  `Catatan: buku ini masih punya 1 kesalahan, 4 peringatan; lihat: buku-kelompok check ${file}`;

describe('help', () => {
  it('ruk --help and saprodi --help: the synopsis, both languages, the options of their own', async () => {
    const ruk = (await run(['ruk', '--help'])).stdout.split('\n');
    expect(ruk[0]).toBe(
      'buku-kelompok ruk FILE [--year yyyy] [--as-of yyyy-mm-dd] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
    );
    expect(ruk.slice(6, 10)).toEqual([
      '  --year yyyy         tahun rencana (bawaan: tahun tanggal --as-of)',
      '                      the plan year (default: the year of --as-of)',
      '  --as-of yyyy-mm-dd  tanggal status (bawaan: hari ini)',
      "                      the statuses' date (default: today)",
    ]);
    const saprodi = (await run(['saprodi', '--help'])).stdout.split('\n');
    expect(saprodi[0]).toBe(
      'buku-kelompok saprodi FILE [--season "MT I 2026"] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
    );
    expect(saprodi.slice(6, 8)).toEqual([
      '  --season "MT I 2026"  musim tanam seperti ditulis di tab Saprodi (bawaan: musim terakhir yang ditulis)',
      '                        the planting season as written in the Saprodi tab (default: the last season written)',
    ]);
  });
});

describe('buku-kelompok ruk', () => {
  it('prints each row with its status, the counts with their meaning, on time and the money', async () => {
    const r = await run(['ruk', book, '--today', today]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'RUK 2026 — Kelompok Tani Makmur (per 10 April 2026)',
        '',
        'Kode  Bulan     Kegiatan             Jenis                         Target    Volume         Biaya   Realisasi  Status            Tanggal',
        'R01   Feb 2026  Rapat tahunan        Rapat/Diskusi Kelompok        1 kali    1 kali    Rp 150.000              Terlaksana        10/02/2026',
        'R02   Mar 2026  Pelatihan kompos     Pelatihan                   20 orang  18 orang    Rp 300.000  Rp 250.000  Terlambat         01/04/2026',
        'R03   Mar 2026  Demplot padi         Pengembangan Usaha Bersama   0,25 ha            Rp 1.000.000              Tidak Terlaksana',
        'R04   Apr 2026  Kerja bakti saluran  Lainnya                        300 m                                      Belum',
        '',
        'Terlaksana: 1 (ada Kegiatan dengan Kode RUK ini pada bulannya atau sebelumnya)',
        'Terlambat: 1 (ada Kegiatan dengan Kode RUK ini, tetapi sesudah bulannya)',
        'Belum: 1 (belum ada Kegiatan, bulannya belum lewat)',
        'Tidak Terlaksana: 1 (tidak ada Kegiatan, bulannya sudah lewat)',
        // Due: R01 (done on time) and R02, R03 (March is over); R04's April still runs.
        'Tepat waktu: 1 dari 3 baris yang jatuh tempo (Terlaksana ÷ baris yang bulannya sudah lewat atau sudah Terlaksana)',
        'Biaya rencana Rp 1.450.000 · realisasi Rp 250.000',
        '',
        note(book),
        '',
      ].join('\n'),
    );
  });

  it('on the first of May, R04 is over too; in English; another year with --year', async () => {
    const may = await run(['ruk', book, '--today', '2026-05-01', '--lang', 'en']);
    expect(may.stdout).toContain('R04   Apr 2026  Kerja bakti saluran  Other');
    expect(may.stdout).toMatch(/R04 .* Not done\n/);
    expect(may.stdout).toContain('On time: 1 of 4 rows due');
    const last = await run(['ruk', book, '--today', today, '--year', '2025']);
    expect(last.stdout.split('\n').slice(0, 4)).toEqual([
      'RUK 2025 — Kelompok Tani Makmur (per 10 April 2026)',
      '',
      'Kode  Bulan     Kegiatan        Jenis           Target  Volume  Biaya  Realisasi  Status            Tanggal',
      'R05   Des 2025  Penyusunan RUK  Penyusunan RUK                                    Tidak Terlaksana',
    ]);
    const none = await run(['ruk', book, '--today', today, '--year', '2030']);
    expect(none.stdout.split('\n').slice(0, 2)).toEqual([
      'RUK 2030 — Kelompok Tani Makmur (per 10 April 2026)',
      'Tidak ada baris RUK untuk tahun 2030.',
    ]);
  });

  it('--as-of gives the statuses of another day', async () => {
    // On 31 March, March still runs: R02 and R03 are Belum; R02 is done on 1 April, later.
    const r = await run(['ruk', book, '--today', today, '--as-of', '2026-03-31', '--json']);
    const out = JSON.parse(r.stdout) as { rows: { code: string; status: string }[]; onTime: unknown };
    expect(out.rows.map((row) => [row.code, row.status])).toEqual([
      ['R01', 'Terlaksana'],
      ['R02', 'Belum'],
      ['R03', 'Belum'],
      ['R04', 'Belum'],
    ]);
    expect(out.onTime).toEqual({ done: 1, due: 1 });
  });

  it('--json: the rows with their statuses and the counts', async () => {
    const r = await run(['ruk', book, '--today', today, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & { rows: Record<string, unknown>[] };
    expect(Object.keys(out)).toEqual(['year', 'asOf', 'counts', 'onTime', 'totalCost', 'totalSpent', 'rows']);
    expect(out).toMatchObject({
      year: 2026,
      asOf: today,
      counts: { Terlaksana: 1, Terlambat: 1, Belum: 1, 'Tidak Terlaksana': 1 },
      onTime: { done: 1, due: 3 },
      totalCost: 1_450_000,
      totalSpent: 250_000,
    });
    expect(out.rows[1]).toEqual({
      code: 'R02',
      activity: 'Pelatihan kompos',
      type: 'Pelatihan',
      month: '2026-03',
      target: 20,
      unit: 'orang',
      cost: 300_000,
      fundSource: null,
      responsible: null,
      status: 'Terlambat',
      doneDate: '2026-04-01',
      activities: 1,
      volumeDone: 18,
      spent: 250_000,
      row: 3,
    });
  });

  it('--out: a sealed copy with RUK 2026, the input untouched', async () => {
    const before = sha(book);
    const out = join(dir, 'hasil', 'ruk.xlsx');
    const r = await run(['ruk', book, '--today', today, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(
      `Dibuat ${out}: salinan buku dengan tab RUK 2026 (folder ${join(dir, 'hasil')} dibuat)\n`,
    );
    expect(sha(book)).toBe(before);
    const copy = await XlsxWorkbook.load(out);
    expect(copy.isGenerated('RUK 2026')).toBe(true);
    const cells = copy.readTab('RUK 2026');
    const row = (code: string) => cells.find((c) => c[1] === code)!;
    expect(row('R02').slice(1, 12)).toEqual([
      'R02',
      'Pelatihan kompos',
      'Pelatihan',
      'Maret 2026',
      20,
      'orang',
      18,
      300_000,
      250_000,
      'Terlambat',
      { date: '2026-04-01' },
    ]);
    expect(row('R04')[10]).toBe('Belum');
    // Again over its own copy: replaced, since the tool wrote it.
    expect((await run(['ruk', book, '--today', today, '--out', out])).stderr).toBe(
      `Ditimpa ${out}: salinan buku dengan tab RUK 2026\n`,
    );
  });

  it('--out checks the book once as of today, and as of --as-of when another day is asked', async () => {
    const review = jest.spyOn(reviewBookModule, 'reviewBook');
    try {
      const todays = join(dir, 'ruk-today.xlsx');
      expect((await run(['ruk', book, '--today', today, '--out', todays])).code).toBe(0);
      expect(review.mock.calls.map(([, asOf]) => asOf)).toEqual([today]);
      expect((await XlsxWorkbook.load(todays)).readTab('RUK 2026').find((c) => c[1] === 'R02')![10]).toBe(
        'Terlambat',
      );
      review.mockClear();
      // On 31 March the tab says what the statuses were that day: R02 not yet done, so Belum.
      const march = join(dir, 'ruk-march.xlsx');
      const r = await run(['ruk', book, '--today', today, '--as-of', '2026-03-31', '--out', march]);
      expect(r.code).toBe(0);
      expect(review.mock.calls.map(([, asOf]) => asOf)).toEqual([today, '2026-03-31']);
      expect((await XlsxWorkbook.load(march)).readTab('RUK 2026').find((c) => c[1] === 'R02')![10]).toBe(
        'Belum',
      );
    } finally {
      review.mockRestore();
    }
  });

  it('refuses a bad year, a missing file name and an --out that is not .xlsx, in both languages', async () => {
    for (const [args, message] of [
      [
        ['ruk', book, '--year', '26'],
        '--year harus tahun empat angka 2000 sampai 2100, mis. 2026 (bukan "26") / --year must be a four-digit year 2000 to 2100, e.g. 2026 (not "26")',
      ],
      [
        ['ruk'],
        'Sebutkan satu file buku: buku-kelompok ruk FILE [--year yyyy] [--as-of yyyy-mm-dd] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json] / Name one book file: buku-kelompok ruk FILE [--year yyyy] [--as-of yyyy-mm-dd] [--out FILE.xlsx] [--force] [--today yyyy-mm-dd] [--lang id|en] [--json]',
      ],
    ] as const) {
      const r = await run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`${message}\n`);
    }
    const csv = await run(['ruk', book, '--out', join(dir, 'ruk.csv')]);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toContain('.xlsx');
  });
});

describe('buku-kelompok summary: the duties columns', () => {
  it('attendance of the last 4 meetings, women, RUK on time and saprodi right, worked by hand', async () => {
    const r = await run(['summary', book, '--today', today]);
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[1]!.split(/ {2,}/).slice(-4)).toEqual([
      'Kehadiran',
      'Perempuan',
      'RUK tepat',
      'Saprodi tepat',
    ]);
    // 10 Feb: A001 H, A002 W, A003 A (2 of 3); 1 Apr: A001 H, A002 A, A003 H (2 of 3): 4 of 6.
    // Women: Sri of Budi, Sri, Asep. RUK: R01 of R01 R02 R03. Saprodi: MT I's five rows planted
    // on 5 March, one right on all three; MT II's planting on 1 August not yet counted.
    expect(lines[2]!.split(/ {2,}/).slice(-4)).toEqual(['66,7 %', '33,3 %', '1/3', '1/5']);
    expect(lines[4]!.split(/ {2,}/).slice(-4)).toEqual(['66,7 %', '33,3 %', '1/3', '1/5']);
    const json = JSON.parse((await run(['summary', book, '--today', today, '--json'])).stdout) as {
      groups: Record<string, unknown>[];
      totals: Record<string, unknown>;
    };
    const duties = {
      attendancePresent: 4,
      attendanceActive: 6,
      attendanceLast4: 4 / 6,
      activeWomen: 1,
      activeWithGender: 3,
      womenShare: 1 / 3,
      rukOnTime: { done: 1, due: 3 },
      saprodiRight: { right: 1, rows: 5 },
    };
    expect(json.groups[0]).toMatchObject(duties);
    expect(json.totals).toMatchObject(duties);
  });
});

describe('buku-kelompok saprodi: a season still being handed out', () => {
  // MT III 2026 is planted on 20 April, ten days after `today`, unless said otherwise.
  const later = join(dir, 'belum.xlsx');
  const base = { season: 'MT III 2026', commodity: 'Padi', areaHa: 0.25 };
  beforeAll(async () => {
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs.slice(0, -1)) workbook.writeInputGrid(spec, spec.name, grid, 1);
    const rows = [
      // Received in full before a planting still to come: judged as ever, right.
      { ...base, memberId: 'A001', kind: 'Urea', plannedKg: 150, receivedKg: 150, receivedDate: d('2026-04-01'), plantingDate: d('2026-04-20') },
      // Nothing received yet: not yet due.
      { ...base, memberId: 'A001', kind: 'NPK', plannedKg: 100, plantingDate: d('2026-04-20') },
      // 10 of 25 kg received: not yet due.
      { ...base, memberId: 'A002', kind: 'Urea', plannedKg: 25, receivedKg: 10, receivedDate: d('2026-04-05'), plantingDate: d('2026-04-20') },
      // Nothing received, no planting date: not right amount nor time, as before.
      { ...base, memberId: 'A003', kind: 'Urea', plannedKg: 50 },
      // Not yet due, but A004 left on 31 January: the wrong person all the same.
      { ...base, memberId: 'A004', kind: 'Urea', plannedKg: 50, plantingDate: d('2026-04-20') },
      // Nothing received, planted on 1 April: due, and not right.
      { ...base, memberId: 'A002', kind: 'NPK', plannedKg: 25, plantingDate: d('2026-04-01') },
    ]; // prettier-ignore
    workbook.writeInputGrid(saprodiTab, saprodiTab.name, tabGrid(saprodiTab, rows), 1);
    await workbook.save(later);
  });

  it('before the planting date: the rows not received in full are not yet due, and left out of amount, time and all three', async () => {
    const r = await run(['saprodi', later, '--today', today]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 20)).toEqual([
      'Saprodi MT III 2026 — Kelompok Tani Makmur',
      '',
      'Anggota      Komoditas    ha  Jenis  Rencana kg  Diterima kg  Terima      Tanam       Orang  Jumlah          Waktu',
      'A001 Budi    Padi       0,25  Urea          150          150  01/04/2026  20/04/2026  ya     ya              ya',
      'A001 Budi    Padi       0,25  NPK           100                           20/04/2026  ya     belum waktunya  belum waktunya',
      'A002 Sri     Padi       0,25  Urea           25           10  05/04/2026  20/04/2026  ya     belum waktunya  belum waktunya',
      'A003 Asep    Padi       0,25  Urea           50                                       ya     tidak           tidak',
      'A004 Dadang  Padi       0,25  Urea           50                           20/04/2026  tidak  belum waktunya  belum waktunya',
      'A002 Sri     Padi       0,25  NPK            25                           01/04/2026  ya     tidak           tidak',
      '',
      'Per jenis: Urea 160 dari 275 kg · NPK 0 dari 125 kg',
      'Tepat orang: 5 dari 6 (83,3 %) — penerima adalah anggota di tab Anggota yang aktif pada musim itu',
      'Tepat jumlah: 1 dari 3 (33,3 %) — Diterima (kg) sama dengan Rencana (kg)',
      'Tepat waktu: 1 dari 3 (33,3 %) — Tanggal Terima pada atau sebelum Tanggal Tanam; tanpa Tanggal Tanam tidak dapat dinilai (tidak dihitung tepat)',
      'Tepat ketiganya: 1 dari 3 (33,3 %)',
      'Belum waktunya (per 10/04/2026): 3 baris — belum diterima penuh dan Tanggal Tanam sesudah tanggal laporan: belum dihitung pada tepat jumlah, waktu dan ketiganya',
      'RDKK: 3 anggota (ditulis lengkap, dengan NIK, oleh --out)', // A004, who left, is not on it
      '',
      // A004's row: saprodi.member.inactive.
      `Catatan: buku ini masih punya 1 kesalahan, 0 peringatan; lihat: buku-kelompok check ${later}`,
      '',
    ]);
    const en = (await run(['saprodi', later, '--today', today, '--lang', 'en'])).stdout.split('\n');
    expect(en[4]).toMatch(/ {2}yes +not yet due {2}not yet due$/);
    // The first book's MT II: one row, nothing received, planted on 1 August.
    const one = (await run(['saprodi', book, '--today', today, '--lang', 'en'])).stdout;
    expect(one).toContain('Not yet due (as of 10/04/2026): 1 row — ');

    expect(en).toContain(
      "Not yet due (as of 10/04/2026): 3 rows — not received in full and planted after the report's date: not yet counted in right amount, time and all three",
    );
  });

  it('--json: each row says whether it is due, the shares count the rows due, and the report its date', async () => {
    const out = JSON.parse((await run(['saprodi', later, '--today', today, '--json'])).stdout) as Record<
      string,
      unknown
    > & { rows: Record<string, unknown>[] };
    expect(out.asOf).toBe(today);
    expect(out.rows.map((r) => r.notYetDue)).toEqual([false, true, true, false, true, false]);
    expect(out.rows[2]).toMatchObject({
      receivedKg: 10,
      rightAmount: false,
      rightTime: true,
      notYetDue: true,
    });
    expect(out).toMatchObject({
      rightPerson: { right: 5, rows: 6 },
      rightAmount: { right: 1, rows: 3 },
      rightTime: { right: 1, rows: 3 },
      allRight: { right: 1, rows: 3 },
      notYetDue: 3,
    });
  });

  it('from the planting date on: every row judged as ever', async () => {
    const r = await run(['saprodi', later, '--today', '2026-04-20']);
    const lines = r.stdout.split('\n');
    expect(lines.slice(3, 9).map((l) => l.split(/ {2,}/).slice(-2))).toEqual([
      ['ya', 'ya'],
      ['tidak', 'tidak'],
      // Its 10 kg came before planting: the right time, not the right amount.
      ['tidak', 'ya'],
      ['tidak', 'tidak'],
      ['tidak', 'tidak'],
      ['tidak', 'tidak'],
    ]);
    expect(lines.slice(11, 16)).toEqual([
      'Tepat orang: 5 dari 6 (83,3 %) — penerima adalah anggota di tab Anggota yang aktif pada musim itu',
      'Tepat jumlah: 1 dari 6 (16,7 %) — Diterima (kg) sama dengan Rencana (kg)',
      'Tepat waktu: 2 dari 6 (33,3 %) — Tanggal Terima pada atau sebelum Tanggal Tanam; tanpa Tanggal Tanam tidak dapat dinilai (tidak dihitung tepat)',
      'Tepat ketiganya: 1 dari 6 (16,7 %)',
      'RDKK: 3 anggota (ditulis lengkap, dengan NIK, oleh --out)', // A004, who left, is not on it
    ]);
    const json = JSON.parse((await run(['saprodi', later, '--today', '2026-04-20', '--json'])).stdout) as {
      notYetDue: number;
      rows: { notYetDue: boolean }[];
    };
    expect(json.notYetDue).toBe(0);
    expect(json.rows.every((row) => row.notYetDue === false)).toBe(true);
  });

  it('--out: the tab says which rows are not yet due, and counts them under the shares', async () => {
    const out = join(dir, 'belum-saprodi.xlsx');
    expect((await run(['saprodi', later, '--today', today, '--out', out])).code).toBe(0);
    const cells = (await XlsxWorkbook.load(out)).readTab('Saprodi MT III 2026');
    const row = (id: string, kind: string) => cells.find((c) => c[1] === id && c[5] === kind)!.slice(10, 13);
    expect(row('A001', 'NPK')).toEqual(['Ya', 'Belum waktunya', 'Belum waktunya']);
    expect(row('A004', 'Urea')).toEqual(['Tidak', 'Belum waktunya', 'Belum waktunya']);
    expect(row('A003', 'Urea')).toEqual(['Ya', 'Tidak', 'Tidak']);
    const share = (label: string) => cells.find((c) => c[1] === label)!.slice(3, 6);
    expect(share('Tepat jumlah')).toEqual(['1 / 3', 1 / 3, 'Diterima (kg) sama dengan Rencana (kg)']);
    expect(share('Tepat ketiganya')).toEqual(['1 / 3', 1 / 3, null]);
    expect(share('Belum waktunya')).toEqual([
      3,
      null,
      'belum diterima penuh dan Tanggal Tanam sesudah tanggal laporan: belum dihitung pada tepat jumlah, waktu dan ketiganya',
    ]);
  });
});

describe('buku-kelompok saprodi', () => {
  it('prints a season: each row right or not on person, amount and time, the shares, the area over the limit', async () => {
    const r = await run(['saprodi', book, '--today', today, '--season', 'MT I 2026']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(
      [
        'Saprodi MT I 2026 — Kelompok Tani Makmur',
        '',
        'Anggota      Komoditas    ha  Jenis  Rencana kg  Diterima kg  Terima      Tanam       Orang  Jumlah  Waktu',
        'A001 Budi    Padi        1,5  Urea          150          150  01/03/2026  05/03/2026  ya     ya      ya',
        'A001 Budi    Jagung     0,75  NPK           100          120  01/03/2026  05/03/2026  ya     tidak   ya',
        'A002 Sri     Padi       0,25  Urea           25           25  10/03/2026  05/03/2026  ya     ya      tidak',
        'A003 Asep    Padi        0,5  Urea           50                           05/03/2026  ya     tidak   tidak',
        'A004 Dadang  Padi        0,5  Urea           50           50  01/03/2026  05/03/2026  tidak  ya      ya',
        '',
        // Urea 150 + 25 + 50 of 150 + 25 + 50 + 50; NPK 120 of 100.
        'Per jenis: Urea 225 dari 275 kg · NPK 120 dari 100 kg',
        'Tepat orang: 4 dari 5 (80,0 %) — penerima adalah anggota di tab Anggota yang aktif pada musim itu',
        'Tepat jumlah: 3 dari 5 (60,0 %) — Diterima (kg) sama dengan Rencana (kg)',
        'Tepat waktu: 3 dari 5 (60,0 %) — Tanggal Terima pada atau sebelum Tanggal Tanam; tanpa Tanggal Tanam tidak dapat dinilai (tidak dihitung tepat)',
        'Tepat ketiganya: 1 dari 5 (20,0 %)',
        // Padi 1,5 ha + Jagung 0,75 ha, summed over A001's rows.
        'Luas tanam lebih dari Batas Luas Subsidi 2 ha: A001 (2,25 ha)',
        'RDKK: 3 anggota (ditulis lengkap, dengan NIK, oleh --out)', // A004, who left, is not on it
        '',
        note(book),
        '',
      ].join('\n'),
    );
  });

  it('takes the last season written by default, and a season however it is spelt', async () => {
    expect((await run(['saprodi', book, '--today', today])).stdout.split('\n')[0]).toBe(
      'Saprodi MT II 2026 — Kelompok Tani Makmur',
    );
    expect((await run(['saprodi', book, '--today', today, '--season', 'mt-i 2026'])).stdout).toContain(
      'Tepat ketiganya: 1 dari 5 (20,0 %)',
    );
  });

  it('--json: rows, shares, totals per kind and the RDKK with the NIK masked', async () => {
    const r = await run(['saprodi', book, '--today', today, '--season', 'MT I 2026', '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Record<string, unknown> & {
      rows: Record<string, unknown>[];
      rdkk: Record<string, unknown>[];
    };
    expect(Object.keys(out)).toEqual([
      'season',
      'asOf',
      'rows',
      'kinds',
      'rightPerson',
      'rightAmount',
      'rightTime',
      'allRight',
      'notYetDue',
      'subsidyAreaLimit',
      'overLimit',
      'rdkk',
    ]);
    expect(out.rows[4]).toEqual({
      memberId: 'A004',
      memberName: 'Dadang',
      commodity: 'Padi',
      areaHa: 0.5,
      kind: 'Urea',
      plannedKg: 50,
      receivedKg: 50,
      receivedDate: '2026-03-01',
      plantingDate: '2026-03-05',
      rightPerson: false,
      rightAmount: true,
      rightTime: true,
      allRight: false,
      notYetDue: false,
      row: 6,
    });
    expect(out).toMatchObject({
      kinds: [
        { kind: 'Urea', rows: 4, plannedKg: 275, receivedKg: 225 },
        { kind: 'NPK', rows: 1, plannedKg: 100, receivedKg: 120 },
      ],
      rightPerson: { right: 4, rows: 5, share: 0.8 },
      rightAmount: { right: 3, rows: 5, share: 0.6 },
      rightTime: { right: 3, rows: 5, share: 0.6 },
      allRight: { right: 1, rows: 5, share: 0.2 },
      subsidyAreaLimit: 2,
      overLimit: [{ memberId: 'A001', areaHa: 2.25 }],
    });
    expect(out.rdkk[0]).toEqual({
      memberId: 'A001',
      name: 'Budi',
      nik: '3203••••••••0001',
      areaHa: 2.25,
      commodities: ['Padi', 'Jagung'],
      needKg: { Urea: 150, NPK: 100 },
    });
    expect(r.stdout).not.toContain('3203011505800001');
  });

  it('--out: a copy with Saprodi MT I 2026 whose RDKK holds the full NIK', async () => {
    const before = sha(book);
    const out = join(dir, 'saprodi.xlsx');
    const r = await run(['saprodi', book, '--today', today, '--season', 'MT I 2026', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`Dibuat ${out}: salinan buku dengan tab Saprodi MT I 2026\n`);
    expect(sha(book)).toBe(before);
    const cells = (await XlsxWorkbook.load(out)).readTab('Saprodi MT I 2026');
    expect(cells.find((c) => c[1] === 'A001' && c[3] === '3203011505800001')).toBeDefined();
    expect(cells.find((c) => c[1] === 'A004' && c[5] === 'Urea')!.slice(10, 13)).toEqual([
      'Tidak',
      'Ya',
      'Ya',
    ]);
  });

  it('refuses a season the book does not have, naming those it has', async () => {
    const r = await run(['saprodi', book, '--today', today, '--season', 'MT III 2026']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'Musim tanam "MT III 2026" tidak ada di tab Saprodi. Yang ada: MT I 2026, MT II 2026. / The season "MT III 2026" is not in the Saprodi tab. Seasons there: MT I 2026, MT II 2026.\n',
    );
    const empty = join(dir, 'kosong.xlsx');
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs.slice(0, -1)) workbook.writeInputGrid(spec, spec.name, grid, 1);
    await workbook.save(empty);
    const none = await run(['saprodi', empty, '--today', today]);
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    // Without the tab, as every report without its tab: setup makes it, or a tab is renamed.
    expect(none.stderr).toBe(
      `${empty} tidak punya tab Saprodi, yang diperlukan perintah saprodi. Buat tab itu dengan perintah buku-kelompok setup ${empty} (di Google Sheets: menu Siapkan Buku), atau ganti nama tab yang ada menjadi "Saprodi". / ${empty} has no tab Saprodi, which the command saprodi needs. Create it with the command buku-kelompok setup ${empty} (in Google Sheets: the menu Set up book, Siapkan Buku), or rename an existing tab to "Saprodi".\n`,
    );
  });

  it('refuses a Saprodi tab whose header row is not found as every report does, not as one without rows', async () => {
    // "Musim Tanam" written "Musim" (no alias): the header row is not found, none of its rows read.
    const unread = join(dir, 'musim-saja.xlsx');
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs) {
      const rows =
        spec === saprodiTab
          ? [grid[0]!.map((h) => (h === 'Musim Tanam' ? 'Musim' : h)), ...grid.slice(1)]
          : grid;
      workbook.writeInputGrid(spec, spec.name, rows, 1);
    }
    await workbook.save(unread);
    const r = await run(['saprodi', unread, '--today', today]);
    expect({ code: r.code, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: `${unread}: tab Saprodi tidak dapat dibaca, jadi perintah saprodi tidak dijalankan (tanpa isi tab itu angkanya salah). Baris judul kolom tidak ditemukan di 10 baris pertama tab "Saprodi": kolom "Musim Tanam" tidak ada. Tulis judul kolom itu dalam satu baris. / ${unread}: the tab Saprodi cannot be read, so the command saprodi was not run (without that tab's rows its figures would be wrong). No header row in the first 10 rows of the tab "Saprodi": the column(s) "Musim Tanam" are missing. Write those headers in one row.\n`,
    });
  });

  it('refuses a Saprodi tab without rows by saying to fill it in, not to set the book up', async () => {
    const headers = join(dir, 'judul-saja.xlsx');
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs.slice(0, -1)) workbook.writeInputGrid(spec, spec.name, grid, 1);
    workbook.writeInputGrid(saprodiTab, saprodiTab.name, tabGrid(saprodiTab, []), 1);
    await workbook.save(headers);
    const r = await run(['saprodi', headers, '--today', today]);
    expect([r.code, r.stdout]).toEqual([2, '']);
    expect(r.stderr).toBe(
      `Tab Saprodi belum berisi baris. Isi kebutuhan saprodi per anggota di tab itu (satu baris per anggota, musim tanam dan jenis), lalu jalankan lagi buku-kelompok saprodi ${headers}. / The Saprodi tab has no rows yet. Enter each member’s farm-input needs in it (one row per member, season and kind), then run buku-kelompok saprodi ${headers} again.\n`,
    );
    // Rows without their season are left out with an error each: check lists them.
    const incomplete = join(dir, 'tanpa-musim.xlsx');
    const other = XlsxWorkbook.create();
    for (const [spec, grid] of tabs.slice(0, -1)) other.writeInputGrid(spec, spec.name, grid, 1);
    other.writeInputGrid(saprodiTab, 'RDKK', tabGrid(saprodiTab, [
      { memberId: 'A001', commodity: 'Padi', areaHa: 1, kind: 'Urea', plannedKg: 100 },
    ]), 1); // prettier-ignore
    await other.save(incomplete);
    const bad = await run(['saprodi', incomplete, '--today', today, '--lang', 'en']);
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toBe(
      `Tab RDKK tidak punya baris yang lengkap: baris yang ada punya kesalahan, lihat buku-kelompok check ${incomplete}. Perbaiki baris itu, lalu jalankan lagi buku-kelompok saprodi ${incomplete}. / The RDKK tab has no complete row: the rows it has have errors, see buku-kelompok check ${incomplete}. Correct them, then run buku-kelompok saprodi ${incomplete} again.\n`,
    );
  });
});

describe('buku-kelompok journal: the week’s meetings, members to visit, RUK to do and saprodi received (§9)', () => {
  // Four meetings; the week 2026-W14 (30 March – 5 April) holds the last, on 1 April.
  const weekly = join(dir, 'jurnal.xlsx');
  beforeAll(async () => {
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs) {
      if (spec === attendanceTab) {
        workbook.writeInputGrid(spec, spec.name, [
          ['ID Anggota', 'Nama', d('2026-02-10'), d('2026-03-03'), d('2026-03-17'), d('2026-04-01')],
          ['A001', 'Budi', 'H', 'H', 'H', 'H'],
          // Never present: absent at all four.
          ['A002', 'Sri', 'A', 'A', null, 'A'],
          // Absent at the last three, present at the first.
          ['A003', 'Asep', 'H', 'A', 'A', 'A'],
          ['A004', 'Dadang', null, null, null, null],
        ], 1); // prettier-ignore
      } else if (spec === planTab) {
        workbook.writeInputGrid(spec, spec.name, tabGrid(planTab, [
          // Not done, March is over: not this month's nor next month's.
          { code: 'R03', activity: 'Demplot padi', type: 'Pengembangan Usaha Bersama', month: 'Maret 2026' },
          { code: 'R04', activity: 'Kerja bakti saluran', type: 'Lainnya', month: 'April 2026' },
          { code: 'R06', activity: 'Pelatihan pupuk organik', type: 'Pelatihan', month: 'Mei 2026', responsible: 'Sri' },
          // Two months on: not yet.
          { code: 'R07', activity: 'Panen raya', type: 'Lainnya', month: 'Juni 2026' },
        ]), 1); // prettier-ignore
      } else if (spec === saprodiTab) {
        workbook.writeInputGrid(spec, spec.name, tabGrid(saprodiTab, [
          { season: 'MT II 2026', memberId: 'A001', commodity: 'Padi', areaHa: 1.5, kind: 'Urea', plannedKg: 150, receivedKg: 150, receivedDate: d('2026-04-02'), plantingDate: d('2026-04-20') },
          { season: 'MT II 2026', memberId: 'A002', commodity: 'Padi', areaHa: 0.25, kind: 'NPK', plannedKg: 25, receivedKg: 12.5, receivedDate: d('2026-04-03') },
          // Received the week before: not this week's.
          { season: 'MT II 2026', memberId: 'A003', commodity: 'Padi', areaHa: 0.5, kind: 'Urea', plannedKg: 50, receivedKg: 50, receivedDate: d('2026-03-29'), plantingDate: d('2026-04-20') },
        ]), 1); // prettier-ignore
      } else workbook.writeInputGrid(spec, spec.name, grid, 1);
    }
    await workbook.save(weekly);
  });

  it('prints them in the Jurnal tab’s words, Indonesian first, the other lines as they were; none when the week has none', async () => {
    const r = await run(['journal', weekly, '--week', '2026-W14', '--today', today]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    // 1 April: Budi H, Sri A, Asep A (Dadang gone): 1 of 3; each member a household of their own.
    expect(lines.slice(0, 9)).toEqual([
      'Jurnal Mingguan Pendamping 2026-W14 — 30 Maret – 5 April 2026',
      'Kelompok Tani Makmur',
      '',
      'Kegiatan (1)',
      '  1 April 2026 · Pelatihan: Pelatihan kompos',
      'Kehadiran pertemuan (Daftar Hadir)',
      '  1 April 2026: Hadir / aktif 1 / 3 (33,3 %) · Rumah tangga hadir 1 / 3 (33,3 %) · Laki-laki 1 / 2 (50,0 %) · Perempuan 0 / 1 (0,0 %)',
      'Saprodi diterima minggu ini',
      '  2 April 2026 · Budi (A001) · MT II 2026 · Urea: Diterima (kg) 150, Rencana (kg) 150, Tanggal tanam 20 April 2026',
    ]);
    expect(lines[9]).toBe(
      '  3 April 2026 · Sri (A002) · MT II 2026 · NPK: Diterima (kg) 12,5, Rencana (kg) 25',
    );
    expect(lines[10]).toBe('');
    expect(lines[11]).toMatch(/^Kas: saldo awal /);
    const quality = lines.findIndex((l) => l.startsWith('Kualitas data: '));
    // The week runs from March into April: March's R03, not done, is still to do (R02 was done on 1 April).
    expect(lines.slice(quality + 1, quality + 9)).toEqual([
      'Anggota perlu dikunjungi',
      '  Sri (A002): Tidak hadir 4 pertemuan berturut-turut; belum pernah hadir',
      '  Asep (A003): Tidak hadir 3 pertemuan berturut-turut; terakhir hadir 10 Februari 2026',
      'RUK bulan ini dan bulan depan yang belum terlaksana',
      '  03/2026 · R03 · Pengembangan Usaha Bersama: Demplot padi',
      '  04/2026 · R04 · Lainnya: Kerja bakti saluran',
      '  05/2026 · R06 · Pelatihan: Pelatihan pupuk organik (Sri)',
      '',
    ]);
    // Week 20 (11–17 May): no meeting, nothing received, no RUK row in May or June of the first book
    // (R04 is April's), and no member has missed three meetings (there were two).
    // A week with none of them prints none of their headings; --json is the model as it was.
    const none = await run(['journal', book, '--week', '2026-W20', '--today', today]);
    expect(none.code).toBe(0);
    const noLines = none.stdout.split('\n');
    expect(noLines.slice(0, 5)).toEqual([
      'Jurnal Mingguan Pendamping 2026-W20 — 11–17 Mei 2026',
      'Kelompok Tani Makmur',
      'Minggu ini tidak ada kegiatan, transaksi kas, pinjaman, angsuran, atau perubahan anggota yang tercatat.',
      '',
      'Kegiatan (0)',
    ]);
    expect(noLines[5]).toBe('');
    for (const heading of [
      'Kehadiran pertemuan',
      'Saprodi diterima',
      'Anggota perlu dikunjungi',
      'RUK bulan ini',
    ])
      expect(none.stdout).not.toContain(heading);
    expect(noLines[noLines.findIndex((l) => l.startsWith('Kualitas data: ')) + 1]).toBe('');
    const model = JSON.parse(
      (await run(['journal', weekly, '--week', '2026-W14', '--today', today, '--json'])).stdout,
    ) as Record<string, unknown>;
    expect(model.planToDo).toEqual([
      { code: 'R03', activity: 'Demplot padi', type: 'Pengembangan Usaha Bersama', typeLabel: { id: 'Pengembangan Usaha Bersama', en: 'Joint business development' }, month: '2026-03', responsible: null },
      { code: 'R04', activity: 'Kerja bakti saluran', type: 'Lainnya', typeLabel: { id: 'Lainnya', en: 'Other' }, month: '2026-04', responsible: null },
      { code: 'R06', activity: 'Pelatihan pupuk organik', type: 'Pelatihan', typeLabel: { id: 'Pelatihan', en: 'Training' }, month: '2026-05', responsible: 'Sri' },
    ]); // prettier-ignore
  });

  it('--lang en: the same lines in English, figures as English figures', async () => {
    const lines = (
      await run(['journal', weekly, '--week', '2026-W14', '--today', today, '--lang', 'en'])
    ).stdout.split('\n');
    expect(lines.slice(5, 10)).toEqual([
      'Meeting attendance (Daftar Hadir)',
      '  1 April 2026: Present / active 1 / 3 (33.3%) · Households present 1 / 3 (33.3%) · Men 1 / 2 (50.0%) · Women 0 / 1 (0.0%)',
      'Farm inputs received this week',
      '  2 April 2026 · Budi (A001) · MT II 2026 · Urea: Received (kg) 150, Planned (kg) 150, Planting 20 April 2026',
      '  3 April 2026 · Sri (A002) · MT II 2026 · NPK: Received (kg) 12.5, Planned (kg) 25',
    ]);
    const quality = lines.findIndex((l) => l.startsWith('Data quality: '));
    expect(lines.slice(quality + 1, quality + 8)).toEqual([
      'Members to visit',
      '  Sri (A002): Absent at 4 meetings in a row; never present',
      '  Asep (A003): Absent at 3 meetings in a row; last present 10 February 2026',
      "This and next month's RUK rows not yet done",
      '  03/2026 · R03 · Joint business development: Demplot padi',
      '  04/2026 · R04 · Other: Kerja bakti saluran',
      '  05/2026 · R06 · Training: Pelatihan pupuk organik (Sri)',
    ]);
  });

  it('a book without Kegiatan, Daftar Hadir and RUK says so under their headings, in text and --lang en, rather than printing none', async () => {
    const partial = join(dir, 'jurnal-tanpa-hadir.xlsx');
    const workbook = XlsxWorkbook.create();
    for (const [spec, grid] of tabs)
      if (spec !== attendanceTab && spec !== planTab && spec !== activitiesTab)
        workbook.writeInputGrid(spec, spec.name, grid, 1);
    await workbook.save(partial);
    const id = (await run(['journal', partial, '--week', '2026-W14', '--today', today])).stdout.split('\n');
    const after = (lines: string[], heading: string) => lines[lines.indexOf(heading) + 1];
    const saidId = (tab: string) => `  Tab ${tab} tidak ada atau tidak terbaca: bagian ini kosong.`;
    const saidEn = (tab: string) => `  The ${tab} tab is missing or unreadable: this part is empty.`;
    expect(
      [
        'Kegiatan (–)',
        'Kehadiran pertemuan (Daftar Hadir)',
        'Anggota perlu dikunjungi',
        'RUK bulan ini dan bulan depan yang belum terlaksana',
      ].map((h) => after(id, h)),
    ).toEqual([saidId('Kegiatan'), saidId('Daftar Hadir'), saidId('Daftar Hadir'), saidId('RUK')]);
    // Saprodi was read: with nothing received that week its heading stays away, as before.
    expect(id.join('\n')).not.toContain('Tab Saprodi');
    const en = (
      await run(['journal', partial, '--week', '2026-W14', '--today', today, '--lang', 'en'])
    ).stdout.split('\n');
    expect(
      [
        'Activities (–)',
        'Meeting attendance (Daftar Hadir)',
        "This and next month's RUK rows not yet done",
      ].map((h) => after(en, h)),
    ).toEqual([saidEn('Kegiatan'), saidEn('Daftar Hadir'), saidEn('RUK')]);
  });
});
