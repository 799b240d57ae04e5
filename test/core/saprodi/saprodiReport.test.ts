import { readBook } from '../../../src/core/book/readBook';
import { saprodiTab, type MemberColumn, type SaprodiColumn } from '../../../src/core/book/schema';
import type { Cell } from '../../../src/core/cell';
import { saprodiReport, saprodiRightAsOf, saprodiSeasons } from '../../../src/core/saprodi/saprodiReport';
import { activeInSeason, seasonArea, seasonYear } from '../../../src/core/saprodi/saprodiSeason';
import {
  baseMembers,
  baseSettings,
  d,
  membersGrid,
  placeOf,
  sampleTabs,
  settingsGrid,
  tabGrid,
  TODAY,
  tabSource,
  type Row,
} from '../book/fixtures';

const SEASON = 'MT I 2026';
const row = (memberId: string, kind: string, extra: Row<SaprodiColumn> = {}): Row<SaprodiColumn> => ({
  season: SEASON,
  memberId,
  commodity: 'Padi',
  areaHa: 0.5,
  kind,
  plannedKg: 100,
  receivedKg: 100,
  receivedDate: d('2026-01-05'),
  plantingDate: d('2026-01-10'),
  ...extra,
});

// A004 left the group on 20/12/2025, before the season.
const members: Row<MemberColumn>[] = [
  ...baseMembers.map((m) => (m.memberId === 'A003' ? { ...m, landHa: 3 } : m)),
  {
    memberId: 'A004',
    name: 'Dedi Kurnia',
    joinDate: d('2021-01-01'),
    status: 'Keluar',
    leaveDate: d('2025-12-20'),
  },
];

const read = (rows: readonly Row<SaprodiColumn>[], settings: Record<string, Cell> = {}) =>
  readBook(
    tabSource({
      ...sampleTabs({
        Anggota: membersGrid(members),
        Pengaturan: settingsGrid({ ...baseSettings, ...settings }),
      }),
      Saprodi: tabGrid(saprodiTab, rows),
    }),
    { today: TODAY },
  );
const problemsOf = (rows: readonly Row<SaprodiColumn>[], settings: Record<string, Cell> = {}) =>
  read(rows, settings).problems.filter((p) => p.tab === 'Saprodi');

