// The member card and the SHU tab through both doors: the demo book typed into the fake Sheets and
// written as .xlsx give the same `Kartu Anggota` and `SHU <year>` cells, and the card's figures are
// those of `balances` (the credit engine) and `Simpanan` (the savings) on the same date.
import { createApi } from '../../src/core/api/createApi';
import type { ActionResult, ApiResponse } from '../../src/core/api/types';
import { reviewBook } from '../../src/core/reviewBook';
import { creditReport } from '../../src/core/credit/creditReport';
import { demoBook } from '../../src/core/demo/demoBook';
import { formatLongDate } from '../../src/core/isoDate';
import { memberSavings } from '../../src/core/savings/memberSavings';
import type { Workbook } from '../../src/core/workbook';
import { SheetsWorkbook } from '../../src/gas/sheetsWorkbook';
import { zoneDates } from '../../src/gas/zoneDates';
import { LocalHost } from '../../src/local/localHost';
import { XlsxWorkbook } from '../../src/local/xlsxWorkbook';
import { ZipPackage } from '../../src/local/zipPackage';
import { typeIntoSheets } from './typeIntoSheets';
import { fakeServices, formatDate } from '../gas/fakeSpreadsheetApp';
import { demoBytes } from '../local/demoBytes';

const TODAY = '2026-11-28';
const clock = () => new Date('2026-11-28T03:00:00Z');

function viaSheets(): Workbook {
  const fake = fakeServices({ timeZone: 'Asia/Jakarta' });
  typeIntoSheets(fake.world, demoBook(TODAY).tabs);
  const app = fake.globals.SpreadsheetApp;
  return new SheetsWorkbook(app.getActiveSpreadsheet(), app, zoneDates('Asia/Jakarta', formatDate));
}

