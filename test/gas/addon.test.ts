// The built dist/Code.js end to end over the fake SpreadsheetApp: every menu item and every sidebar
// function on a realistic book, the tabs written, protection, marker, call counts, and failures.
import { fixRequest } from '../../src/core/api/shownFix';
import { compareProblems } from '../../src/core/problems/problem';
import type {
  ActionResult,
  ApiResponse,
  MemberOption,
  Overview,
  Page,
  ProblemPage,
  ProblemView,
} from '../../src/core/api/types';
import { apiFunctionNames } from '../../src/core/api/types';
import { inputTabs, membersTab, settingKeys, settingsTab } from '../../src/core/book/schema';
import { journalWeekOf, shiftWeek } from '../../src/core/week/journalWeek';
import { addDays, formatShortDate } from '../../src/core/isoDate';
import { GENERATED_MARKER } from '../../src/core/generatedMarker';
import { allMenuItems } from '../../src/gas/menu';
import { FakeWorld, PROPERTY_STORE_BYTES, type FakeSheet } from './fakeSpreadsheetApp';
import { KEPT_BYTES_MAX } from '../../src/core/api/keptViews';
import { fillDemo, gasBook, run, type GasBook } from './gasBook';

type Action = ApiResponse<ActionResult>;

function ok<T>(response: ApiResponse<T>): T {
  if (!response.ok) throw new Error(`expected ok, got ${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

/** Every problem of the book, page after page, as the sidebar would fetch them. */
function allProblems(book: GasBook, view: Overview): ProblemView[] {
  const all = [...view.problems.items];
  while (all.length < view.problems.total) {
    const page = ok(run<ApiResponse<ProblemPage>>(book, 'getProblems', all.length));
    expect(page.offset).toBe(all.length);
    if (page.items.length === 0) break;
    all.push(...page.items);
  }
  return all;
}

function failure(response: ApiResponse<unknown>) {
  if (response.ok) throw new Error('expected a failure');
  return response.error;
}

/** Every cell of every tab, to prove what an action did not touch. */
function snapshot(world: FakeWorld): Record<string, unknown[][]> {
  return Object.fromEntries(world.sheets.map((s) => [s.name, s.values()]));
}

function expectGenerated(sheet: FakeSheet | undefined): FakeSheet {
  expect(sheet).toBeDefined();
  expect(sheet!.metadata.map((m) => m.key)).toEqual([GENERATED_MARKER]);
  expect(sheet!.protections.map((p) => p.warningOnly)).toEqual([true]);
  expect(sheet!.formulas()).toEqual([]);
  return sheet!;
}

const writes = /\.(set|insert|delete|clear|protect|add)/;
function writeCalls(world: FakeWorld): string[] {
  return world.log.calls.filter(
    (c) => writes.test(c) && !c.startsWith('Properties.') && !c.includes('Builder.'),
  );
}

describe('onOpen', () => {
  it('builds the menu in AuthMode.NONE touching nothing but the UI', () => {
    const book = gasBook();
    book.gas.onOpen!({ authMode: 'NONE' });
    expect(book.world.menus[0]!.items.filter((i) => i.label !== '---')).toEqual(
      allMenuItems.map((m) => ({ label: m.label, fn: m.handler })),
    );
    expect(book.world.menus[0]!.shown).toBe(true);
    expect(book.world.log.calls.every((c) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(c))).toBe(true);
  });

  it('exports every sidebar function as a top-level function', () => {
    const book = gasBook();
    for (const name of apiFunctionNames) expect(typeof book.gas[name]).toBe('function');
  });
});

describe('Siapkan Buku', () => {
  it('creates every missing input tab, then changes nothing the second time', () => {
    const book = gasBook();
    book.world.addSheet('Sheet1');
    book.gas.menuSetupBook!();
    expect(book.world.alerts[0]).toContain('Tab dibuat: Pengaturan, Anggota, Kas, Pinjaman, Kegiatan');
    expect(book.world.sheets.map((s) => s.name)).toEqual(['Sheet1', ...inputTabs.map((t) => t.name)]);
    for (const spec of inputTabs) {
      const sheet = book.world.sheet(spec.name)!;
      // Daftar Hadir's first meeting column is dated today, for the secretary to rename.
      const meeting = spec.key === 'attendance' ? [formatShortDate(book.today)] : [];
      expect(sheet.values()[0]).toEqual([...spec.columns.map((c) => c.header), ...meeting]);
      expect(sheet.frozenRows).toBe(1);
      expect(sheet.cell(1, 1)?.fontWeight).toBe('bold');
      expect(sheet.cell(1, 1)?.note).toContain(spec.columns[0]!.note.id);
      expect(sheet.metadata).toEqual([]);
    }
    const settings = book.world.sheet('Pengaturan')!.values();
    expect(settings.slice(1).map((r) => r[0])).toContain('Nama Kelompok');
    expect(settings.find((r) => r[0] === 'Saldo Awal Kas')).toEqual(['Saldo Awal Kas', 0]);
    expect(book.world.sheet('Pinjaman')!.cell(2, 6)?.validation?.values).toEqual([
      'Flat',
      'Menurun',
      'Anuitas',
    ]);
    expect(book.world.sheet(settingsTab.name)!.protections).toEqual([]);
    expect(book.world.sheet('Daftar Hadir')!.cell(2, 3)?.validation?.values).toEqual([
      'H',
      'W',
      'I',
      'S',
      'A',
    ]);
    expect(book.world.sheet('Saprodi')!.cell(2, 5)?.validation?.values).toContain('SP-36');
    // docs/book.md §7: harvest loans in Frekuensi, the three loan changes in Perubahan Pinjaman's Jenis.
    const loansSheet = book.world.sheet('Pinjaman')!;
    const frequencyCol = loansSheet.values()[0]!.indexOf('Frekuensi') + 1;
    expect(loansSheet.cell(2, frequencyCol)?.validation?.values).toEqual(['Bulanan', 'Mingguan', 'Musiman']);
    const changesSheet = book.world.sheet('Perubahan Pinjaman')!;
    expect(changesSheet.cell(2, changesSheet.values()[0]!.indexOf('Jenis') + 1)?.validation?.values).toEqual([
      'Jadwal Ulang',
      'Hapus Buku',
      'Hapus Denda',
    ]);
    const settingsRows = book.world.sheet('Pengaturan')!.values();
    expect(settingsRows.find((r) => r[0] === 'Denda Keterlambatan')).toEqual(['Denda Keterlambatan', 0]);
    expect(settingsRows.find((r) => r[0] === 'Masa Tenggang Denda')).toEqual(['Masa Tenggang Denda', 3]);

    const before = snapshot(book.world);
    book.world.log.reset();
    const second = ok(run<Action>(book, 'setupBook'));
    expect(second.tabs).toEqual([]);
    expect(second.message.id).toContain('tidak ada yang diubah');
    expect(snapshot(book.world)).toEqual(before);
    expect(writeCalls(book.world)).toEqual([]);
  });

  it('formats the code columns as plain text, so that digits typed later keep their zero and all 16 digits', () => {
    const book = gasBook();
    book.world.log.reset();
    ok(run<Action>(book, 'setupBook'));
    // Measured on every cell below the header, to the last row of the tab.
    const plainTextColumns = Object.fromEntries(
      inputTabs.map((spec) => {
        const sheet = book.world.sheet(spec.name)!;
        const plain = (c: number) =>
          Array.from({ length: sheet.maxRows - 1 }, (_, r) => sheet.cell(r + 2, c + 1)?.numberFormat).every(
            (f) => f === '@',
          );
        return [spec.name, spec.columns.filter((_, c) => plain(c)).map((col) => col.header)];
      }),
    );
    expect(plainTextColumns).toEqual({
      Pengaturan: [],
      Anggota: ['ID Anggota', 'NIK', 'Kepala Keluarga', 'No HP'],
      Kas: ['No Bukti', 'ID Anggota', 'ID Pinjaman', 'Kode RUK'],
      Pinjaman: ['ID Pinjaman', 'ID Anggota'],
      Kegiatan: ['Kode RUK'],
      'Perubahan Pinjaman': ['ID Pinjaman'],
      'Daftar Hadir': ['ID Anggota'],
      RUK: ['Kode'],
      Saprodi: ['ID Anggota'],
    });
    // One batched call per tab and format (Anggota 2, Kas 3, Pinjaman 3, Kegiatan 2, Perubahan
    // Pinjaman 2, Daftar Hadir 1, RUK 3, Saprodi 2), none per column.
    expect(book.world.log.count('Sheet.getRangeList')).toBe(18);
    expect(book.world.log.count('RangeList.setNumberFormat')).toBe(18);
    expect(book.world.log.count('Range.setNumberFormat')).toBe(0);
  });

  it('keeps a NIK and a phone number typed into its Anggota as text, where a hand-made tab turns them into numbers', () => {
    const col = (header: string) => membersTab.columns.findIndex((c) => c.header === header) + 1;
    const typeMember = (book: GasBook) => {
      const sheet = book.world.sheet('Anggota')!;
      sheet.type(2, col('ID Anggota'), 'A001');
      sheet.type(2, col('Nama'), 'Siti Aminah');
      sheet.type(2, col('NIK'), '3201234567890001');
      sheet.type(2, col('No HP'), '081234567890');
      sheet.put(2, col('Tanggal Masuk'), { value: { time: book.world.typedDate('2025-01-10').getTime() } });
      return sheet;
    };
    const numberProblems = (book: GasBook) =>
      ok(run<ApiResponse<Overview>>(book, 'getOverview'))
        .problems.items.filter((p) => p.tab === 'Anggota' && p.row === 2)
        .filter((p) => ['member.nik.number', 'member.phone.lostZero'].includes(p.code))
        .map((p) => [p.code, p.column, p.severity]);

    const setUp = gasBook();
    ok(run<Action>(setUp, 'setupBook'));
    const typed = typeMember(setUp);
    expect([typed.values()[1]![col('NIK') - 1], typed.values()[1]![col('No HP') - 1]]).toEqual([
      '3201234567890001',
      '081234567890',
    ]);
    expect(numberProblems(setUp)).toEqual([]);

    const handMade = gasBook();
    handMade.world.addSheet('Anggota', [membersTab.columns.map((c) => c.header)]);
    ok(run<Action>(handMade, 'setupBook'));
    const numbers = typeMember(handMade);
    expect([numbers.values()[1]![col('NIK') - 1], numbers.values()[1]![col('No HP') - 1]]).toEqual([
      3201234567890001, 81234567890,
    ]);
    expect(numberProblems(handMade)).toEqual([
      ['member.nik.number', 'NIK', 'warning'],
      ['member.phone.lostZero', 'No HP', 'warning'],
    ]);
  });

  it('tells a book whose Pengaturan and Anggota are filled what it created and added, and to run Periksa Data', () => {
    const book = gasBook();
    book.world.addSheet('Pengaturan', [
      ['Kunci', 'Nilai'],
      ['Nama Kelompok', 'Kelompok Tani Mekar Sari'],
    ]);
    book.world.addSheet('Anggota', [
      ['ID Anggota', 'Nama', 'Tanggal Masuk'],
      ['A001', 'Slamet', book.world.typedDate('2025-01-10')],
    ]);
    const result = ok(run<Action>(book, 'setupBook'));
    expect(result.tabs).toEqual([
      'Kas',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
      'Daftar Hadir',
      'RUK',
      'Saprodi',
      'Pengaturan',
    ]);
    // The hand-made Pengaturan keeps its row and gains every other key below it, with its example.
    const added = settingKeys.filter((k) => k.key !== 'groupName').map((k) => k.name);
    expect(result.message).toEqual({
      id: `Tab dibuat: Kas, Pinjaman, Kegiatan, Perubahan Pinjaman, Daftar Hadir, RUK, Saprodi. Ditambahkan ke Pengaturan: ${added.join(', ')}. Berikutnya: jalankan Periksa Data.`,
      en: `Tabs created: Kas, Pinjaman, Kegiatan, Perubahan Pinjaman, Daftar Hadir, RUK, Saprodi. Added to Pengaturan: ${added.join(', ')}. Next: run Periksa Data (Check Data).`,
    });
    const settings = book.world.sheet('Pengaturan')!.values();
    expect(settings.slice(0, 2)).toEqual([
      ['Kunci', 'Nilai'],
      ['Nama Kelompok', 'Kelompok Tani Mekar Sari'],
    ]);
    expect(settings.slice(2).map((r) => r[0])).toEqual(added);
    expect(settings.find((r) => r[0] === 'Denda Keterlambatan')).toEqual(['Denda Keterlambatan', 0]);
    // Daftar Hadir starts with the active members, filled in once.
    expect(book.world.sheet('Daftar Hadir')!.values()).toEqual([
      ['ID Anggota', 'Nama', formatShortDate(book.today)],
      ['A001', 'Slamet', ''],
    ]);
  });

  it('starts Daftar Hadir with every active member, past the 1,000 rows a new tab has', () => {
    const book = gasBook();
    const members = Array.from({ length: 1200 }, (_, i) => [
      `A${String(i + 1).padStart(4, '0')}`,
      `Anggota ${i + 1}`,
      book.world.typedDate('2025-01-10'),
    ]);
    book.world.addSheet('Anggota', [['ID Anggota', 'Nama', 'Tanggal Masuk'], ...members]);
    const result = ok(run<Action>(book, 'setupBook'));
    expect(result.tabs).toContain('Daftar Hadir');
    const values = book.world.sheet('Daftar Hadir')!.values();
    expect(values).toHaveLength(1201);
    expect(values[1200]).toEqual(['A1200', 'Anggota 1200', '']);
  });

  it('never touches existing tabs, found by alias too', () => {
    const book = gasBook();
    const members = book.world.addSheet('Members', [
      ['Member ID', 'Name', 'Join Date'],
      ['A1', 'Budi', ''],
    ]);
    const result = ok(run<Action>(book, 'setupBook'));
    expect(result.tabs).toEqual([
      'Pengaturan',
      'Kas',
      'Pinjaman',
      'Kegiatan',
      'Perubahan Pinjaman',
      'Daftar Hadir',
      'RUK',
      'Saprodi',
    ]);
    expect(members.values()).toEqual([
      ['Member ID', 'Name', 'Join Date'],
      ['A1', 'Budi', ''],
    ]);
    expect(book.world.sheet('Anggota')).toBeUndefined();
  });
});

describe('a realistic book: check, balances, journal', () => {
  let book: GasBook;
  beforeEach(() => {
    book = gasBook();
    fillDemo(book);
  });

  it('getOverview answers the whole first view', () => {
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    expect(view.groupName).toBe('Kelompok Tani Mekar Sari');
    expect(view.asOf).toBe(book.today);
    expect(view.missingTabs).toEqual([]);
    expect(view.cards.map((c) => c.key)).toEqual([
      'activeMembers',
      'cashBalance',
      'totalSavings',
      'outstandingPrincipal',
      'arrears',
      'par30',
      'lastMeetingRate',
      'membersToVisit',
      'errors',
      'warnings',
    ]);
    expect(view.weeks[0]!.value).toBe(journalWeekOf(book.today, 1).value);
    expect(view.problems.items.length).toBeGreaterThan(0);
    expect(view.problems.total).toBeGreaterThanOrEqual(view.problems.items.length);
    for (const p of view.problems.items) expect(p.id).toBe(`${p.code}@${p.tab}!R${p.row}C${p.col}`);
    // Reads: one getValues per input tab, each over its data range; nothing written.
    expect(book.world.log.count('Range.getValues')).toBe(inputTabs.length);
    expect(book.world.log.count('Sheet.getDataRange')).toBe(book.world.log.count('Range.getValues'));
    expect(writeCalls(book.world)).toEqual([]);
  });

  it('runChecks writes Pemeriksaan: every problem, errors first, linked to its cell', () => {
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    // Pemeriksaan lists them errors first, then by tab name and row; the sidebar's pages put the tab
    // with more errors first: the same problems.
    const all = [...allProblems(book, view)].sort(compareProblems);
    const result = ok(run<Action>(book, 'runChecks'));
    expect(result.tabs).toEqual(['Pemeriksaan']);
    expect(result.message.id).toMatch(
      /^Tab Pemeriksaan ditulis: \d+ kesalahan, \d+ peringatan, \d+ catatan\.$/,
    );
    const sheet = expectGenerated(book.world.sheet('Pemeriksaan'));
    const rows = sheet.values();
    const header = rows.findIndex((r) => r[0] === 'No');
    expect(sheet.frozenRows).toBe(header + 1);
    const body = rows.slice(header + 1);
    expect(body).toHaveLength(view.problems.total);
    const severities = body.map((r) => r[1]);
    expect(severities).toEqual(
      all.map((p) => ({ error: 'Kesalahan', warning: 'Peringatan', info: 'Catatan' })[p.severity]),
    );
    const anggota = book.world.sheet('Anggota')!.getSheetId();
    const first = all.findIndex((p) => p.tab === 'Anggota' && p.row > 0 && p.col > 0);
    const p = all[first]!;
    expect(sheet.cell(header + 2 + first, 3)?.link).toBe(
      `#gid=${anggota}&range=${String.fromCharCode(64 + p.col)}${p.row}`,
    );
    expect(result.overview.problems).toEqual(view.problems);
  });

  it('computeBalances writes Saldo Pinjaman and Simpanan, both marked and protected', () => {
    const result = ok(run<Action>(book, 'computeBalances'));
    expect(result.tabs).toEqual(['Saldo Pinjaman', 'Simpanan']);
    const loans = expectGenerated(book.world.sheet('Saldo Pinjaman')).values();
    const savings = expectGenerated(book.world.sheet('Simpanan')).values();
    expect(loans.flat()).toContain('Kelompok Tani Mekar Sari');
    expect(savings.flat()).toContain('Dadang Suherman');
    const totalSavings = result.overview.cards.find((c) => c.key === 'totalSavings')!.value;
    expect(typeof totalSavings).toBe('number');
    expect(savings.flat()).toContain(totalSavings);
  });

  it('generateJournal writes Jurnal <week> for the chosen week', () => {
    const week = journalWeekOf(book.today, 1).value;
    const result = ok(run<Action>(book, 'generateJournal', week));
    expect(result.tabs).toEqual([`Jurnal ${week}`]);
    const sheet = expectGenerated(book.world.sheet(`Jurnal ${week}`));
    expect(sheet.values().flat()).toContain('Kelompok Tani Mekar Sari');
    const refused = failure(run<Action>(book, 'generateJournal', '2025-W53'));
    expect(refused.code).toBe('week.invalid');
    expect(refused.message.id).toContain('2025-W53');
  });

  it('each menu item runs its action and shows a bilingual summary', () => {
    const week = journalWeekOf(book.today, 1);
    const lastWeek = shiftWeek(week, -1);
    book.gas.menuRunChecks!();
    book.gas.menuComputeBalances!();
    book.gas.menuJournalThisWeek!();
    book.gas.menuJournalLastWeek!();
    book.gas.menuHelp!();
    book.gas.menuOpenSidebar!();
    const alerts = book.world.alerts;
    expect(alerts[0]).toMatch(/^Tab Pemeriksaan ditulis: .*\n\n\(Tab Pemeriksaan written: .*\)$/s);
    expect(alerts[1]).toContain('Tab Saldo Pinjaman dan Simpanan ditulis');
    expect(alerts[2]).toContain(`Tab Jurnal ${week.value} ditulis.`);
    expect(alerts[3]).toContain(`Tab Jurnal ${lastWeek.value} ditulis.`);
    expect(alerts[4]).toContain('Siapkan Buku');
    // Every tab Siapkan Buku makes, in its order (an audit: Perubahan Pinjaman was left out).
    expect(alerts[4]).toContain(`tab yang belum ada (${inputTabs.map((t) => t.name).join(', ')});`);
    expect(book.world.sidebars).toEqual([{ title: 'Buku Kelompok', content: expect.stringContaining('<') }]);
    expect(book.world.sheets.filter((s) => s.name.startsWith('Jurnal ')).length).toBe(2);
  });

  it('regenerating is idempotent: same tabs, one marker, one protection, same cells but the time', () => {
    ok(run<Action>(book, 'runChecks'));
    ok(run<Action>(book, 'computeBalances'));
    const first = snapshot(book.world);
    const tabs = book.world.sheets.map((s) => s.name);
    ok(run<Action>(book, 'runChecks'));
    ok(run<Action>(book, 'computeBalances'));
    expect(book.world.sheets.map((s) => s.name)).toEqual(tabs);
    const stamp = (v: Record<string, unknown[][]>) =>
      JSON.stringify(v).replace(/(Dibuat|Generated) \d{1,2} \S+ \d{4} \d{2}:\d{2}/g, 'T');
    expect(stamp(snapshot(book.world))).toEqual(stamp(first));
    for (const name of ['Pemeriksaan', 'Saldo Pinjaman', 'Simpanan']) expectGenerated(book.world.sheet(name));
  });

  it('applyFix changes exactly the one cell of the chosen problem, under the lock', () => {
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const fixable = allProblems(book, view).find((p) => p.fix && p.tab === 'Anggota')!;
    expect(fixable).toBeDefined();
    const before = snapshot(book.world);
    book.world.log.reset();
    const result = ok(run<Action>(book, 'applyFix', fixRequest(fixable)));
    expect(result.tabs).toEqual(['Anggota']);
    expect(result.overview.problems.items.map((p) => p.id)).not.toContain(fixable.id);
    const after = snapshot(book.world);
    const changed: string[] = [];
    for (const [tab, rows] of Object.entries(after)) {
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (JSON.stringify(v) !== JSON.stringify(before[tab]?.[r]?.[c]))
            changed.push(`${tab}!R${r + 1}C${c + 1}`);
        }),
      );
    }
    expect(changed).toEqual([`${fixable.tab}!R${fixable.row}C${fixable.col}`]);
    expect(book.world.log.count('Lock.waitLock')).toBe(1);
    expect(book.world.log.count('Range.setValue')).toBe(1);
    // One reading of the book: the view after the fix comes from the cells read plus the one written.
    expect(book.world.log.count('Range.getValues')).toBe(inputTabs.length);
    // The same fix again: the cell no longer holds what it was computed from.
    expect(failure(run<Action>(book, 'applyFix', fixRequest(fixable))).code).toBe('fix.stale');
    expect(failure(run<Action>(book, 'applyFix', { problemId: fixable.id })).code).toBe('fix.invalid');
  });

  it('applyFix writes the member an ID typed in other letters means (a026 for A026), and the row is that member’s again', () => {
    const kas = book.world.sheet('Kas')!;
    const rows = kas.values();
    const header = rows.findIndex((r) => r.includes('ID Anggota'));
    const idCol = rows[header]!.indexOf('ID Anggota') + 1;
    const row =
      rows.findIndex((r, i) => i > header && typeof r[idCol - 1] === 'string' && r[idCol - 1] !== '') + 1;
    const id = rows[row - 1]![idCol - 1] as string;
    kas.type(row, idCol, id.toLowerCase());
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const fixable = allProblems(book, view).find((p) => p.tab === 'Kas' && p.row === row && p.col === idCol)!;
    expect(fixable).toMatchObject({
      code: 'cash.member.unknown',
      fix: { label: { id: `Ganti dengan ${id}` } },
    });
    const result = ok(run<Action>(book, 'applyFix', fixRequest(fixable)));
    expect(kas.values()[row - 1]![idCol - 1]).toBe(id);
    expect(result.overview.problems.items.filter((p) => p.tab === 'Kas' && p.row === row)).toEqual([]);
  });

  it('applyFix refuses with fix.stale when the cell was retyped or a row was inserted above it', () => {
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const fixable = allProblems(book, view).find((p) => p.fix && p.row > 1)!;
    const sheet = book.world.sheet(fixable.tab)!;
    sheet.type(fixable.row, fixable.col, 'Rp 2.000.000');
    const before = snapshot(book.world);
    book.world.log.reset();
    const error = failure(run<Action>(book, 'applyFix', fixRequest(fixable)));
    expect(error.code).toBe('fix.stale');
    expect(error.message.en).toContain('has changed since the check');
    expect(snapshot(book.world)).toEqual(before);
    expect(writeCalls(book.world)).toEqual([]);

    // The shown value back, but one row lower: a row inserted above the record.
    sheet.type(fixable.row, fixable.col, String(fixable.fix!.was));
    const rows = sheet.values();
    const width = rows[0]!.length;
    book.world.sheets.splice(book.world.sheets.indexOf(sheet), 1);
    const moved = book.world.addSheet(fixable.tab, [
      ...rows.slice(0, fixable.row - 1),
      Array.from({ length: width }, (_, c) => (c === fixable.col - 1 ? rows[fixable.row - 1]![c] : 'lain')),
      ...rows.slice(fixable.row - 1),
    ]);
    const again = snapshot(book.world);
    expect(failure(run<Action>(book, 'applyFix', fixRequest(fixable))).code).toBe('fix.stale');
    expect(snapshot(book.world)).toEqual(again);
    expect(moved.values()[fixable.row - 1]![0]).toBe('lain');
  });

  it('applyFix refuses with fix.formula when the cell is a formula showing the value, keeping it', () => {
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const fixable = allProblems(book, view).find((p) => p.fix && p.row > 1)!;
    const sheet = book.world.sheet(fixable.tab)!;
    // A formula whose result is the very text the fix was computed from.
    const formula = '=TEXT(1500000;"#.##0")';
    sheet.put(fixable.row, fixable.col, { formula, value: fixable.fix!.was as string });
    const before = snapshot(book.world);
    book.world.log.reset();
    const error = failure(run<Action>(book, 'applyFix', fixRequest(fixable)));
    const cell = `${fixable.tab}!${String.fromCharCode(64 + fixable.col)}${fixable.row}`;
    expect(error).toEqual({
      code: 'fix.formula',
      message: {
        id: `Sel ${cell} berisi rumus, jadi perbaikan tidak ditulis (rumusnya akan hilang); tidak ada yang diubah. Ubah rumusnya, atau ganti sel itu dengan nilainya sendiri.`,
        en: `The cell ${cell} holds a formula, so the fix was not written (the formula would be lost); nothing was changed. Change the formula, or replace the cell with its value yourself.`,
      },
    });
    // Asked once, under the lock, after the cell was found as the user saw it.
    expect(book.world.log.count('Range.getFormula')).toBe(1);
    expect(writeCalls(book.world)).toEqual([]);
    expect(snapshot(book.world)).toEqual(before);
    expect(sheet.cell(fixable.row, fixable.col)?.formula).toBe(formula);

    // The formula replaced by the same text typed as a value: the fix is written.
    sheet.type(fixable.row, fixable.col, String(fixable.fix!.was));
    ok(run<Action>(book, 'applyFix', fixRequest(fixable)));
    expect(sheet.cell(fixable.row, fixable.col)?.formula).toBeUndefined();
    expect(sheet.values()[fixable.row - 1]![fixable.col - 1]).toEqual(fixable.fix!.value);
  });

  it('goToCell selects the cell; setLanguage keeps the choice per user', () => {
    expect(run(book, 'goToCell', 'Kas', 7, 3)).toEqual({ ok: true, data: null });
    expect(book.world.activeRange).toEqual({ sheet: 'Kas', a1: 'C7' });
    // A tab not there (renamed or deleted since the check): check again (test/gas/goToCellTabGone.test.ts).
    expect(failure(run(book, 'goToCell', 'Hilang', 1, 1)).code).toBe('cell.tabGone');
    book.world.log.reset();
    const en = ok(run<ApiResponse<{ lang: string }>>(book, 'setLanguage', 'en'));
    expect(en).toEqual({ lang: 'en' });
    // Nothing new is needed from the book to switch language: it is not read again.
    expect(book.world.log.count('Range.getValues')).toBe(0);
    expect(ok(run<ApiResponse<Overview>>(book, 'getOverview')).lang).toBe('en');
    expect(failure(run(book, 'setLanguage', 'fr')).code).toBe('lang.invalid');
  });

  it('getOverview keeps its view: a click on the same book is answered without a check, an edit between clicks is seen', () => {
    const view = () => ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const first = view();
    const kept = [...book.world.userProperties.keys()].filter((k) => k.startsWith('bukuKelompok.overview'));
    expect(kept.length).toBeGreaterThan(1);
    for (const k of kept) expect(Buffer.byteLength(book.world.userProperties.get(k)!)).toBeLessThan(9 * 1024);
    book.world.log.reset();
    expect(view()).toEqual(first);
    // The book is read whole (an edit anywhere must be seen), the properties read once, nothing written.
    expect(book.world.log.count('Range.getValues')).toBe(inputTabs.length);
    expect(book.world.log.count('Properties.getProperties')).toBe(1);
    expect(book.world.log.count('Properties.setProperties')).toBe(0);
    // The next page of problems was kept with it.
    expect(ok(run<ApiResponse<ProblemPage>>(book, 'getProblems', 40)).offset).toBe(first.problems.total);
    expect(book.world.log.count('Properties.setProperties')).toBe(0);
    // What was kept is what is shown: the book was not checked again.
    for (const k of kept)
      book.world.userProperties.set(
        k,
        book.world.userProperties.get(k)!.replace(first.groupName, 'Disimpan'),
      );
    expect(view().groupName).toBe('Disimpan');
    // One amount typed in Kas: the next click checks the book and keeps the new view.
    const kas = book.world.sheet('Kas')!;
    const header = kas.values().findIndex((r) => r.includes('Masuk'));
    const masuk = kas.values()[header]!.indexOf('Masuk') + 1;
    kas.type(header + 2, masuk, String(Number(kas.values()[header + 1]![masuk - 1]) + 1000));
    book.world.log.reset();
    const after = view();
    expect(book.world.log.count('Properties.setProperties')).toBe(1);
    expect(after.groupName).toBe(first.groupName);
    const cash = (v: Overview) => Number(v.cards.find((c) => c.key === 'cashBalance')!.value);
    expect(cash(after)).toBe(cash(first) + 1000);
    // As Apps Script does, the fake refuses a property over 9 KB.
    const store = book.world.userProperties;
    expect(() =>
      (book.gas.PropertiesService as unknown as GoogleAppsScript.Properties.PropertiesService)
        .getUserProperties()
        .setProperty('x', 'a'.repeat(9 * 1024 + 1)),
    ).toThrow(/too large/);
    expect(store.has('x')).toBe(false);
  });

  it("keeps its view within Apps Script's 500 KB store: parts an earlier write left are emptied, and the language still fits", () => {
    const store = book.world.userProperties;
    store.clear();
    // An earlier, larger write (another release's views, say) left 64 parts: the store is full but
    // for 10 bytes.
    const weight = () => [...store].reduce((n, [k, v]) => n + Buffer.byteLength(k) + Buffer.byteLength(v), 0);
    store.set('bukuKelompok.overview', 'old\n64\n["Kas"]');
    for (let i = 0; i < 63; i += 1) store.set(`bukuKelompok.overview.${i}`, 'x'.repeat(8000));
    store.set('bukuKelompok.overview.63', '');
    store.set('bukuKelompok.overview.63', 'x'.repeat(PROPERTY_STORE_BYTES - 10 - weight()));
    expect(weight()).toBe(PROPERTY_STORE_BYTES - 10);
    // As Apps Script would, the store refuses what does not fit.
    const props = (
      book.gas.PropertiesService as unknown as GoogleAppsScript.Properties.PropertiesService
    ).getUserProperties();
    expect(() => props.setProperty('bukuKelompok.x', 'abcdefghijk')).toThrow(/quota/);
    ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const count = Number(store.get('bukuKelompok.overview')!.split('\n')[1]);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(64);
    for (let i = count; i < 64; i += 1) expect(store.get(`bukuKelompok.overview.${i}`)).toBe('');
    expect(weight()).toBeLessThan(KEPT_BYTES_MAX);
    expect(ok(run<ApiResponse<{ lang: string }>>(book, 'setLanguage', 'en'))).toEqual({ lang: 'en' });
    expect(ok(run<ApiResponse<Overview>>(book, 'getOverview')).lang).toBe('en');
    // A full store never refuses the language: the kept views are let go, other properties stay.
    store.set('other', 'kept');
    const full = PROPERTY_STORE_BYTES - weight() - 30;
    for (let i = 0; full - i * 8000 > 0; i += 1)
      store.set(`bukuKelompok.overview.${100 + i}`, 'y'.repeat(Math.min(8000, full - i * 8000)));
    expect(() => props.setProperty('bukuKelompok.x', 'a'.repeat(40))).toThrow(/quota/);
    expect(ok(run<ApiResponse<{ lang: string }>>(book, 'setLanguage', 'id'))).toEqual({ lang: 'id' });
    expect([...store.keys()].filter((k) => k.startsWith('bukuKelompok.overview'))).toEqual([]);
    expect(store.get('other')).toBe('kept');
    expect(ok(run<ApiResponse<Overview>>(book, 'getOverview')).lang).toBe('id');
  });

  it('getMembers reads Anggota alone, and sees a member typed in between two searches', () => {
    const search = () => ok(run<ApiResponse<Page<MemberOption>>>(book, 'getMembers', 0, 'Zulaikha'));
    expect(search().total).toBe(0);
    const anggota = book.world.sheet('Anggota')!;
    const header = anggota.values().findIndex((r) => r.includes('ID Anggota'));
    const col = (name: string) => anggota.values()[header]!.indexOf(name) + 1;
    const row = anggota.lastRow() + 1;
    anggota.type(row, col('ID Anggota'), 'A999');
    anggota.type(row, col('Nama'), 'Zulaikha');
    anggota.type(row, col('Tanggal Masuk'), '2026-01-05');
    book.world.log.reset();
    expect(search().items).toEqual([{ id: 'A999', name: 'Zulaikha', active: true }]);
    expect(book.world.log.count('Range.getValues')).toBe(1);
  });
});