describe('Saprodi checks', () => {
  it('reads right rows without a problem', () => {
    expect(
      problemsOf([row('A001', 'Urea'), row('A001', 'NPK'), row('A002', 'Urea', { areaHa: 0.25 })]),
    ).toEqual([]);
  });

  it('sums the 2 ha limit over a member’s rows: each commodity once, not each kind', () => {
    // A003: Padi 1,5 ha (Urea and NPK: the same land) and Jagung 1 ha: 2,5 ha in all.
    const rows = [
      row('A003', 'Urea', { areaHa: 1.5 }),
      row('A003', 'NPK', { areaHa: 1.5 }),
      row('A003', 'Benih', { commodity: 'Jagung', areaHa: 1 }),
      row('A003', 'ZA', { commodity: 'Jagung', areaHa: 1 }),
    ];
    const problems = problemsOf(rows);
    // The warning stands on each subsidised row (Urea, NPK, ZA), not on Benih.
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.area.overSubsidyLimit', row: 2, column: 'Jenis', col: 5, severity: 'warning' },
      { code: 'saprodi.area.overSubsidyLimit', row: 3, column: 'Jenis', col: 5, severity: 'warning' },
      { code: 'saprodi.area.overSubsidyLimit', row: 5, column: 'Jenis', col: 5, severity: 'warning' },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Luas tanam anggota A003 pada MT I 2026 seluruhnya 2,5 ha, lebih dari Batas Luas Subsidi 2 ha: Urea bersubsidi hanya untuk 2 ha. Periksa luasnya atau kurangi rencananya.',
    );
    // English writes the decimal point (found by a sidebar audit: "2,5 ha in all" in English).
    expect(problems[0]?.message.en).toBe(
      "Member A003's planted area in MT I 2026 is 2.5 ha in all, over the subsidy limit of 2 ha: subsidised Urea covers 2 ha only. Check the area or reduce the plan.",
    );
    // Padi alone (1,5 ha over two kinds) is within the limit: the same land is not counted twice.
    expect(problemsOf(rows.slice(0, 2))).toEqual([]);
    // Batas Luas Subsidi 3 lifts the limit.
    expect(problemsOf(rows, { 'Batas Luas Subsidi': 3 })).toEqual([]);
    // Exactly at the limit is within it: Padi 1 ha and Jagung 1 ha, 2 ha in all.
    const atLimit = [
      row('A003', 'Urea', { areaHa: 1 }),
      row('A003', 'ZA', { commodity: 'Jagung', areaHa: 1 }),
    ];
    expect(problemsOf(atLimit)).toEqual([]);
    expect(problemsOf(atLimit, { 'Batas Luas Subsidi': 1.99 }).map((p) => p.code)).toEqual([
      'saprodi.area.overSubsidyLimit',
      'saprodi.area.overSubsidyLimit',
    ]);
  });

  it('received above plan is a warning, and not the right amount', () => {
    const reading = read([row('A001', 'Urea', { receivedKg: 120 })]);
    const problems = reading.problems.filter((p) => p.tab === 'Saprodi');
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.received.abovePlan', row: 2, column: 'Diterima (kg)', col: 7, severity: 'warning' },
    ]);
    expect(problems[0]?.message.en).toBe(
      'Received 120 kg, more than the planned 100 kg. Check the amount; if it really was more, update the plan.',
    );
    expect(saprodiReport(reading.book, SEASON, TODAY).rows[0]).toMatchObject({
      rightAmount: false,
      allRight: false,
    });
  });

  it('received after planting is a warning, and not the right time', () => {
    const reading = read([row('A001', 'Urea', { receivedDate: d('2026-01-15') })]);
    const problems = reading.problems.filter((p) => p.tab === 'Saprodi');
    expect(problems.map(placeOf)).toEqual([
      {
        code: 'saprodi.received.afterPlanting',
        row: 2,
        column: 'Tanggal Terima',
        col: 8,
        severity: 'warning',
      },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Diterima 15/01/2026, sesudah Tanggal Tanam 10/01/2026: tidak tepat waktu. Periksa tanggalnya.',
    );
    expect(saprodiReport(reading.book, SEASON, TODAY).rows[0]).toMatchObject({
      rightTime: false,
      rightAmount: true,
    });
  });

  it('a member who left before the season is an error, and not the right person', () => {
    const reading = read([row('A004', 'Urea')]);
    const problems = reading.problems.filter((p) => p.tab === 'Saprodi');
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.member.inactive', row: 2, column: 'ID Anggota', col: 2, severity: 'error' },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Anggota "A004" tidak aktif pada musim MT I 2026 (masuk 01/01/2021, keluar 20/12/2025): saprodi hanya untuk anggota aktif. Periksa ID Anggota atau tanggalnya.',
    );
    expect(saprodiReport(reading.book, SEASON, TODAY).rows[0]).toMatchObject({
      rightPerson: false,
      allRight: false,
    });
  });

  it('a repeated member, season and kind is an error on the second row, which is skipped', () => {
    const reading = read([row('A001', 'Urea'), row('A001', 'urea', { season: 'mt i 2026' })]);
    const problems = reading.problems.filter((p) => p.tab === 'Saprodi');
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.row.duplicate', row: 3, column: 'Jenis', col: 5, severity: 'error' },
    ]);
    expect(problems[0]?.message.en).toBe(
      'Member A001 already has a Urea row for mt i 2026 (row 2). One row per member, season and kind: merge them; this row is skipped.',
    );
    expect(reading.book.saprodi).toHaveLength(1);
  });

  it('area above the member’s land, unknown member and kind, blanks and non-positive numbers', () => {
    const problems = problemsOf([
      row('A001', 'Urea', { areaHa: 0.75 }),
      row('Z9', 'Kompos'),
      { season: SEASON, memberId: 'A002' },
      row('A002', 'NPK', { areaHa: -0.5, plannedKg: -1500.5 }),
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.area.aboveLand', row: 2, column: 'Luas Tanam (ha)', col: 4, severity: 'warning' },
      { code: 'saprodi.kind.unknown', row: 3, column: 'Jenis', col: 5, severity: 'error' },
      { code: 'saprodi.commodity.missing', row: 4, column: 'Komoditas', col: 3, severity: 'error' },
      { code: 'saprodi.area.missing', row: 4, column: 'Luas Tanam (ha)', col: 4, severity: 'error' },
      { code: 'saprodi.kind.missing', row: 4, column: 'Jenis', col: 5, severity: 'error' },
      { code: 'saprodi.planned.missing', row: 4, column: 'Rencana (kg)', col: 6, severity: 'error' },
      { code: 'saprodi.area.notPositive', row: 5, column: 'Luas Tanam (ha)', col: 4, severity: 'error' },
      { code: 'saprodi.planned.notPositive', row: 5, column: 'Rencana (kg)', col: 6, severity: 'error' },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Luas Tanam 0,75 ha lebih dari Luas Lahan anggota A001 (0,5 ha di tab Anggota). Periksa salah satunya.',
    );
    expect(problems[0]?.message.en).toBe(
      "The planted area 0.75 ha is more than member A001's land (0.5 ha in the Anggota tab). Check one of them.",
    );
    // Number cells quoted as the sheet shows them in each language.
    expect(problems.slice(-2).map((p) => p.message)).toEqual([
      {
        id: 'Luas Tanam harus lebih dari 0: -0,5. Tulis luasnya dalam hektar, mis. 0,5.',
        en: 'The planted area must be more than 0: -0.5. Write it in hectares, e.g. 0.5.',
      },
      { id: 'Rencana harus lebih dari 0 kg: -1.500,5.', en: 'The plan must be more than 0 kg: -1,500.5.' },
    ]);
  });

  it('a row without season or member, and a negative amount received, are errors', () => {
    const problems = problemsOf([
      row('A001', 'Urea', { season: null }),
      row('A001', 'NPK', { memberId: null, receivedKg: -1 }),
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.season.missing', row: 2, column: 'Musim Tanam', col: 1, severity: 'error' },
      { code: 'saprodi.member.missing', row: 3, column: 'ID Anggota', col: 2, severity: 'error' },
      { code: 'saprodi.received.negative', row: 3, column: 'Diterima (kg)', col: 7, severity: 'error' },
    ]);
  });

  it('an unknown member of a readable row is an error', () => {
    expect(problemsOf([row('Z9', 'Urea')]).map(placeOf)).toEqual([
      { code: 'saprodi.member.unknown', row: 2, column: 'ID Anggota', col: 2, severity: 'error' },
    ]);
  });

  it('a member ID in other letters offers the one member it can mean (a001 for A001; found by a review)', () => {
    const [p] = problemsOf([row('a001', 'Urea')]);
    expect([p?.code, p?.fix]).toEqual([
      'saprodi.member.unknown',
      { value: 'A001', label: { id: 'Ganti dengan A001', en: 'Replace with A001' } },
    ]);
    expect(problemsOf([row('Z9', 'Urea')])[0]?.fix).toBeUndefined();
  });

  it('a receipt without its date or amount is a warning; a receipt after today an error', () => {
    const problems = problemsOf([
      row('A001', 'Urea', { receivedDate: null }),
      row('A001', 'NPK', { receivedKg: null }),
      row('A002', 'Urea', { areaHa: 0.25, receivedDate: d('2026-12-01'), plantingDate: d('2026-12-10') }),
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'saprodi.received.noDate', row: 2, column: 'Diterima (kg)', col: 7, severity: 'warning' },
      {
        code: 'saprodi.receivedDate.noAmount',
        row: 3,
        column: 'Tanggal Terima',
        col: 8,
        severity: 'warning',
      },
      { code: 'saprodi.receivedDate.future', row: 4, column: 'Tanggal Terima', col: 8, severity: 'error' },
    ]);
    expect(problems.map((p) => p.message.id)).toEqual([
      'Diterima 100 kg tanpa Tanggal Terima. Tulis tanggal anggota menerimanya.',
      'Tanggal Terima 05/01/2026 diisi tanpa jumlah Diterima (kosong atau 0). Tulis berapa kg yang diterima, atau kosongkan tanggalnya.',
      'Tanggal Terima 01/12/2026 sesudah hari ini (28/11/2026). Catat penerimaan yang sudah terjadi.',
    ]);
  });

  it('an unreadable Batas Luas Subsidi is an error in Pengaturan that says the 2 ha used instead', () => {
    const reading = read([row('A001', 'Urea')], { 'Batas Luas Subsidi': '3 ha' });
    const problems = reading.problems.filter(
      (p) => p.code.startsWith('settings') || p.code.startsWith('value'),
    );
    expect(problems.map((p) => [p.code, p.tab, p.column, p.message.id])).toEqual([
      [
        'settings.subsidyAreaLimit.invalid',
        'Pengaturan',
        'Nilai',
        'Batas Luas Subsidi "3 ha" harus angka hektar lebih dari 0, mis. 2. Sementara dipakai 2.',
      ],
    ]);
    expect(problems[0]?.message.en).toBe(
      'Batas Luas Subsidi "3 ha" must be a number of hectares above 0, e.g. 2. 2 is used for now.',
    );
    expect(reading.book.settings.subsidyAreaLimit ?? 2).toBe(2);
    const zero = read([row('A001', 'Urea')], { 'Batas Luas Subsidi': 0 }).problems.filter((p) =>
      p.code.startsWith('settings'),
    );
    expect(zero.map((p) => [p.code, p.tab, p.column, p.severity])).toEqual([
      ['settings.subsidyAreaLimit.invalid', 'Pengaturan', 'Nilai', 'error'],
    ]);
    expect(zero[0]?.message).toEqual({
      id: 'Batas Luas Subsidi "0" harus angka hektar lebih dari 0, mis. 2. Sementara dipakai 2.',
      en: 'Batas Luas Subsidi "0" must be a number of hectares above 0, e.g. 2. 2 is used for now.',
    });
  });
});

