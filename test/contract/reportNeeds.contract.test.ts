// A report is never made from a book without a tab it is made of (docs/book.md §4, "Reports need their
// tabs"): the same table (src/core/book/reportTabs.ts) through both doors, Sheets through dist/Code.js
// on the fake and an .xlsx through the command line's API. Refused with the tab named, nothing written,
// the book as it was; a tab the action does not read may be missing.
import ExcelJS from 'exceljs';
import { createApi } from '../../src/core/api/createApi';
import type { ApiResponse } from '../../src/core/api/types';
import { demoBook } from '../../src/core/demo/demoBook';
import { journalWeekOf } from '../../src/core/week/journalWeek';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { fakeServices, formatDate } from '../gas/fakeSpreadsheetApp';
import { loadBundle } from '../gas/loadBundle';
import { withHeaderRenamed, type DemoTab } from '../demoTabs';
import { demoBytes } from '../local/demoBytes';
import { typeIntoSheets } from './typeIntoSheets';

const ZONE = 'Asia/Jakarta';
const today = formatDate(new Date(), ZONE, 'yyyy-MM-dd');
const year = Number(today.slice(0, 4));
// This week, as the sidebar offers it (the demo's week starts on Monday).
const week = journalWeekOf(today, 1).value;

/** An action of the API as the sidebar calls it, and its arguments. */
type Action = readonly [name: string, ...args: unknown[]];
const CARD: Action = ['generateMemberCard', 'A001'];
const ALL_CARDS: Action = ['generateAllMemberCards'];
const SHU: Action = ['computeShu', year - 1];
const BALANCES: Action = ['computeBalances'];
const JOURNAL: Action = ['generateJournal', week];
const PLAN: Action = ['generatePlan'];
const MESSAGES: Action = ['getMessages', 0];
/** The last season written, as the menu's Buat Saprodi Musim Terakhir asks for it. */
const SAPRODI: Action = ['generateSaprodi'];

const notFound = (tab: string) => ({
  code: 'tab.notFound',
  message: {
    id: `Tab "${tab}" tidak ditemukan. Periksa nama tab, atau jalankan Siapkan Buku untuk membuat tab yang belum ada.`,
    en: `The tab "${tab}" was not found. Check the tab's name, or run Siapkan Buku (set up the book) to create missing tabs.`,
  },
});

interface Door {
  readonly run: (action: Action) => ApiResponse<unknown>;
  /** Every tab's name and cells, as a person would see them. */
  readonly state: () => string;
}

/** The demo book's tabs as a person left them: a tab deleted, or a header written another way. */
interface Change {
  /** The demo's tabs, changed, for the fake Sheets. */
  readonly tabs: (tabs: DemoTab[]) => DemoTab[];
  /** The same change made to the .xlsx the command line reads. */
  readonly excel: (excel: ExcelJS.Workbook) => void;
}

const deleting = (tab: string): Change => ({
  tabs: (tabs) => tabs.filter((t) => t.name !== tab),
  excel: (excel) => excel.removeWorksheet(excel.getWorksheet(tab)!.id),
});

/** The demo book, changed, typed into the fake Sheets, with dist/Code.js loaded over it. */
function sheetsDoorOf(change: Change): Door {
  const fake = fakeServices({ timeZone: ZONE });
  typeIntoSheets(fake.world, change.tabs([...demoBook(today).tabs]));
  const gas = loadBundle({ ...fake.globals, console: { error: () => undefined, log: () => undefined } });
  return {
    run: ([name, ...args]) => JSON.parse(JSON.stringify(gas[name]!(...args))) as ApiResponse<unknown>,
    // Every cell's state, whole: values, formats, notes and dropdowns.
    state: () => JSON.stringify(fake.world.sheets.map((s) => [s.name, s.cells])),
  };
}

/** Each changed .xlsx, saved once for the file's tests by the name of its change; each door reads it afresh. */
const changedBytes = new Map<string, Promise<Buffer>>();

async function changedXlsx(change: Change): Promise<Buffer> {
  const excel = new ExcelJS.Workbook();
  await excel.xlsx.load((await demoBytes(today)) as unknown as ExcelJS.Buffer);
  change.excel(excel);
  return Buffer.from(await excel.xlsx.writeBuffer());
}