describe('text that looks like a formula', () => {
  it('a member named =IMPORTXML(...) stays text in every generated tab', () => {
    const book = gasBook();
    fillDemo(book);
    const evil = '=IMPORTXML("http://x","//a")';
    const anggota = book.world.sheet('Anggota')!;
    const nameCol = anggota.values()[0]!.indexOf('Nama') + 1;
    anggota.put(2, nameCol, { value: evil });
    ok(run<Action>(book, 'runChecks'));
    ok(run<Action>(book, 'computeBalances'));
    ok(run<Action>(book, 'generateJournal', journalWeekOf(book.today, 1).value));
    const generated = book.world.sheets.filter((s) => s.metadata.length > 0);
    expect(generated.length).toBe(4);
    for (const sheet of generated) expect(sheet.formulas()).toEqual([]);
    expect(book.world.sheet('Simpanan')!.values().flat()).toContain(evil);
  });
});

/** Pengaturan of Tani Jaya (no opening balance) and its two members, Siti (Ketua) and Budi (Bendahara). */
function addTaniJaya(book: GasBook): void {
  book.world.addSheet('Pengaturan', [
    ['Kunci', 'Nilai'],
    ['Nama Kelompok', 'Tani Jaya'],
    ['Saldo Awal Kas', 0],
  ]);
  book.world.addSheet('Anggota', [
    ['ID Anggota', 'Nama', 'Jabatan', 'Tanggal Masuk'],
    ['A001', 'Siti', 'Ketua', book.world.typedDate('2025-01-06')],
    ['A002', 'Budi', 'Bendahara', book.world.typedDate('2025-01-06')],
  ]);
}