describe('saprodiReport: nothing read as received', () => {
  it('a Diterima left blank or unreadable beside a Tanggal Terima is neither the right amount nor the right time', () => {
    const reading = read([
      row('A001', 'Urea', { receivedKg: '200 kg', receivedDate: d('2026-01-05') }),
      row('A002', 'Urea', { receivedKg: null, receivedDate: d('2026-01-05') }),
    ]);
    // Each an error on its row, as before.
    const receipt = reading.problems.filter(
      (p) => p.column === 'Diterima (kg)' || p.column === 'Tanggal Terima',
    );
    expect(receipt.map((p) => [p.row, p.column])).toEqual([
      [2, 'Diterima (kg)'],
      [3, 'Tanggal Terima'],
    ]);
    const report = saprodiReport(reading.book, SEASON, TODAY);
    expect(report.rows.map((r) => [r.memberId, r.receivedKg, r.rightAmount, r.rightTime])).toEqual([
      ['A001', null, false, false],
      ['A002', null, false, false],
    ]);
  });

  it('0 kg received beside a Tanggal Terima is a warning on the date, and neither right amount nor right time', () => {
    // Found by an audit: counted "right time" (5 of 7 where 4 of 7 were), here and in the export.
    const reading = read([
      row('A001', 'Urea', { receivedKg: 0, receivedDate: d('2026-01-05'), plantingDate: d('2026-01-10') }),
      row('A002', 'Urea', { areaHa: 0.25, receivedDate: d('2026-01-05'), plantingDate: d('2026-01-10') }),
    ]);
    expect(reading.problems.map(placeOf)).toEqual([
      {
        code: 'saprodi.receivedDate.noAmount',
        row: 2,
        column: 'Tanggal Terima',
        col: 8,
        severity: 'warning',
      },
    ]);
    expect(reading.problems[0]?.message.en).toBe(
      'A date received (05/01/2026) is given without an amount received (blank or 0). Write how many kg were received, or clear the date.',
    );
    const report = saprodiReport(reading.book, SEASON, TODAY);
    expect(report.rows.map((r) => [r.memberId, r.receivedKg, r.rightAmount, r.rightTime])).toEqual([
      ['A001', 0, false, false],
      ['A002', 100, true, true],
    ]);
    expect(report.rightTime).toEqual({ right: 1, rows: 2, share: 1 / 2 });
  });
});