/** The demo book as an .xlsx, changed as a person would change it and read afresh, through the command line's API. */
async function xlsxDoorOf(name: string, change: Change): Promise<Door> {
  let bytes = changedBytes.get(name);
  if (!bytes) changedBytes.set(name, (bytes = changedXlsx(change)));
  const workbook = await XlsxWorkbook.fromBuffer(await bytes);
  const api = createApi(new LocalHost(workbook, { today, clock: () => new Date() })) as unknown as Record<
    string,
    (...args: unknown[]) => ApiResponse<unknown>
  >;
  return {
    run: ([name, ...args]) => api[name]!(...args),
    state: () => JSON.stringify(workbook.tabNames().map((n) => [n, workbook.readTab(n)])),
  };
}

const sheetsDoor = (without: string) => sheetsDoorOf(deleting(without));
const xlsxDoor = (without: string) => xlsxDoorOf(`without ${without}`, deleting(without));

const doors: readonly [string, (without: string) => Door | Promise<Door>][] = [
  ['Sheets (dist/Code.js)', sheetsDoor],
  ['.xlsx', xlsxDoor],
];

describe.each(doors)('%s: a book without a tab the action reads', (_door, open) => {
  // One book per missing tab for the refusals: each leaves it as it was (which each test checks).
  const refusing = new Map<string, Door | Promise<Door>>();
  const without = (tab: string) => {
    if (!refusing.has(tab)) refusing.set(tab, open(tab));
    return refusing.get(tab)!;
  };

  test.each([
    // Without Kas every loan looks unpaid: arrears, cards and messages for money already paid.
    ['Kas', CARD],
    ['Kas', ALL_CARDS],
    ['Kas', SHU],
    ['Kas', BALANCES],
    ['Kas', JOURNAL],
    ['Kas', MESSAGES],
    ['Anggota', CARD],
    ['Anggota', ALL_CARDS],
    ['Anggota', SHU],
    ['RUK', PLAN],
    // Without Kegiatan every plan row reads as not done; without Kas nothing as spent.
    ['Kegiatan', PLAN],
    ['Kas', PLAN],
    ['Saprodi', SAPRODI],
  ] as const)('without %s, %j is refused with the tab named, and nothing is written', async (tab, action) => {
    const door = await without(tab);
    const before = door.state();
    expect(door.run(action)).toEqual({ ok: false, error: notFound(tab) });
    expect(door.state()).toBe(before);
  });

  test.each([
    // A group without a revolving fund: its journal, and Simpanan beside an empty Saldo Pinjaman.
    ['Pinjaman', JOURNAL, ['Jurnal ']],
    ['Pinjaman', BALANCES, ['Saldo Pinjaman', 'Simpanan']],
    ['Pinjaman', MESSAGES, []],
    ['Pinjaman', CARD, ['Kartu Anggota']],
    // Tabs no report above reads.
    ['RUK', SHU, [`SHU ${year - 1}`]],
    ['Kegiatan', BALANCES, ['Saldo Pinjaman', 'Simpanan']],
    ['Pinjaman', PLAN, [`RUK ${year}`]],
    ['RUK', SAPRODI, ['Saprodi ']],
  ] as const)('without %s, %j is made', async (tab, action, written) => {
    const door = await open(tab);
    const response = door.run(action);
    expect(response.ok).toBe(true);
    const tabs = (response as { data: { tabs?: string[] } }).data.tabs ?? [];
    expect(tabs.map((t, i) => (written[i]?.endsWith(' ') ? `${t.slice(0, written[i]!.length)}` : t))).toEqual(
      written,
    );
  });
});

/** A header a person might write instead (`Pemasukan` is no alias of `Masuk`): Kas's header row is not found. */
const unreadKas = {
  id: 'Judul kolom tab "Kas" tidak ditemukan, jadi isinya tidak terbaca dan laporan ini tidak dibuat (angkanya akan salah). Jalankan Periksa Data untuk melihat kolom yang belum ada, perbaiki judulnya, lalu coba lagi; tidak ada yang diubah.',
  en: 'The header row of the tab "Kas" was not found, so its rows cannot be read and this report was not made (its figures would be wrong). Run Periksa Data (check the data) to see which columns are missing, fix the headers, and try again; nothing was changed.',
};

/** Kas's `Masuk` header written `Pemasukan`, in the fake Sheets and in the .xlsx alike. */
const masukRenamed: Change = {
  tabs: (tabs) => withHeaderRenamed(tabs, 'Kas', 'Masuk', 'Pemasukan'),
  excel: (excel) =>
    excel.getWorksheet('Kas')!.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.value === 'Masuk') cell.value = 'Pemasukan';
      }),
    ),
};

