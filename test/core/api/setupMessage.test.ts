// What Siapkan Buku says: the tabs it created and the next step the book as it stands asks for.
import { setupMessage } from '../../../src/core/api/setupMessage';
import { bookOf, cash, member } from '../bookBuilder';
import { createApi } from '../../../src/core/api/createApi';
import { settingsTab } from '../../../src/core/book/schema';
import { LocalHost } from '../../../src/local/localHost';
import { XlsxWorkbook } from '../../../src/local/xlsxWorkbook';

describe('setupMessage', () => {
  it('asks for the group name and the members of a new book', () => {
    const book = bookOf({ settings: { groupName: '' } });
    expect(setupMessage(['Pengaturan', 'Anggota', 'Kas', 'Pinjaman', 'Kegiatan'], book)).toEqual({
      id: 'Tab dibuat: Pengaturan, Anggota, Kas, Pinjaman, Kegiatan. Berikutnya: isi Nama Kelompok di tab Pengaturan, lalu isi data anggota di tab Anggota.',
      en: 'Tabs created: Pengaturan, Anggota, Kas, Pinjaman, Kegiatan. Next: fill in Nama Kelompok in the Pengaturan tab, then enter the members in the Anggota tab.',
    });
  });

  it('does not ask for a group name Pengaturan already holds', () => {
    const book = bookOf({});
    expect(setupMessage(['Anggota', 'Kas'], book)).toEqual({
      id: 'Tab dibuat: Anggota, Kas. Berikutnya: isi data anggota di tab Anggota.',
      en: 'Tabs created: Anggota, Kas. Next: enter the members in the Anggota tab.',
    });
  });

  it('names the tabs as the user named them', () => {
    const book = {
      ...bookOf({ settings: { groupName: '' } }),
      tabNames: { settings: 'Settings', members: 'Members' },
    };
    expect(setupMessage(['Kas'], book).id).toBe(
      'Tab dibuat: Kas. Berikutnya: isi Nama Kelompok di tab Settings, lalu isi data anggota di tab Members.',
    );
  });

  it('asks first for the headers of a Pengaturan or Anggota whose header row was not found (found by an audit)', () => {
    const book = { ...bookOf({ settings: { groupName: '' } }), tabNames: { members: 'Daftar Anggota' } };
    expect(setupMessage(['Kas'], book, undefined, ['Pengaturan', 'Anggota'])).toEqual({
      id: 'Tab dibuat: Kas. Berikutnya: perbaiki baris judul kolom tab Pengaturan (Periksa Data menunjukkan yang kurang), lalu perbaiki baris judul kolom tab Daftar Anggota (Periksa Data menunjukkan yang kurang).',
      en: 'Tabs created: Kas. Next: fix the column headers of the Pengaturan tab (Periksa Data shows what is missing), then fix the column headers of the Daftar Anggota tab (Periksa Data shows what is missing).',
    });
  });

  it('sends a book with its group name and members to Periksa Data', () => {
    const book = bookOf({ members: [member('A001', 'Slamet')] });
    expect(setupMessage(['Kas', 'Pinjaman', 'Kegiatan'], book)).toEqual({
      id: 'Tab dibuat: Kas, Pinjaman, Kegiatan. Berikutnya: jalankan Periksa Data.',
      en: 'Tabs created: Kas, Pinjaman, Kegiatan. Next: run Periksa Data (Check Data).',
    });
  });

  it('says nothing was changed when every tab is there, and still gives the next step', () => {
    expect(setupMessage([], bookOf({ settings: { groupName: '' } }))).toEqual({
      id: 'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: isi Nama Kelompok di tab Pengaturan, lalu isi data anggota di tab Anggota.',
      en: 'Every tab is already there; nothing was changed. Next: fill in Nama Kelompok in the Pengaturan tab, then enter the members in the Anggota tab.',
    });
    expect(setupMessage([], bookOf({ members: [member('A001', 'Slamet')] })).id).toBe(
      'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: jalankan Periksa Data.',
    );
  });

  it('says a dropdown the user made was left alone: what a list lacks, and a rule of another kind not checked', () => {
    const book = bookOf({ members: [member('A001', 'Slamet')] });
    const own = (lacking: readonly string[] | undefined) =>
      setupMessage([], book, {
        additions: { rows: [], dropdowns: [] },
        widened: [],
        ownRules: [{ tab: 'Pinjaman', header: 'Frekuensi', lacking }],
      });
    expect(own(['Mingguan', 'Musiman'])).toEqual({
      id: 'Semua tab sudah ada; tidak ada yang diubah. Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah, Mingguan, Musiman tidak ditambahkan. Berikutnya: jalankan Periksa Data.',
      en: 'Every tab is already there; nothing was changed. Frekuensi in Pinjaman has its own validation rule: left as it is, Mingguan, Musiman not added. Next: run Periksa Data (Check Data).',
    });
    expect(own(undefined)).toEqual({
      id: 'Semua tab sudah ada; tidak ada yang diubah. Frekuensi di Pinjaman memakai aturan isian sendiri: tidak diubah dan tidak diperiksa. Berikutnya: jalankan Periksa Data.',
      en: 'Every tab is already there; nothing was changed. Frekuensi in Pinjaman has its own validation rule: left as it is and not checked. Next: run Periksa Data (Check Data).',
    });
  });

  it('asks for the late fine before the checks when Kas holds fines paid on loans and none is set', () => {
    const fine = cash('2026-03-10', 'Denda', { in: 10_000 }, { memberId: 'A001', loanId: 'P001' });
    const members = [member('A001', 'Slamet')];
    expect(setupMessage([], bookOf({ members, cash: [fine] }))).toEqual({
      id: 'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: isi Denda Keterlambatan dan Masa Tenggang Denda di tab Pengaturan, lalu jalankan Periksa Data.',
      en: 'Every tab is already there; nothing was changed. Next: fill in Denda Keterlambatan and Masa Tenggang Denda in the Pengaturan tab, then run Periksa Data (Check Data).',
    });
    // After the group name and the members, under the name the user gave the tab.
    const unnamed = {
      ...bookOf({ settings: { groupName: '' }, cash: [fine] }),
      tabNames: { settings: 'Settings' },
    };
    expect(setupMessage([], unnamed).en).toBe(
      'Every tab is already there; nothing was changed. Next: fill in Nama Kelompok in the Settings tab, then enter the members in the Anggota tab, then fill in Denda Keterlambatan and Masa Tenggang Denda in the Settings tab.',
    );
    // A fine set, or a fine naming no loan (the checks weigh only fines on loans): straight to the checks.
    const checks = 'Semua tab sudah ada; tidak ada yang diubah. Berikutnya: jalankan Periksa Data.';
    expect(setupMessage([], bookOf({ members, cash: [fine], settings: { lateFine: 5000 } })).id).toBe(checks);
    const meeting = cash('2026-03-10', 'Denda', { in: 5000 }, { memberId: 'A001' });
    expect(setupMessage([], bookOf({ members, cash: [meeting] })).id).toBe(checks);
  });
});

describe('Siapkan Buku through the API on a Pengaturan typed without its headers', () => {
  it('asks for the headers, not for the group name the tab holds', () => {
    const wb = XlsxWorkbook.create();
    // `Nama Kelompok | KT Makmur` typed from A1, no `Kunci`/`Nilai` header above it.
    wb.writeInputGrid(settingsTab, 'Pengaturan', [['Nama Kelompok', 'KT Makmur']], 1);
    const api = createApi(new LocalHost(wb, { today: '2026-12-04', clock: () => new Date(0) }));
    const res = api.setupBook();
    if (!res.ok) throw new Error(res.error.code);
    expect(res.data.message.id).toContain(
      'Berikutnya: perbaiki baris judul kolom tab Pengaturan (Periksa Data menunjukkan yang kurang), lalu isi data anggota di tab Anggota.',
    );
    expect(wb.readTab('Pengaturan')).toEqual([['Nama Kelompok', 'KT Makmur']]);
  });
});