describe('saprodiReport', () => {
  const rows = [
    row('A001', 'Urea'),
    row('A001', 'NPK', { receivedKg: 80 }),
    row('A002', 'Urea', { areaHa: 0.25, receivedDate: d('2026-01-12') }),
    row('A003', 'Urea', { plantingDate: null }),
    row('A004', 'Urea'),
    row('A001', 'Urea', {
      season: 'MT II 2026',
      receivedDate: null,
      receivedKg: null,
      plantingDate: d('2026-06-01'),
    }),
  ];

  it('counts right person, amount and time per row, and the share right on each count', () => {
    const report = saprodiReport(read(rows).book, SEASON, TODAY);
    expect(
      report.rows.map((r) => [r.memberId, r.kind, r.rightPerson, r.rightAmount, r.rightTime, r.allRight]),
    ).toEqual([
      ['A001', 'Urea', true, true, true, true],
      ['A001', 'NPK', true, false, true, false],
      ['A002', 'Urea', true, true, false, false],
      ['A003', 'Urea', true, true, null, false],
      ['A004', 'Urea', false, true, true, false],
    ]);
    expect(report.rightPerson).toEqual({ right: 4, rows: 5, share: 4 / 5 });
    expect(report.rightAmount).toEqual({ right: 4, rows: 5, share: 4 / 5 });
    expect(report.rightTime).toEqual({ right: 3, rows: 5, share: 3 / 5 });
    expect(report.allRight).toEqual({ right: 1, rows: 5, share: 1 / 5 });
    expect(report.kinds).toEqual([
      { kind: 'Urea', rows: 4, plannedKg: 400, receivedKg: 400 },
      { kind: 'NPK', rows: 1, plannedKg: 100, receivedKg: 80 },
    ]);
  });

  it('gives the RDKK with the full NIK, the area and the need per kind', () => {
    const report = saprodiReport(read(rows).book, SEASON, TODAY);
    expect(report.rdkk[0]).toEqual({
      memberId: 'A001',
      name: 'Budi Santoso',
      nik: '3203011505800001',
      areaHa: 0.5,
      commodities: ['Padi'],
      needKg: { Urea: 100, NPK: 100 },
    });
    // A004 left before the season (an error on the row): not on the officer's form, nor the NIK.
    expect(report.rdkk.map((l) => l.memberId)).toEqual(['A001', 'A002', 'A003']);
    // Nor a member not in Anggota.
    const unknown = saprodiReport(read([...rows, row('A099', 'Urea')]).book, SEASON, TODAY);
    expect(unknown.rdkk.map((l) => l.memberId)).toEqual(['A001', 'A002', 'A003']);
    expect(unknown.rightPerson.rows).toBe(report.rightPerson.rows + 1);
  });

  it('puts on the RDKK only the need of rows right on person: none of a row received after the member left', () => {
    // Found by an audit: A004 received NPK before leaving (20/12/2025) and Urea after it (an error on
    // that row), and the form asked for both.
    const { book, problems } = read([
      row('A001', 'Urea'),
      row('A004', 'NPK', { plannedKg: 30, receivedKg: 30, receivedDate: d('2025-12-10') }),
      row('A004', 'Urea', { commodity: 'Jagung', areaHa: 0.25, plannedKg: 40, receivedKg: 40 }),
    ]);
    expect(problems.filter((p) => p.tab === 'Saprodi').map((p) => [p.code, p.row])).toEqual([
      ['saprodi.member.inactive', 4],
    ]);
    const report = saprodiReport(book, SEASON, TODAY);
    expect(report.rdkk.find((l) => l.memberId === 'A004')).toEqual({
      memberId: 'A004',
      name: 'Dedi Kurnia',
      nik: null,
      areaHa: 0.5,
      commodities: ['Padi'],
      needKg: { NPK: 30 },
    });
  });

  it('lists the seasons as first written, and counts rows right as of a date by their planting date', () => {
    const { book } = read(rows);
    expect(saprodiSeasons(book)).toEqual(['MT I 2026', 'MT II 2026']);
    // A003 has no planting date: counted by its receipt (05/01). MT II's row is planted on 01/06/2026:
    // counted from then, and not right (nothing received).
    expect(saprodiRightAsOf(book, '2026-05-31')).toEqual({ right: 1, rows: 5 });
    expect(saprodiRightAsOf(book, '2026-06-01')).toEqual({ right: 1, rows: 6 });
    expect(saprodiRightAsOf(book, '2026-01-04')).toEqual({ right: 0, rows: 0 });
  });
});

