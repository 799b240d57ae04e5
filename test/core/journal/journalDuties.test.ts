import { readBook } from '../../../src/core/book/readBook';
import { planTab, saprodiTab } from '../../../src/core/book/schema';
import { weekSummaryText } from '../../../src/core/messages/readyMessages';
import { journalSheet } from '../../../src/core/generatedTabs/journalSheet';
import { meetingAndSaprodiRows } from '../../../src/core/generatedTabs/journalDutiesRows';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import { d, tabGrid, TODAY, tabSource } from '../book/fixtures';
import { exampleTabs } from '../attendance/attendanceExample';

// The attendance example (meetings of 5 Feb … 5 Jun 2026) with a plan and two receipts of farm inputs.
const tabs = {
  ...exampleTabs(),
  RUK: tabGrid(planTab, [
    {
      code: 'R01',
      activity: 'Rapat evaluasi',
      type: 'Rapat/Diskusi Kelompok',
      month: 'Juni 2026',
      responsible: 'Budi',
    },
    { code: 'R02', activity: 'Pelatihan kompos', type: 'Pelatihan', month: 'Juli 2026' },
    { code: 'R03', activity: 'Studi banding', type: 'Pelatihan', month: 'Agustus 2026' },
  ]),
  Saprodi: tabGrid(saprodiTab, [
    {
      season: 'MT II 2026',
      memberId: 'A001',
      commodity: 'Padi',
      areaHa: 0.5,
      kind: 'Urea',
      plannedKg: 100,
      receivedKg: 100,
      receivedDate: d('2026-06-03'),
      plantingDate: d('2026-06-10'),
    },
    {
      season: 'MT II 2026',
      memberId: 'A003',
      commodity: 'Padi',
      areaHa: 0.5,
      kind: 'Urea',
      plannedKg: 100,
      receivedKg: 75,
      receivedDate: d('2026-06-12'),
    },
  ]),
};
const { book, problems } = readBook(tabSource(tabs), { today: TODAY });
// The week of Friday 5 June 2026: Monday 1 to Sunday 7 June.
const model = weeklyJournal(book, problems, '2026-W23', '2026-06-07 18:00');