describe('call counts', () => {
  /** A book of every input tab but those `lacking`, with `rows` rows in Kas, RUK and Saprodi. */
  function bigBook(rows: number, lacking: readonly string[] = []): GasBook {
    const book = gasBook();
    const date = (d: number) => book.world.typedDate(`2026-0${1 + (d % 9)}-1${d % 10}`);
    addTaniJaya(book);
    book.world.addSheet('Kas', [
      ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'],
      ...Array.from({ length: rows }, (_, i) => [
        date(i),
        '',
        `Iuran ${i}`,
        'Iuran',
        i % 2 ? 'A001' : 'A002',
        '',
        // The last amount typed as text: a problem with a fix, for applyFix to apply.
        i === rows - 1 ? 'Rp 5.000' : 5000,
        '',
      ]),
    ]);
    book.world.addSheet('Pinjaman', [
      ['ID Pinjaman', 'ID Anggota', 'Tanggal Cair', 'Pokok', 'Jasa % per Bulan', 'Jumlah Angsuran'],
    ]);
    book.world.addSheet('Kegiatan', [['Tanggal', 'Jenis Kegiatan', 'Uraian']]);
    // A few rows only: each names an unknown loan, a problem whose Pemeriksaan link is built per row.
    book.world.addSheet('Perubahan Pinjaman', [
      ['ID Pinjaman', 'Tanggal', 'Jenis'],
      ...Array.from({ length: 3 }, (_, i) => ['P999', date(i), 'Hapus Denda']),
    ]);
    book.world.addSheet('Daftar Hadir', [
      ['ID Anggota', 'Nama', book.world.typedDate('2026-01-10'), book.world.typedDate('2026-02-10')],
      ['A001', 'Siti', 'H', 'H'],
      ['A002', 'Budi', 'W', 'A'],
    ]);
    book.world.addSheet('RUK', [
      ['Kode', 'Kegiatan', 'Jenis Kegiatan', 'Bulan'],
      ...Array.from({ length: rows }, (_, i) => [`R${i}`, `Rencana ${i}`, 'Pelatihan', date(i)]),
    ]);
    book.world.addSheet('Saprodi', [
      ['Musim Tanam', 'ID Anggota', 'Komoditas', 'Luas Tanam (ha)', 'Jenis', 'Rencana (kg)'],
      ...Array.from({ length: rows }, (_, i) => [`MT ${i} 2026`, 'A001', 'Padi', 0.5, 'Urea', 100]),
    ]);
    const { sheets } = book.world;
    for (const name of lacking)
      sheets.splice(
        sheets.findIndex((s) => s.name === name),
        1,
      );
    return book;
  }

  const actions: [string, (book: GasBook) => void][] = [
    ['onOpen', (b) => b.gas.onOpen!({ authMode: 'NONE' })],
    ['getOverview', (b) => run(b, 'getOverview')],
    ['runChecks', (b) => run(b, 'runChecks')],
    ['computeBalances', (b) => run(b, 'computeBalances')],
    ['generateJournal', (b) => run(b, 'generateJournal', '2026-W10')],
    ['setupBook', (b) => run(b, 'setupBook')],
    ['goToCell', (b) => run(b, 'goToCell', 'Kas', 2, 1)],
    ['setLanguage', (b) => run(b, 'setLanguage', 'en')],
    ['generateMemberCard', (b) => run(b, 'generateMemberCard', 'A001')],
    ['generateAllMemberCards', (b) => run(b, 'generateAllMemberCards')],
    ['computeShu', (b) => run(b, 'computeShu', 2026)],
    ['generatePlan', (b) => run(b, 'generatePlan', 2026)],
    ['generateSaprodi', (b) => run(b, 'generateSaprodi', 'MT 5 2026')],
    ['getProblems', (b) => run(b, 'getProblems', 0)],
    ['getLoansAtRisk', (b) => run(b, 'getLoansAtRisk', 0)],
    ['getMessages', (b) => run(b, 'getMessages', 0)],
    ['getMembers', (b) => run(b, 'getMembers', 0, 'Siti')],
    [
      'applyFix',
      (b) => {
        // The fix is looked up without counting, then applied: last, since it changes the book.
        const view = ok(run<ApiResponse<Overview>>(b, 'getOverview'));
        const fixable = view.problems.items.find((p) => p.fix);
        if (!fixable) throw new Error('no problem with a fix in the book');
        b.world.log.reset();
        ok(run<Action>(b, 'applyFix', fixRequest(fixable)));
      },
    ],
  ];

  it('are the same at 100 and at 10,000 rows for every action', () => {
    const counts = [100, 10_000].map((n) => {
      const book = bigBook(n);
      return Object.fromEntries(
        actions.map(([name, act]) => {
          book.world.log.reset();
          act(book);
          return [name, book.world.log.byMethod()];
        }),
      );
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.runChecks!['Range.setValues']).toBe(1);
    expect(counts[0]!.computeBalances!['Range.setValues']).toBe(2);
    expect(counts[0]!.generateJournal!['Range.setValues']).toBe(1);
    expect(counts[0]!.generatePlan!['Range.setValues']).toBe(1);
    expect(counts[0]!.generateSaprodi!['Range.setValues']).toBe(1);
    expect(counts[0]!.getOverview!['Range.getValues']).toBe(inputTabs.length);
    // A fix reads each input tab once (the view after it is checked from those cells) and writes one cell.
    expect(counts[0]!.applyFix!['Range.getValues']).toBe(inputTabs.length);
    expect(counts[0]!.applyFix!['Range.setValue']).toBe(1);
    for (const name of ['getProblems', 'getLoansAtRisk', 'getMessages']) {
      expect(counts[0]![name]!['Range.getValues']).toBe(inputTabs.length);
    }
    // Searching members reads Anggota and nothing else.
    expect(counts[0]!.getMembers!['Range.getValues']).toBe(1);
    for (const name of ['generateMemberCard', 'generateAllMemberCards', 'computeShu']) {
      expect(counts[0]![name]!['Range.setValues']).toBe(1);
      expect(counts[0]![name]!['Range.getValues']).toBe(inputTabs.length);
    }
  });

  /** Every item of the menu, as an action. */
  const menuActions = allMenuItems.map(({ handler }): [string, (book: GasBook) => void] => [
    handler,
    (b) => b.gas[handler]!(),
  ]);

  it('are the same with 5 and with 60 tabs (a year of journals and notes) for every action', () => {
    const counts = [0, 55].map((extra) => {
      const book = bigBook(100);
      for (let i = 0; i < extra; i += 1) book.world.addSheet(`Jurnal lama ${i + 1}`, [['catatan']]);
      return Object.fromEntries(
        [...actions, ...menuActions].map(([name, act]) => {
          book.world.log.reset();
          act(book);
          return [name, book.world.log.byMethod()];
        }),
      );
    });
    expect(counts[1]).toEqual(counts[0]);
    expect(counts[0]!.getOverview!['Sheet.getName'] ?? 0).toBeLessThanOrEqual(inputTabs.length);
    for (const [name] of [...actions, ...menuActions])
      expect([name, counts[1]![name]!['Spreadsheet.getSheets']]).toEqual([name, undefined]);
  });

  /**
   * The calls of each action on a book lacking two input tabs, with `extra` tabs of the user's own;
   * Siapkan Buku last (it makes the book whole), then again.
   */
  function lackingCounts(extra: number): Record<string, Record<string, number>> {
    const book = bigBook(100, ['Perubahan Pinjaman', 'Daftar Hadir']);
    for (let i = 0; i < extra; i += 1) book.world.addSheet(`Jurnal lama ${i + 1}`, [['catatan']]);
    const all: [string, (book: GasBook) => void][] = [
      ...actions.filter(([name]) => name !== 'setupBook'),
      // The menu's items too (Siapkan Buku is the one below).
      ...menuActions.filter(([name]) => name !== 'menuSetupBook'),
      [
        'setupBook',
        (b) =>
          expect(ok(run<Action>(b, 'setupBook')).tabs).toEqual([
            'Perubahan Pinjaman',
            'Daftar Hadir',
            'Pengaturan',
          ]),
      ],
      ['setupBook again', (b) => expect(ok(run<Action>(b, 'setupBook')).tabs).toEqual([])],
    ];
    return Object.fromEntries(
      all.map(([name, act]) => {
        book.world.log.reset();
        act(book);
        return [name, book.world.log.byMethod()];
      }),
    );
  }

  it('with input tabs missing: the first click lists the tabs, one getSheets and one getName per tab, and the clicks after it do not', () => {
    // A missing tab may be there spelt otherwise (docs/book.md §1), and only the names can tell: the
    // first click that needs it asks every tab's name. It keeps those that stand for input tabs in the
    // document's properties; the clicks after it look each up by name instead, while the book holds as
    // many tabs (those the add-on made counted) and for ten minutes. Siapkan Buku lists them afresh.
    const [few, many] = [1, 55].map(lackingCounts);
    const withoutNames = (c: Record<string, number>) => ({ ...c, 'Sheet.getName': 0 });
    for (const name of Object.keys(few!)) {
      const listed = ['getOverview', 'setupBook'].includes(name) ? 1 : 0;
      expect([name, few![name]!['Spreadsheet.getSheets'] ?? 0]).toEqual([name, listed]);
      expect([name, withoutNames(many![name]!)]).toEqual([name, withoutNames(few![name]!)]);
      const names = (c: Record<string, number>) => c['Sheet.getName'] ?? 0;
      expect([name, names(many![name]!) - names(few![name]!)]).toEqual([name, 54 * listed]);
    }
    // Siapkan Buku on a whole book reads each input tab once, those it looked at for the plan too.
    expect(many!['setupBook again']!['Range.getValues']).toBe(inputTabs.length);
    // Before anything is generated and without tabs of the user's own, every tab is found by its name.
    expect(lackingCounts(0).getOverview!['Spreadsheet.getSheets']).toBeUndefined();
  });

  it('the names kept across clicks: a tab a person adds, renames or deletes is seen at the next click', () => {
    const book = bigBook(100, ['Daftar Hadir']);
    for (let i = 0; i < 20; i += 1) book.world.addSheet(`Jurnal lama ${i + 1}`, [['catatan']]);
    const missing = () => ok(run<ApiResponse<Overview>>(book, 'getOverview')).missingTabs;
    const listings = () => book.world.log.count('Spreadsheet.getSheets');
    book.world.log.reset();
    expect(missing()).toEqual(['Daftar Hadir']);
    expect(listings()).toBe(1);
    // Kept in the document's properties, where every user of the book finds them.
    expect([...book.world.documentProperties.keys()]).toEqual(['bukuKelompok.listedTabs']);
    book.world.log.reset();
    expect(missing()).toEqual(['Daftar Hadir']);
    expect(listings()).toBe(0);
    // A tab added, spelt otherwise: one tab more, so the tabs are listed again.
    book.world.addSheet('DAFTAR-hadir', [['ID Anggota', 'Nama']]);
    book.world.log.reset();
    expect(missing()).toEqual([]);
    expect(listings()).toBe(1);
    // A tab it kept, renamed to a name that stands for nothing: looked up, gone, listed again.
    book.world.sheet('DAFTAR-hadir')!.setName('Hadir lama');
    book.world.log.reset();
    expect(missing()).toEqual(['Daftar Hadir']);
    expect(listings()).toBe(1);
    // A tab of the person's own deleted: one tab fewer, listed again.
    book.world.removeSheet('Jurnal lama 5');
    book.world.log.reset();
    expect(missing()).toEqual(['Daftar Hadir']);
    expect(listings()).toBe(1);
    // The blind spot: renamed back, as many tabs as before and every kept name still there. The
    // clicks between do not see it; Siapkan Buku lists afresh and makes no second Daftar Hadir.
    book.world.sheet('Hadir lama')!.setName('daftar_hadir');
    expect(missing()).toEqual(['Daftar Hadir']);
    book.world.log.reset();
    expect(ok(run<Action>(book, 'setupBook')).tabs).not.toContain('Daftar Hadir');
    expect(listings()).toBe(1);
    expect(book.world.sheets.filter((t) => /hadir/i.test(t.name)).map((t) => t.name)).toEqual([
      'daftar_hadir',
    ]);
    expect(missing()).toEqual([]);
  });

  it('a tab spelt otherwise is still found among 60 tabs, and Siapkan Buku does not make it again', () => {
    const book = bigBook(100);
    for (let i = 0; i < 51; i += 1) book.world.addSheet(`Jurnal lama ${i + 1}`, [['catatan']]);
    book.world.sheet('Kas')!.setName('buku-KAS');
    book.world.sheet('Daftar Hadir')!.setName('DAFTAR  hadir ');
    book.world.sheet('Anggota')!.setName('Daftar_Anggota');
    expect(book.world.sheets).toHaveLength(60);
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    expect(view.missingTabs).toEqual([]);
    expect(view.problems.items.find((p) => p.code === 'value.money.text')).toMatchObject({ tab: 'buku-KAS' });
    expect(ok(run<ApiResponse<Page<MemberOption>>>(book, 'getMembers', 0, 'Siti')).items).toHaveLength(1);
    book.world.log.reset();
    // Pengaturan gains the keys it lacks; no tab is made.
    expect(ok(run<Action>(book, 'setupBook')).tabs).toEqual(['Pengaturan']);
    expect(book.world.log.count('Spreadsheet.getSheets')).toBe(1);
    expect(book.world.log.count('Spreadsheet.insertSheet')).toBe(0);
  });
});

describe('the plan and farm inputs from the demo book', () => {
  it('writes RUK <year> and Saprodi <season> with the RDKK, from the API and the menu', () => {
    const book = gasBook();
    fillDemo(book);
    const plan = ok(run<Action>(book, 'generatePlan'));
    const year = book.today.slice(0, 4);
    expect(plan.tabs).toEqual([`RUK ${year}`]);
    expect(plan.message.id).toMatch(
      new RegExp(`^Tab RUK ${year} ditulis: \\d+ baris rencana, \\d+ terlaksana`),
    );
    const ruk = book.world.sheet(`RUK ${year}`)!;
    expect(ruk.metadata.map((m) => m.key)).toContain(GENERATED_MARKER);
    expect(ruk.values()[0]?.[0]).toBe(`RENCANA USAHA KELOMPOK (RUK) ${year}`);

    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    expect(view.seasons).toHaveLength(2);
    const latest = view.seasons[0]!;
    const saprodi = ok(run<Action>(book, 'generateSaprodi', latest));
    expect(saprodi.tabs).toEqual([`Saprodi ${latest}`]);
    const cells = book.world.sheet(`Saprodi ${latest}`)!.values().flat();
    // The RDKK shows the NIK in full, as text: a member's 16 digits.
    expect(cells.some((c) => typeof c === 'string' && /^3205\d{12}$/.test(c))).toBe(true);

    book.gas.menuSaprodiLatest!();
    expect(book.world.alerts.at(-1)).toContain(`Tab Saprodi ${latest} ditulis`);
    book.gas.menuPlanThisYear!();
    expect(book.world.alerts.at(-1)).toContain(`Tab RUK ${year} ditulis`);
  });

  it('Saprodi <season> as of today: rows not received in full and planted later are not yet due', () => {
    const book = gasBook();
    const day = (n: number) => book.world.typedDate(addDays(book.today, n));
    addTaniJaya(book);
    book.world.addSheet('Kas', [
      ['Tanggal', 'No Bukti', 'Uraian', 'Kategori', 'ID Anggota', 'ID Pinjaman', 'Masuk', 'Keluar'],
    ]);
    book.world.addSheet('Pinjaman', [
      ['ID Pinjaman', 'ID Anggota', 'Tanggal Cair', 'Pokok', 'Jasa % per Bulan', 'Jumlah Angsuran'],
    ]);
    book.world.addSheet('Kegiatan', [['Tanggal', 'Jenis Kegiatan', 'Uraian']]);
    book.world.addSheet('Saprodi', [
      ['Musim Tanam', 'ID Anggota', 'Komoditas', 'Luas Tanam (ha)', 'Jenis', 'Rencana (kg)', 'Diterima (kg)', 'Tanggal Terima', 'Tanggal Tanam'],
      // Received in full, planted in ten days: judged, right.
      ['MT Hujan', 'A001', 'Padi', 0.5, 'Urea', 100, 100, day(-5), day(10)],
      // Nothing yet, planted in ten days: not yet due.
      ['MT Hujan', 'A001', 'Padi', 0.5, 'NPK', 100, '', '', day(10)],
      // 50 of 100 kg, planted in ten days: not yet due.
      ['MT Hujan', 'A002', 'Padi', 0.5, 'Urea', 100, 50, day(-5), day(10)],
      // Nothing, no planting date: not right amount nor time, as before.
      ['MT Hujan', 'A002', 'Padi', 0.5, 'NPK', 100, '', '', ''],
      // Nothing, planted yesterday: due, and not right.
      ['MT Hujan', 'A002', 'Padi', 0.5, 'Organik', 100, '', '', day(-1)],
    ]); // prettier-ignore
    const saprodi = ok(run<Action>(book, 'generateSaprodi', 'MT Hujan'));
    expect(saprodi.message).toEqual({
      id: 'Tab Saprodi MT Hujan ditulis: 5 baris, 1 tepat orang, jumlah dan waktu, 2 belum waktunya; RDKK 2 anggota.',
      en: 'Tab Saprodi MT Hujan written: 5 rows, 1 right on person, amount and time, 2 not yet due; RDKK of 2 members.',
    });
    const values = book.world.sheet('Saprodi MT Hujan')!.values();
    const judged = (kind: string, id: string) =>
      values.find((r) => r[1] === id && r[5] === kind)!.slice(10, 13);
    expect(judged('Urea', 'A001')).toEqual(['Ya', 'Ya', 'Ya']);
    expect(judged('NPK', 'A001')).toEqual(['Ya', 'Belum waktunya', 'Belum waktunya']);
    expect(judged('Urea', 'A002')).toEqual(['Ya', 'Belum waktunya', 'Belum waktunya']);
    expect(judged('NPK', 'A002')).toEqual(['Ya', 'Tidak', 'Tidak']);
    expect(judged('Organik', 'A002')).toEqual(['Ya', 'Tidak', 'Tidak']);
    // The person over the five rows; amount, time and all three over the three rows due.
    const shares = (label: string) => values.find((r) => r[1] === label)!.slice(3, 5);
    expect(shares('Tepat orang')).toEqual(['5 / 5', 1]);
    expect(shares('Tepat jumlah')).toEqual(['1 / 3', 1 / 3]);
    expect(shares('Tepat waktu')).toEqual(['1 / 3', 1 / 3]);
    expect(shares('Tepat ketiganya')).toEqual(['1 / 3', 1 / 3]);
    expect(values.find((r) => r[1] === 'Belum waktunya')!.slice(3, 6)).toEqual([
      2,
      '',
      'belum diterima penuh dan Tanggal Tanam sesudah tanggal laporan: belum dihitung pada tepat jumlah, waktu dan ketiganya',
    ]);
  });

  it('refuses an unknown season and a year that is not one, saying which seasons there are', () => {
    const book = gasBook();
    fillDemo(book);
    const season = failure(run<Action>(book, 'generateSaprodi', 'MT IX 1999'));
    expect(season.code).toBe('season.unknown');
    expect(season.message.id).toContain('Musim tanam "MT IX 1999" tidak ada di tab Saprodi. Yang ada: MT I');
    expect(failure(run<Action>(book, 'generatePlan', 26)).code).toBe('year.invalid');
  });

  it('shows the last meeting rate and the members to visit among the cards, each with its definition', () => {
    const book = gasBook();
    fillDemo(book);
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    const card = (key: string) => view.cards.find((c) => c.key === key)!;
    expect(card('lastMeetingRate').value).toBeGreaterThan(0.5);
    expect(card('lastMeetingRate').definition.id).toMatch(
      /^Pertemuan \d{2}\/\d{2}\/\d{4} di Daftar Hadir: \d+ hadir \(H \+ W\) ÷ \d+ anggota aktif hari itu$/,
    );
    expect(card('membersToVisit')).toMatchObject({ value: 2, unit: 'count' });
    expect(card('membersToVisit').definition.en).toBe(
      'Active members absent (A or blank) at each of their last 3 meetings',
    );
  });
});

describe('failures the user can act on: a clear message, never a stack trace', () => {
  it('a same-named user tab survives untouched and nothing else is written', () => {
    const book = gasBook();
    fillDemo(book);
    const mine = book.world.addSheet('Simpanan', [['Catatan simpanan saya'], [150000]]);
    const error = failure(run<Action>(book, 'computeBalances'));
    expect(error.code).toBe('tab.notGenerated');
    expect(error.message.id).toContain('"Simpanan"');
    expect(error.message.en).toContain('Rename');
    expect(mine.values()).toEqual([['Catatan simpanan saya'], [150000]]);
    expect(book.world.sheet('Saldo Pinjaman')).toBeUndefined();
    book.gas.menuComputeBalances!();
    expect(book.world.alerts[0]).toContain('Simpanan');
  });

  it('a same-named user tab spelt in other letters is named as it is spelt', () => {
    const book = gasBook();
    fillDemo(book);
    book.world.addSheet('simpanan', [['catatan']]);
    const error = failure(run<Action>(book, 'computeBalances'));
    expect(error.code).toBe('tab.notGenerated');
    expect(error.message.id).toMatch(/^Tab "simpanan" sudah ada .* \(mis\. "simpanan lama"\)/);
  });

  it('every member’s card with no member active on the date is refused, the old cards kept', () => {
    const book = gasBook();
    fillDemo(book);
    ok(run<Action>(book, 'generateAllMemberCards'));
    const before = book.world.sheet('Kartu Anggota')!.values();
    expect(failure(run<Action>(book, 'generateAllMemberCards', '1990-01-01'))).toEqual({
      code: 'member.noneActive',
      message: {
        id: 'Tidak ada anggota aktif pada 01/01/1990: Kartu Anggota tidak ditulis; tidak ada yang diubah.',
        en: 'No member is active on 01/01/1990: Kartu Anggota was not written; nothing was changed.',
      },
    });
    expect(book.world.sheet('Kartu Anggota')!.values()).toEqual(before);
  });

  it('lock timeout: a clear message and nothing written', () => {
    const book = gasBook();
    fillDemo(book);
    book.world.lockHeldElsewhere = true;
    const before = snapshot(book.world);
    book.world.log.reset();
    for (const name of ['runChecks', 'computeBalances', 'setupBook']) {
      const error = failure(run<Action>(book, name));
      expect(error.code).toBe('lock.timeout');
      expect(error.message.id).toContain('coba lagi');
    }
    const request = {
      problemId: 'x',
      tab: 'Kas',
      row: 2,
      col: 2,
      column: 'No Bukti',
      fix: { value: 1, was: '1', label: { id: 'a', en: 'a' }, rowKey: { digest: 'x' } },
    };
    expect(failure(run<Action>(book, 'applyFix', request)).code).toBe('lock.timeout');
    expect(snapshot(book.world)).toEqual(before);
    expect(writeCalls(book.world)).toEqual([]);
  });

  it('no edit rights: reads work, writes say so', () => {
    const book = gasBook();
    fillDemo(book);
    book.world.readOnly = true;
    expect(run<ApiResponse<Overview>>(book, 'getOverview').ok).toBe(true);
    const error = failure(run<Action>(book, 'runChecks'));
    expect(error.code).toBe('permission.denied');
    expect(error.message.id).toContain('izin');
    expect(book.world.sheet('Pemeriksaan')).toBeUndefined();
    book.world.sheets.splice(book.world.sheets.indexOf(book.world.sheet('Kegiatan')!), 1);
    book.gas.menuSetupBook!();
    expect(book.world.alerts[0]).toContain('Anda tidak punya izin');
    expect(book.world.sheet('Kegiatan')).toBeUndefined();
  });

  it('an empty book: the overview lists the missing tabs, actions say to set it up', () => {
    const book = gasBook();
    book.world.addSheet('Sheet1');
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    expect(view.missingTabs).toEqual(inputTabs.map((t) => t.name));
    for (const name of ['runChecks', 'computeBalances']) {
      expect(failure(run<Action>(book, name)).code).toBe('book.noTabs');
    }
    book.gas.menuJournalThisWeek!();
    expect(book.world.alerts[0]).toContain('Jalankan Siapkan Buku');
  });

  it('a missing tab and a renamed header are problems in the overview, not errors', () => {
    const book = gasBook();
    fillDemo(book);
    book.world.sheets.splice(book.world.sheets.indexOf(book.world.sheet('Kegiatan')!), 1);
    const anggota = book.world.sheet('Anggota')!;
    anggota.put(1, anggota.values()[0]!.indexOf('Nama') + 1, { value: 'Nama Anggotanya' });
    const view = ok(run<ApiResponse<Overview>>(book, 'getOverview'));
    expect(view.missingTabs).toEqual(['Kegiatan']);
    expect(view.problems.byTab.some((t) => t.tab === 'Anggota' && t.counts.error > 0)).toBe(true);
    expect(ok(run<Action>(book, 'runChecks')).tabs).toEqual(['Pemeriksaan']);
  });

  it('the sidebar missing from the installation is said plainly', () => {
    const book = gasBook();
    (book.world as unknown as { htmlFiles: object }).htmlFiles = {};
    book.gas.menuOpenSidebar!();
    expect(book.world.sidebars).toEqual([]);
    expect(book.world.alerts).toEqual([
      'Panel tidak ditemukan dalam pemasangan add-on. Pasang ulang add-on.\n\n(The panel is missing from the add-on installation. Reinstall the add-on.)',
    ]);
  });

  it('a panel Apps Script refuses to show is said as what it is, not as a missing installation', () => {
    const book = gasBook();
    book.world.failOn(
      'Ui.showSidebar',
      1,
      'Exception: You do not have permission to call Ui.showSidebar. Required permissions: https://www.googleapis.com/auth/script.container.ui',
    );
    book.gas.menuOpenSidebar!();
    expect(book.world.sidebars).toEqual([]);
    expect(book.world.alerts).toEqual([
      'Add-on ini belum diizinkan memakai spreadsheet ini. Buka lagi menu Ekstensi › Buku Kelompok, izinkan saat diminta, lalu coba lagi; tidak ada yang diubah.\n\n(The add-on is not yet allowed to use this spreadsheet. Open Extensions › Buku Kelompok again, allow it when asked, then try again; nothing was changed.)',
    ]);
    book.world.failOn('Ui.showSidebar', 1, 'Exception: Service unavailable');
    book.gas.menuOpenSidebar!();
    expect(book.world.alerts[1]).toContain('Terjadi kesalahan yang tidak terduga');
    // Shown at the third try.
    book.gas.menuOpenSidebar!();
    expect(book.world.sidebars).toHaveLength(1);
  });

  it('an unexpected failure is `internal` with a plain message; the details only reach the log', () => {
    const book = gasBook();
    fillDemo(book);
    (book.world.sheet('Anggota') as unknown as { getDataRange: () => never }).getDataRange = () => {
      throw new TypeError('Cannot read properties of undefined (reading "x") at Code.js:1:2345');
    };
    const error = failure(run(book, 'getOverview'));
    expect(error.code).toBe('internal');
    expect(JSON.stringify(error)).not.toContain('Code.js');
    expect(book.logged).toHaveLength(1);
  });
});

describe('the grid while a generated tab is written', () => {
  it('never holds more cells than the new tab needs on 1000 rows, or at its final width: the columns are fitted first', () => {
    const book = gasBook();
    fillDemo(book);
    const before = book.world.cellCount();
    book.world.peakCells = before;
    const response = run<ApiResponse<unknown>>(book, 'generateAllMemberCards');
    expect(response.ok).toBe(true);
    const cards = book.world.sheet('Kartu Anggota')!;
    const [rows, cols] = [cards.maxRows, cards.maxColumns];
    expect(rows).toBeGreaterThan(1000);
    // The temporary tab as inserted (1000 × 26), at most; or its rows added once it is `cols` wide.
    // Rows first, then columns, took it to (1000 + rows) × (26 + cols).
    expect(book.world.peakCells - before).toBeLessThanOrEqual(
      Math.max(1000 * (26 + cols), (1000 + rows) * cols),
    );
    expect(book.world.cellCount()).toBe(before + rows * cols);
  });

  it('is refused past 10 million cells, as Sheets refuses it: the old tabs stay, nothing is left half-made', () => {
    const book = gasBook();
    fillDemo(book);
    const before = book.world.sheets.map((s) => s.name);
    // A tab of the user's own that leaves the book just short of the limit.
    const filler = book.world.addSheet('Arsip');
    filler.maxRows = Math.floor((FakeWorld.CELL_LIMIT - book.world.cellCount()) / filler.maxColumns) - 10;
    const error = failure(run<ApiResponse<unknown>>(book, 'generateAllMemberCards'));
    expect(error).toEqual({
      code: 'sheet.cellLimit',
      message: {
        id: 'Spreadsheet ini sudah mencapai batas Google Sheets, 10 juta sel (sel kosong ikut dihitung): tab baru tidak muat. Hapus tab yang tidak dipakai lagi, atau baris dan kolom kosong, lalu coba lagi; tidak ada yang diubah.',
        en: "This spreadsheet has reached Google Sheets' limit of 10 million cells (empty cells count too): the new tab does not fit. Delete tabs no longer used, or empty rows and columns, and try again; nothing was changed.",
      },
    });
    expect(book.world.sheets.map((s) => s.name)).toEqual([...before, 'Arsip']);
  });
});