async function unreadKasDoor(door: string): Promise<Door> {
  return door.startsWith('Sheets') ? sheetsDoorOf(masukRenamed) : xlsxDoorOf('Masuk renamed', masukRenamed);
}

describe.each(doors.map(([name]) => name))('%s: a book whose Kas has no header row found', (door) => {
  // One book for the refusals: each leaves it as it was (which each test checks).
  let refusing: Promise<Door>;
  beforeAll(() => {
    refusing = unreadKasDoor(door);
  });

  test.each([CARD, ALL_CARDS, SHU, BALANCES, JOURNAL, MESSAGES, PLAN])(
    '%j is refused as made of a tab not read, and nothing is written',
    async (...action) => {
      const d = await refusing;
      const before = d.state();
      expect(d.run(action as unknown as Action)).toEqual({
        ok: false,
        error: { code: 'tab.unreadable', message: unreadKas },
      });
      expect(d.state()).toBe(before);
    },
  );

  test('the Saprodi report is made, and the overview says Kas is there but not read', async () => {
    const d = await unreadKasDoor(door);
    expect(d.run(SAPRODI).ok).toBe(true);
    const o = d.run(['getOverview']) as ApiResponse<{ missingTabs: string[]; unreadTabs: string[] }>;
    expect(o.ok && [o.data.missingTabs, o.data.unreadTabs]).toEqual([[], ['Kas']]);
  });
});

/**
 * The Saprodi tab there, but no season to report on: its header row not found (`Musim Tanam` written
 * `Musim`, no alias), or every row's `Musim Tanam` left empty. Neither is a tab to set up: the
 * add-on says what is wrong with the tab, in Sheets and in a file alike, and nothing is written.
 */
const saprodiChanges: readonly [string, Change, unknown][] = [
  [
    'whose header row is not found',
    {
      tabs: (tabs) => withHeaderRenamed(tabs, 'Saprodi', 'Musim Tanam', 'Musim'),
      excel: (excel) =>
        excel.getWorksheet('Saprodi')!.eachRow((row) =>
          row.eachCell((cell) => {
            if (cell.value === 'Musim Tanam') cell.value = 'Musim';
          }),
        ),
    },
    {
      code: 'tab.unreadable',
      message: {
        id: 'Judul kolom tab "Saprodi" tidak ditemukan, jadi isinya tidak terbaca dan laporan ini tidak dibuat (angkanya akan salah). Jalankan Periksa Data untuk melihat kolom yang belum ada, perbaiki judulnya, lalu coba lagi; tidak ada yang diubah.',
        en: 'The header row of the tab "Saprodi" was not found, so its rows cannot be read and this report was not made (its figures would be wrong). Run Periksa Data (check the data) to see which columns are missing, fix the headers, and try again; nothing was changed.',
      },
    },
  ],
  [
    'whose rows name no season',
    {
      tabs: (tabs) =>
        tabs.map((t) =>
          t.name === 'Saprodi'
            ? { ...t, grid: t.grid.map((row, r) => (r < t.headerRow ? row : [null, ...row.slice(1)])) }
            : t,
        ),
      excel: (excel) =>
        excel.getWorksheet('Saprodi')!.eachRow((row, r) => {
          if (r > 1) row.getCell(1).value = null;
        }),
    },
    {
      code: 'season.none',
      message: {
        id: 'Tab "Saprodi" tidak punya baris yang lengkap: baris yang ada punya kesalahan (mis. Musim Tanam kosong), jadi tidak ada musim tanam untuk laporan ini; tidak ada yang diubah. Jalankan Periksa Data untuk melihat baris itu di tab Pemeriksaan, perbaiki, lalu coba lagi.',
        en: 'The tab "Saprodi" has no complete row: the rows it has have errors (an empty Musim Tanam, say), so there is no season for this report; nothing was changed. Run Periksa Data (check the data) to see those rows in the Pemeriksaan tab, correct them, and try again.',
      },
    },
  ],
];

describe.each(doors.map(([name]) => name))('%s: a book with a Saprodi tab', (door) => {
  test.each(saprodiChanges)(
    '%s: the Saprodi report is refused as such, and nothing is written',
    async (what, change, error) => {
      const d = door.startsWith('Sheets')
        ? sheetsDoorOf(change)
        : await xlsxDoorOf(`Saprodi ${what}`, change);
      const before = d.state();
      expect(d.run(SAPRODI)).toEqual({ ok: false, error });
      expect(d.state()).toBe(before);
    },
  );
});