describe('saprodiReport: rows not yet due', () => {
  // Planted on 10/12/2026, after TODAY (28/11/2026), unless said otherwise.
  const later = { plantingDate: d('2026-12-10') };
  const nothing = { receivedKg: null, receivedDate: null };
  const rows = [
    // Received in full before a planting still to come: judged as ever.
    row('A001', 'Urea', { ...later, receivedDate: d('2026-11-20') }),
    // Nothing received yet, planted later: not yet due.
    row('A001', 'NPK', { ...later, ...nothing }),
    // 50 of 100 received, planted later: not yet due.
    row('A002', 'Urea', { ...later, areaHa: 0.25, receivedKg: 50, receivedDate: d('2026-11-20') }),
    // Nothing received and no planting date: not right amount nor time, as before.
    row('A003', 'Urea', { ...nothing, plantingDate: null }),
    // Not yet due, under a member who left: the wrong person all the same.
    row('A004', 'Urea', { ...later, ...nothing }),
    // Nothing received, planted on 20/11/2026: due, and not right.
    row('A002', 'NPK', { ...nothing, areaHa: 0.25, plantingDate: d('2026-11-20') }),
  ];
  const { book } = read(rows);
  const judged = (asOf: string) =>
    saprodiReport(book, SEASON, asOf).rows.map((r) => [
      r.memberId,
      r.kind,
      r.rightPerson,
      r.rightAmount,
      r.rightTime,
      r.allRight,
      r.notYetDue,
    ]);

  it('leaves a row not received in full and planted after the date out of amount, time and all three', () => {
    const report = saprodiReport(book, SEASON, TODAY);
    expect(report.asOf).toBe(TODAY);
    expect(judged(TODAY)).toEqual([
      ['A001', 'Urea', true, true, true, true, false],
      ['A001', 'NPK', true, false, false, false, true],
      ['A002', 'Urea', true, false, true, false, true],
      ['A003', 'Urea', true, false, false, false, false],
      ['A004', 'Urea', false, false, false, false, true],
      ['A002', 'NPK', true, false, false, false, false],
    ]);
    expect(report.notYetDue).toBe(3);
    // The person over every row; the rest over A001 Urea, A003 Urea and A002 NPK.
    expect(report.rightPerson).toEqual({ right: 5, rows: 6, share: 5 / 6 });
    expect(report.rightAmount).toEqual({ right: 1, rows: 3, share: 1 / 3 });
    expect(report.rightTime).toEqual({ right: 1, rows: 3, share: 1 / 3 });
    expect(report.allRight).toEqual({ right: 1, rows: 3, share: 1 / 3 });
    // The day before planting: still not yet due.
    expect(saprodiReport(book, SEASON, '2026-12-09').notYetDue).toBe(3);
  });

  it('judges them as ever from the planting date on', () => {
    const report = saprodiReport(book, SEASON, '2026-12-10');
    expect(report.notYetDue).toBe(0);
    expect(report.rows.map((r) => r.notYetDue)).toEqual([false, false, false, false, false, false]);
    // A002's 50 kg came before planting: the right time, not the right amount.
    expect(report.rightPerson).toEqual({ right: 5, rows: 6, share: 5 / 6 });
    expect(report.rightAmount).toEqual({ right: 1, rows: 6, share: 1 / 6 });
    expect(report.rightTime).toEqual({ right: 2, rows: 6, share: 2 / 6 });
    expect(report.allRight).toEqual({ right: 1, rows: 6, share: 1 / 6 });
  });
});

describe('seasons', () => {
  it('reads the year a season ends with', () => {
    expect(seasonYear('MT I 2026')).toBe(2026);
    expect(seasonYear('MT 2025/2026')).toBe(2026);
    expect(seasonYear('Gadu')).toBeUndefined();
  });

  it('takes a member as active in a season by the receipt date, the planting date, or the year', () => {
    const left = { joinDate: '2020-01-01', status: 'Keluar' as const, leaveDate: '2026-02-01' };
    expect(activeInSeason(left, { season: 'MT I 2026', receivedDate: '2026-01-20' })).toBe(true);
    expect(activeInSeason(left, { season: 'MT I 2026', plantingDate: '2026-03-01' })).toBe(false);
    expect(activeInSeason(left, { season: 'MT I 2026' })).toBe(true);
    expect(activeInSeason(left, { season: 'MT I 2027' })).toBe(false);
  });

  it('counts each commodity once in a member’s area', () => {
    expect(
      seasonArea([
        { commodity: 'Padi', areaHa: 0.1 },
        { commodity: 'padi ', areaHa: 0.1 },
        { commodity: 'Jagung', areaHa: 0.2 },
      ]),
    ).toBe(0.3);
  });
});