describe('the journal’s facilitator duties', () => {
  it('gives the week’s meeting with its rate, households present and rates by gender', () => {
    expect(model.attendance.meetings).toEqual([
      {
        date: '2026-06-05',
        present: 4,
        active: 8,
        rate: 0.5,
        households: { present: 3, active: 6, rate: 0.5 },
        byGender: { L: { present: 2, active: 4, rate: 0.5 }, P: { present: 2, active: 4, rate: 0.5 } },
      },
    ]);
  });

  it('lists the members to visit as of the week’s last day', () => {
    expect(model.attendance.toVisit.map((v) => [v.memberId, v.absences])).toEqual([
      ['A007', 4],
      ['A005', 3],
    ]);
  });

  it('lists this and next month’s plan rows not yet done, and the farm inputs received in the week', () => {
    expect(model.planToDo.map((r) => [r.code, r.month, r.responsible])).toEqual([
      ['R01', '2026-06', 'Budi'],
      ['R02', '2026-07', null],
    ]);
    expect(model.saprodiReceived).toEqual([
      {
        date: '2026-06-03',
        memberId: 'A001',
        memberName: 'Budi',
        season: 'MT II 2026',
        kind: 'Urea',
        receivedKg: 100,
        plannedKg: 100,
        plantingDate: '2026-06-10',
      },
    ]);
  });

  it('in a week under way, counts who is to visit and which plan rows are done as of today (found by an audit)', () => {
    // On Wednesday 3 June: A007 leaves on Saturday 6 June, and a Kegiatan row typed ahead for Friday
    // 5 June names R01 (the checks call it activity.date.future). Neither has happened yet.
    const ahead = {
      ...book,
      members: book.members.map((m) =>
        m.id === 'A007' ? { ...m, status: 'Keluar' as const, leaveDate: '2026-06-06' } : m,
      ),
      activities: [
        ...book.activities,
        {
          ...book.activities[0]!,
          row: 99,
          date: '2026-06-05',
          planCode: 'R01',
          description: 'Rapat evaluasi',
        },
      ],
    };
    const wednesday = weeklyJournal(ahead, problems, '2026-W23', '2026-06-03 18:00', '2026-06-03');
    const sunday = weeklyJournal(ahead, problems, '2026-W23', '2026-06-07 18:00', '2026-06-07');
    expect(wednesday.attendance.toVisit.map((v) => v.memberId)).toContain('A007');
    expect(sunday.attendance.toVisit.map((v) => v.memberId)).not.toContain('A007');
    expect(wednesday.planToDo.map((r) => r.code)).toEqual(['R01', 'R02']);
    expect(sunday.planToDo.map((r) => r.code)).toEqual(['R02']);
  });

  it('lists this month’s plan rows before next month’s, whatever their order in RUK', () => {
    const later = { ...book, plan: [...book.plan!].reverse() };
    const journal = weeklyJournal(later, problems, '2026-W23', '2026-06-07 18:00');
    expect(journal.planToDo.map((r) => r.code)).toEqual(['R01', 'R02']);
  });

  it('a week across a month’s end keeps the first month’s rows not done (found by an audit: dropped)', () => {
    // Monday 29 June to Sunday 5 July 2026: June's R01 is still to do, then July's and August's.
    const across = weeklyJournal(book, problems, '2026-W27', '2026-07-05 18:00');
    expect(across.planToDo.map((r) => [r.code, r.month])).toEqual([
      ['R01', '2026-06'],
      ['R02', '2026-07'],
      ['R03', '2026-08'],
    ]);
  });

  it('prints them in section 1 (meetings, farm inputs) and section 6 (to visit, plan), in both languages', () => {
    const text = (lang: 'id' | 'en') =>
      journalSheet(model, lang)
        .rows.map((r) =>
          r.map((c) => (c.v === null ? '' : typeof c.v === 'object' ? c.v.date : String(c.v))).join(' | '),
        )
        .join('\n');
    const id = text('id');
    expect(id).toContain('Kehadiran pertemuan (Daftar Hadir)');
    expect(id).toContain('2026-06-05 | 4 / 8 | 0.5 | 3 / 6 (50%) | 2 / 4 (50%) | 2 / 4 (50%)');
    expect(id).toContain('Saprodi diterima minggu ini');
    expect(id).toContain('2026-06-03 | Budi (A001) | MT II 2026 · Urea | 100 | 100 | 2026-06-10');
    expect(id).toContain('Eko (A007) | Tidak hadir 4 pertemuan berturut-turut; terakhir hadir 05/02/2026');
    expect(id).toContain('06/2026 | R01 · Rapat/Diskusi Kelompok | Rapat evaluasi (Budi)');
    // Section 1's additions come before section 2, section 6's after the collection list.
    expect(id.indexOf('Kehadiran pertemuan')).toBeLessThan(id.indexOf('2. KAS'));
    expect(id.indexOf('Anggota perlu dikunjungi')).toBeGreaterThan(id.indexOf('6. RENCANA MINGGU DEPAN'));
    const en = text('en');
    expect(en).toContain('Farm inputs received this week');
    expect(en).toContain('Eko (A007) | Absent at 4 meetings in a row; last present 05/02/2026');
    expect(en).toContain("This and next month's RUK rows not yet done");
  });

  it('writes a plan row’s month as `06/2026`, as the tab’s dates: `Juni 2026` ran into column B on paper', () => {
    for (const lang of ['id', 'en'] as const) {
      const rows = journalSheet(model, lang).rows;
      const months = rows.filter((r) => /^R0\d · /.test(String(r[1]?.v))).map((r) => r[0]);
      expect(months).toEqual([{ v: '06/2026' }, { v: '07/2026' }]);
    }
  });

  const sheetText = (m: typeof model, lang: 'id' | 'en') =>
    journalSheet(m, lang)
      .rows.map((r) => String(r[0]?.v ?? ''))
      .join('\n');

  it('says so when the week had no meeting and nothing to visit or do', () => {
    // The book's own Daftar Hadir, RUK and Saprodi, read; the week of 8-14 June has nothing in them.
    const quiet = weeklyJournal({ ...book, plan: [], saprodi: [] }, [], '2026-W24', 'x');
    expect(quiet.notRead).toEqual({});
    const id = sheetText(quiet, 'id');
    expect(id).toContain('Tidak ada pertemuan di Daftar Hadir minggu ini.');
    expect(id).toContain('Tidak ada saprodi diterima minggu ini.');
    expect(id).toContain('Tidak ada.');
    expect(id).not.toContain('tidak terbaca');
  });

  it('says a tab was not read, never "none", when the book lacks Daftar Hadir, RUK or Saprodi (found by an audit)', () => {
    // A book from before §9 (no such tabs): no one can say that nobody missed three meetings.
    const older = weeklyJournal(
      { ...book, attendance: undefined, plan: undefined, saprodi: undefined },
      [],
      '2026-W23',
      'x',
    );
    expect(older.notRead).toEqual({ attendance: 'Daftar Hadir', plan: 'RUK', saprodi: 'Saprodi' });
    const id = sheetText(older, 'id');
    for (const none of [
      'Tidak ada pertemuan di Daftar Hadir minggu ini.',
      'Tidak ada saprodi diterima minggu ini.',
      'Tidak ada anggota yang absen 3 pertemuan berturut-turut.',
      'Tidak ada.',
    ])
      expect(id).not.toContain(none);
    const said = (tab: string) => `Tab ${tab} tidak ada atau tidak terbaca: bagian ini kosong.`;
    // Under the meetings and under the members to visit, both from Daftar Hadir.
    expect(id.split(said('Daftar Hadir'))).toHaveLength(3);
    expect(id).toContain(said('RUK'));
    expect(id).toContain(said('Saprodi'));
    expect(sheetText(older, 'en')).toContain(
      'The Daftar Hadir tab is missing or unreadable: this part is empty.',
    );
    // A tab found under its own name whose header was not found is named as the book spells it.
    const renamed = weeklyJournal(
      { ...book, plan: undefined, tabNames: { ...book.tabNames, plan: 'Rencana Usaha' } },
      [],
      '2026-W23',
      'x',
    );
    expect(renamed.notRead).toEqual({ plan: 'Rencana Usaha' });
    expect(sheetText(renamed, 'id')).toContain(said('Rencana Usaha'));
  });

  it('says Kegiatan was not read under the week’s activities, never that none was recorded', () => {
    const { activities: _, ...tabNames } = book.tabNames;
    const without = weeklyJournal({ ...book, activities: [], tabNames }, [], '2026-W24', 'x');
    const quietWeek = weeklyJournal({ ...book, activities: [] }, [], '2026-W24', 'x');
    // The plan rows to do too: a plan row is done by a Kegiatan row (found by a review).
    expect(without.notRead).toEqual({ activities: 'Kegiatan', plan: 'Kegiatan' });
    expect(without.planToDo).toEqual([]);
    const lines = sheetText(without, 'id').split('\n');
    const said = 'Tab Kegiatan tidak ada atau tidak terbaca: bagian ini kosong.';
    expect(lines[lines.indexOf('1. KEGIATAN MINGGU INI') + 1]).toBe(said);
    // No counts per type that would read as none done, no "no next steps written".
    expect(lines[lines.indexOf('1. KEGIATAN MINGGU INI') + 2]).toBe('Kehadiran pertemuan (Daftar Hadir)');
    expect(lines[lines.indexOf('Tindak lanjut kegiatan') + 1]).toBe(said);
    expect(lines[lines.indexOf('RUK bulan ini dan bulan depan yang belum terlaksana') + 1]).toBe(said);
    expect(lines).not.toContain('Tidak ada kegiatan tercatat minggu ini.');
    expect(lines).not.toContain('Tidak ada rencana tindak lanjut tertulis.');
    // The week's summary for the group's chat gives no count either.
    expect(weekSummaryText(without).split('\n')[1]).toBe('- Kegiatan: –');
    expect(weekSummaryText(quietWeek).split('\n')[1]).toBe('- Kegiatan: 0');
    // Read and empty that week: none recorded, as before.
    const quiet = weeklyJournal({ ...book, activities: [] }, [], '2026-W24', 'x');
    expect(quiet.notRead).toEqual({});
    expect(sheetText(quiet, 'id')).toContain('Tidak ada kegiatan tercatat minggu ini.');
  });
});

describe('the journal’s meeting shares', () => {
  it('round half up from the counts: 23 of 40 households is 58%, not 57% (23 ÷ 40 × 100 is 57.4999… in floating point)', () => {
    const count = (present: number, active: number) => ({ present, active, rate: present / active });
    const rows = meetingAndSaprodiRows(
      {
        notRead: {},
        attendance: {
          meetings: [
            {
              date: '2026-06-05',
              present: 23,
              active: 40,
              rate: 23 / 40,
              households: count(23, 40),
              byGender: { L: count(9, 16), P: count(14, 24) },
            },
          ],
          toVisit: [],
        },
        planToDo: [],
        saprodiReceived: [],
      },
      'id',
    );
    const meeting = rows.find((r) => typeof r[0]?.v === 'object' && r[0]?.v !== null)!;
    expect(meeting.slice(3).map((c) => c.v)).toEqual(['23 / 40 (58%)', '9 / 16 (56%)', '14 / 24 (58%)']);
  });
});