function ok(response: ApiResponse<ActionResult>): ActionResult {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message.en}`);
  return response.data;
}

describe('Kartu Anggota and SHU through both adapters', () => {
  let sheets: Workbook;
  let xlsx: XlsxWorkbook;
  beforeAll(async () => {
    sheets = viaSheets();
    // Through a saved file, as a group's book reaches the command line.
    xlsx = await XlsxWorkbook.fromBuffer(await demoBytes(TODAY));
  });
  const api = (w: Workbook) => createApi(new LocalHost(w, { today: TODAY, clock }));

  it('one member: the same cells from both, with the figures of balances and savings', () => {
    expect(ok(api(sheets).generateMemberCard('A004')).tabs).toEqual(['Kartu Anggota']);
    expect(ok(api(xlsx).generateMemberCard('A004')).tabs).toEqual(['Kartu Anggota']);
    const cells = xlsx.readTab('Kartu Anggota');
    expect(cells).toEqual(sheets.readTab('Kartu Anggota'));

    const { book } = reviewBook(xlsx, TODAY);
    const loans = creditReport(book, TODAY).loans.filter((l) => l.memberId === 'A004');
    const saved = memberSavings(book, TODAY).members.find((m) => m.memberId === 'A004')!;
    expect(loans.length).toBeGreaterThan(0);
    const row = (label: string) => cells.filter((r) => typeof r[0] === 'string' && r[0].startsWith(label));
    expect(row('Saldo simpanan').map((r) => r[6])).toEqual([saved.balance]);
    expect(row('Simpanan Wajib').map((r) => r[6])).toEqual([saved.wajib]);
    expect(row('Sisa pokok').map((r) => r[6])).toEqual(loans.map((l) => l.outstandingPrincipal));
    expect(row('Tunggakan').map((r) => r[6])).toEqual(loans.map((l) => l.arrears));
    expect(row('Denda belum dibayar').map((r) => r[6])).toEqual(loans.map((l) => l.finesOwed));
    // The schedule: one row per installment with what was paid toward it.
    const loan = loans[0]!;
    const first = cells.findIndex((r) => r[0] === 'Ke') + 1;
    const schedule = cells.slice(first, first + loan.installments.length);
    expect(schedule.map((r) => [r[0], r[1], r[5]])).toEqual(
      loan.installments.map((i) => [i.no, { date: i.due }, i.paidPrincipal + i.paidJasa]),
    );
    // The NIK is masked: first 4 and last 4 digits.
    const nik = cells.find((r) => r[0] === 'NIK')![2] as string;
    const full = book.members.find((m) => m.id === 'A004')!.nik!;
    expect(nik).toBe(`${full.slice(0, 4)}••••••••${full.slice(-4)}`);
    expect(cells.flat()).not.toContain(full);
    expect(cells.flat().join(' ')).toContain(formatLongDate(TODAY, 'id'));
  });

  it('every active member: one card each from a new page, the same cells from both', async () => {
    const result = ok(api(xlsx).generateAllMemberCards());
    ok(api(sheets).generateAllMemberCards());
    const cells = xlsx.readTab('Kartu Anggota');
    expect(cells).toEqual(sheets.readTab('Kartu Anggota'));
    const { book } = reviewBook(xlsx, TODAY);
    const active = book.members.filter((m) => m.status === 'Aktif' && m.joinDate <= TODAY);
    expect(result.message.id).toBe(
      `Tab Kartu Anggota ditulis: ${active.length} anggota aktif, satu halaman masing-masing.`,
    );
    const titles = cells.map((r, i) => (r[0] === 'KARTU ANGGOTA' ? i + 1 : 0)).filter((r) => r > 0);
    expect(titles).toHaveLength(active.length);
    expect(cells.filter((r) => r[0] === 'ID Anggota').map((r) => r[2])).toEqual(active.map((m) => m.id));
    // A page break above each card but the first, in the file written (the tab is written straight
    // into its sheet part, which holds the breaks: exceljs does not read them back).
    const file = new ZipPackage(await xlsx.toBuffer(), 'kartu', Number.MAX_SAFE_INTEGER);
    const sheet = file.entries.map((e) => file.readText(e)).find((x) => x.includes('<t>KARTU ANGGOTA</t>'))!;
    const breaks = [...sheet.matchAll(/<brk id="(\d+)"/g)].map((m) => Number(m[1]) + 1);
    expect(breaks).toEqual(titles.slice(1));
  });

  it('SHU of the year: the same cells from both, and the same reply, its amount grouped in each language', () => {
    const year = Number(TODAY.slice(0, 4));
    const done = ok(api(xlsx).computeShu(year));
    expect(done.tabs).toEqual([`SHU ${year}`]);
    expect(done.message).toEqual({
      id: 'Tab SHU 2026 ditulis: SHU Rp 511.129 (sementara), 30 anggota.',
      en: 'Tab SHU 2026 written: SHU Rp 511,129 (provisional), 30 members.',
    });
    expect(ok(api(sheets).computeShu(year)).message).toEqual(done.message);
    expect(xlsx.readTab(`SHU ${year}`)).toEqual(sheets.readTab(`SHU ${year}`));
    // The year before: costs beyond income, nothing shared.
    expect(ok(api(xlsx).computeShu(year - 1)).message).toEqual({
      id: 'Tab SHU 2025 ditulis: SHU -Rp 440.000, tidak ada yang dibagi.',
      en: 'Tab SHU 2025 written: SHU -Rp 440,000, nothing is shared.',
    });
  });

  it('SHU of a year not begun yet is refused by both, naming the years it may be, and nothing is written', () => {
    for (const workbook of [viaSheets(), xlsx]) {
      expect(api(workbook).computeShu(2027)).toEqual({
        ok: false,
        error: {
          code: 'year.invalid',
          message: {
            id: 'Tahun "2027" tidak dapat dipakai; tulis tahun empat angka, 2000 sampai 2026.',
            en: 'The year "2027" cannot be used; write a four-digit year, 2000 to 2026.',
          },
        },
      });
      expect(workbook.tabNames()).not.toContain('SHU 2027');
    }
    // The plan of a year to come is still made: only the share-out needs its year begun.
    expect(api(viaSheets()).generatePlan(2101)).toMatchObject({
      ok: false,
      error: { message: { en: 'The year "2101" cannot be used; write a four-digit year, 2000 to 2100.' } },
    });
  });

  it('an unknown member is refused with its ID, and nothing is written', () => {
    const fresh = viaSheets();
    const response = api(fresh).generateMemberCard('A999');
    expect(response).toEqual({
      ok: false,
      error: {
        code: 'member.notFound',
        message: {
          id: 'Anggota dengan ID "A999" tidak ada di tab Anggota. Pilih anggota dari daftar.',
          en: 'No member with the ID "A999" in the Anggota tab. Pick a member from the list.',
        },
      },
    });
    expect(fresh.tabNames()).not.toContain('Kartu Anggota');
    expect(api(fresh).computeShu(1999)).toMatchObject({ ok: false, error: { code: 'year.invalid' } });
  });
});
