import { attendanceReport } from '../../../src/core/attendance/attendanceReport';
import { meetingDate, readMark } from '../../../src/core/attendance/readAttendance';
import { readBook } from '../../../src/core/book/readBook';
import type { Cell } from '../../../src/core/cell';
import { activitiesGrid, d, membersGrid, placeOf, TODAY, tabSource } from '../book/fixtures';
import {
  exampleAttendanceGrid,
  exampleMarks,
  exampleMembers,
  examplePresent,
  exampleTabs,
  MEETINGS,
} from './attendanceExample';

const TAB = 'Daftar Hadir';
const read = (grid: Cell[][], tabs = exampleTabs(grid)) => {
  const reading = readBook(tabSource(tabs), { today: TODAY });
  return { ...reading, problems: reading.problems.filter((p) => p.tab === TAB) };
};

describe('Daftar Hadir laid out by hand', () => {
  // A title row, a blank row, a No column, dates as text in three spellings, a Jumlah column and row.
  const handLaid = (): Cell[][] => [
    ['DAFTAR HADIR RAPAT KELOMPOK TANI MAKMUR TAHUN 2026'],
    [],
    [
      'No.',
      'ID Anggota',
      'Nama Anggota',
      '05/02/2026',
      '5 Maret 2026',
      'Pertemuan 3 (05-04-2026)',
      d(MEETINGS[3]),
      '05.06.2026',
      'Jumlah',
    ],
    ...Object.entries(exampleMarks).map(([id, marks], i): Cell[] => [
      i + 1,
      id,
      `Nama ${id}`,
      ...marks.map((m) => (m === 'H' ? '✓' : m)),
      marks.filter((m) => m === 'H' || m === 'W').length,
    ]),
    [9, null, null],
    ['', 'JUMLAH HADIR', null, ...examplePresent, null],
  ];

  it('reads the meetings, the members and their marks as the secretary means them', () => {
    const { book, problems } = read(handLaid());
    expect(problems).toEqual([
      expect.objectContaining({ code: 'attendance.row.summary', row: 13, severity: 'info' }),
    ]);
    expect(book.attendance?.headerRow).toBe(3);
    expect(book.attendance?.meetings.map((m) => [m.date, m.col, m.header])).toEqual([
      [MEETINGS[0], 4, '05/02/2026'],
      [MEETINGS[1], 5, '5 Maret 2026'],
      [MEETINGS[2], 6, 'Pertemuan 3 (05-04-2026)'],
      [MEETINGS[3], 7, '05/05/2026'],
      [MEETINGS[4], 8, '05.06.2026'],
    ]);
    expect(book.attendance?.rows.map((r) => r.row)).toEqual([4, 5, 6, 7, 8, 9, 10, 11]);
    const report = attendanceReport(book, TODAY);
    expect(report.meetings.map((m) => m.present)).toEqual(examplePresent);
  });

  it('reads the tab under its aliases', () => {
    const tabs = exampleTabs();
    const { [TAB]: grid, ...rest } = tabs;
    const reading = readBook(tabSource({ ...rest, Absensi: grid }), { today: TODAY });
    expect(reading.book.tabNames.attendance).toBe('Absensi');
    expect(reading.book.attendance?.meetings).toHaveLength(5);
  });

  it('reports no missing tab when the book has no Daftar Hadir', () => {
    const { [TAB]: _, ...rest } = exampleTabs();
    const reading = readBook(tabSource(rest), { today: TODAY });
    expect(reading.problems.filter((p) => p.code.startsWith('attendance') || p.tab === TAB)).toEqual([]);
    expect(reading.book.attendance).toBeUndefined();
  });
});

describe('Daftar Hadir checks', () => {
  const withCell = (row: number, col: number, value: Cell): Cell[][] => {
    const grid = exampleAttendanceGrid();
    const line = [...(grid[row - 1] ?? [])];
    line[col - 1] = value;
    grid[row - 1] = line;
    return grid;
  };

  it('an unknown mark is an error at its cell, counted as absent', () => {
    const { problems, book } = read(withCell(2, 3, 'X1'));
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.mark.unknown', row: 2, column: '05/02/2026', col: 3, severity: 'error' },
      // A001 is now absent at the 1st meeting: the Kegiatan head count no longer agrees.
      { code: 'attendance.meeting.countMismatch', row: 1, column: '05/02/2026', col: 3, severity: 'warning' },
    ]);
    expect(problems[0]?.message).toEqual({
      id: '"X1" bukan kode kehadiran. Tulis H (hadir), W (diwakilkan), I (izin), S (sakit), atau A/kosong (tidak hadir); sel ini dihitung tidak hadir.',
      en: '"X1" is not an attendance code. Write H (present), W (represented), I (excused), S (sick), or A/blank (absent); this cell counts as absent.',
    });
    expect(book.attendance?.rows[0]?.marks[0]).toBeNull();
  });

  it('an unknown mark typed as a number is quoted as each language shows a number', () => {
    const { problems } = read(withCell(2, 3, 1.5));
    expect(problems.find((p) => p.code === 'attendance.mark.unknown')?.message).toEqual({
      id: '"1,5" bukan kode kehadiran. Tulis H (hadir), W (diwakilkan), I (izin), S (sakit), atau A/kosong (tidak hadir); sel ini dihitung tidak hadir.',
      en: '"1.5" is not an attendance code. Write H (present), W (represented), I (excused), S (sick), or A/blank (absent); this cell counts as absent.',
    });
  });

  it('a mark for a member not yet joined is a warning, and not counted', () => {
    // A008 joined on 10/03/2026: the 2nd meeting (05/03) is before.
    const { problems, book } = read(withCell(9, 4, 'H'));
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.mark.inactive', row: 9, column: '05/03/2026', col: 4, severity: 'warning' },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Anggota "A008" belum masuk atau sudah keluar pada 05/03/2026 (masuk 10/03/2026), tetapi selnya berisi "H". Kosongkan sel ini; isinya tidak dihitung.',
    );
    expect(attendanceReport(book, TODAY).meetings[1]?.present).toBe(5);
  });

  it('a mark for a member who had already left is a warning with the leave date, and not counted', () => {
    // A005 left on 20/04/2026: the 4th meeting (05/05) is after; its A there is a mark all the same.
    const left = exampleMembers.map((m) =>
      m.memberId === 'A005' ? { ...m, status: 'Keluar', leaveDate: d('2026-04-20') } : m,
    );
    const grid = exampleAttendanceGrid();
    grid[5] = ['A005', 'Rudi', 'A', 'H', 'A', 'H', null];
    const { problems, book } = read(grid, { ...exampleTabs(grid), Anggota: membersGrid(left) });
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.mark.inactive', row: 6, column: '05/05/2026', col: 6, severity: 'warning' },
    ]);
    expect(problems[0]?.message).toEqual({
      id: 'Anggota "A005" belum masuk atau sudah keluar pada 05/05/2026 (masuk 01/01/2026, keluar 20/04/2026), tetapi selnya berisi "H". Kosongkan sel ini; isinya tidak dihitung.',
      en: 'Member "A005" had not joined or had left on 05/05/2026 (joined 01/01/2026, left 20/04/2026), yet the cell holds "H". Leave it blank; it is not counted.',
    });
    // Not counted: the 4th meeting keeps its 6 present, of 7 members active that day.
    expect(attendanceReport(book, TODAY).meetings[3]).toMatchObject({ present: 6, active: 7 });
  });

  it('a blank cell for a member not yet joined is no problem', () => {
    expect(read(exampleAttendanceGrid()).problems).toEqual([]);
  });

  it('an unknown member and a repeated member are errors on the ID; their rows are not counted', () => {
    const grid = exampleAttendanceGrid();
    grid.push(['B999', 'Tamu', 'H', null, null, null, null], ['A001', 'Budi lagi', 'H', 'H', 'H', 'H', 'H']);
    const { problems, book } = read(grid);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.member.unknown', row: 10, column: 'ID Anggota', col: 1, severity: 'error' },
      { code: 'attendance.member.duplicate', row: 11, column: 'ID Anggota', col: 1, severity: 'error' },
    ]);
    expect(problems[1]?.message.en).toBe(
      'Member "A001" already has row 2. One row per member: merge the attendance into that row; this row is not counted.',
    );
    expect(problems[0]?.message).toEqual({
      id: 'ID Anggota "B999" tidak ada di tab Anggota. Perbaiki ID-nya, atau daftarkan anggota itu dulu; baris ini tidak dihitung.',
      en: 'Member ID "B999" is not in the Anggota tab. Correct the ID, or register the member first; this row is not counted.',
    });
    expect(book.attendance?.rows).toHaveLength(8);
    // An ID no member has in any letters: no fix to offer.
    expect(problems[0]?.fix).toBeUndefined();
  });

  it('a member ID in other letters offers the one member it can mean (a001 for A001; found by a review)', () => {
    const grid = exampleAttendanceGrid();
    grid[1]![0] = 'a001';
    const p = read(grid).problems.find((x) => x.code === 'attendance.member.unknown');
    expect([p?.row, p?.fix]).toEqual([
      2,
      { value: 'A001', label: { id: 'Ganti dengan A001', en: 'Replace with A001' } },
    ]);
  });

  it('marks without a member ID are an error', () => {
    const grid = exampleAttendanceGrid();
    grid.push([null, 'Tanpa ID', 'H']);
    expect(read(grid).problems.map(placeOf)).toEqual([
      { code: 'attendance.member.missing', row: 10, column: 'ID Anggota', col: 1, severity: 'error' },
    ]);
  });

  it('an active member without a row is a warning at the ID cell of the first empty row, where the row goes', () => {
    const grid = exampleAttendanceGrid().filter((r) => r[0] !== 'A006');
    // Rows left blank below the last member (a sheet's empty rows) do not move the place.
    grid.push([], [null, null, null]);
    const { problems } = read(grid);
    expect(grid.length - 2).toBe(8);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.member.notListed', row: 9, column: 'ID Anggota', col: 1, severity: 'warning' },
      // Dewi (A006) was present at every meeting: every head count is now one off.
      ...MEETINGS.map((m, i) => ({
        code: 'attendance.meeting.countMismatch',
        row: 1,
        column: `${m.slice(8)}/${m.slice(5, 7)}/${m.slice(0, 4)}`,
        col: 3 + i,
        severity: 'warning',
      })),
    ]);
    expect(problems[0]?.message.id).toBe(
      'Anggota A006 (Dewi) aktif tetapi tidak ada di Daftar Hadir, jadi dihitung tidak hadir di setiap pertemuan. Tambahkan barisnya.',
    );
  });

  it('a meeting without a Kegiatan row that day is a warning at its header; a different head count too', () => {
    const tabs = exampleTabs();
    tabs['Kegiatan'] = activitiesGrid([
      { date: d(MEETINGS[0]), type: 'Rapat/Diskusi Kelompok', description: 'Rapat 1', attendance: 5 },
      { date: d(MEETINGS[1]), type: 'Rapat/Diskusi Kelompok', description: 'Rapat 2', attendance: 7 },
      { date: d(MEETINGS[2]), type: 'Pelatihan', description: 'Pelatihan' },
      { date: d(MEETINGS[3]), type: 'Rapat/Diskusi Kelompok', description: 'Rapat 4', attendance: 6 },
    ]);
    const { problems } = read(exampleAttendanceGrid(), tabs);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.countMismatch', row: 1, column: '05/03/2026', col: 4, severity: 'warning' },
      { code: 'attendance.meeting.noActivity', row: 1, column: '05/06/2026', col: 7, severity: 'warning' },
    ]);
    expect(problems[0]?.message.en).toBe(
      'Kegiatan row 3 records 7 present on 05/03/2026, but Daftar Hadir counts 5 present (H + W). Make them agree.',
    );
    expect(problems[1]?.message.id).toBe(
      'Tidak ada baris Kegiatan pada 05/06/2026 untuk pertemuan ini. Catat pertemuannya di tab Kegiatan (mis. Rapat/Diskusi Kelompok).',
    );
  });

  it('a meeting after today is an error when filled in, an info when still blank; neither is counted', () => {
    const grid = exampleAttendanceGrid();
    grid[0] = [...(grid[0] ?? []), d('2026-12-05'), '12/12/2026'];
    grid[1] = [...(grid[1] ?? []), 'H', null];
    const { problems, book } = read(grid);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.future', row: 1, column: '05/12/2026', col: 8, severity: 'error' },
      { code: 'attendance.meeting.upcoming', row: 1, column: '12/12/2026', col: 9, severity: 'info' },
    ]);
    expect(problems.map((p) => p.message.id)).toEqual([
      'Pertemuan 05/12/2026 sesudah hari ini (28/11/2026), tetapi kolomnya sudah diisi. Perbaiki tanggalnya; kolom ini tidak dihitung.',
      'Pertemuan 12/12/2026 belum terjadi: kolomnya dihitung mulai hari itu.',
    ]);
    expect(book.attendance?.meetings).toHaveLength(5);
  });

  it('a past meeting column with no mark at all is not written down yet: an info, not counted, no Kegiatan asked for', () => {
    const grid = exampleAttendanceGrid();
    grid[0] = [...(grid[0] ?? []), '20/11/2026'];
    const { problems, book } = read(grid);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.unrecorded', row: 1, column: '20/11/2026', col: 8, severity: 'info' },
    ]);
    expect(problems[0]?.message).toEqual({
      id: 'Pertemuan 20/11/2026 belum diisi: kolomnya dihitung setelah tanda pertama ditulis.',
      en: 'The meeting of 20/11/2026 is not filled in yet: its column counts once its first mark is written.',
    });
    expect(book.attendance?.meetings).toHaveLength(5);
    // One mark, even an absence, makes it a meeting held: counted, and its Kegiatan row asked for.
    grid[1] = [...(grid[1] ?? []), 'A'];
    const marked = read(grid);
    expect(marked.problems.map((p) => p.code)).toEqual(['attendance.meeting.noActivity']);
    expect(marked.book.attendance?.meetings).toHaveLength(6);
  });

  it('a meeting header that is no date, over a column of marks, is an error; a Keterangan column is not', () => {
    const grid = exampleAttendanceGrid();
    grid[0] = [...(grid[0] ?? []), '12/13/2026', 'Keterangan'];
    grid[1] = [...(grid[1] ?? []), 'H', 'Izin'];
    const { problems } = read(grid);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.dateInvalid', row: 1, column: '12/13/2026', col: 8, severity: 'error' },
    ]);
  });

  it('a meeting header typed as a number is quoted as each language shows a number', () => {
    const grid = exampleAttendanceGrid();
    // `12.01` for 12 January, which the sheet took for a number.
    grid[0] = [...(grid[0] ?? []), 12.01];
    grid[1] = [...(grid[1] ?? []), 'H'];
    const { problems } = read(grid);
    expect(problems.map((p) => [p.code, p.column, p.message])).toEqual([
      [
        'attendance.meeting.dateInvalid',
        '12,01',
        {
          id: 'Judul kolom "12,01" tidak terbaca sebagai tanggal pertemuan, padahal kolomnya berisi kehadiran. Tulis tanggalnya lengkap, mis. 12/01/2026; kolom ini tidak dihitung.',
          en: 'The header "12.01" cannot be read as a meeting date, yet its column holds attendance. Write the full date, e.g. 12/01/2026; this column is not counted.',
        },
      ],
    ]);
  });

  it('a date written twice is a warning on the second column, which is not read', () => {
    const grid = exampleAttendanceGrid();
    grid[0] = [...(grid[0] ?? []), '05/02/2026'];
    const { problems, book } = read(grid);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.duplicate', row: 1, column: '05/02/2026', col: 8, severity: 'warning' },
    ]);
    expect(problems[0]?.message).toEqual({
      id: 'Tanggal 05/02/2026 sudah ada di kolom "05/02/2026". Yang dibaca hanya kolom itu; gabungkan isinya ke sana atau perbaiki tanggalnya.',
      en: 'The date 05/02/2026 is already the header of the column "05/02/2026". Only that column is read; merge this one into it or correct its date.',
    });
    expect(book.attendance?.meetings).toHaveLength(5);
  });

  it('a header row without meetings is an info', () => {
    const { problems } = read([
      ['ID Anggota', 'Nama'],
      ['A001', 'Budi'],
    ]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'attendance.meeting.none', row: 1, column: '', col: 0, severity: 'info' },
    ]);
  });
});

describe('meetingDate and readMark', () => {
  it.each<[Cell, string | undefined]>([
    [d('2026-02-05'), '2026-02-05'],
    ['05/02/2026', '2026-02-05'],
    ['5 Februari 2026', '2026-02-05'],
    ['Rapat 5 Feb 2026', '2026-02-05'],
    ['05.02.2026', '2026-02-05'],
    ['Pertemuan 1', undefined],
    ['05/02', undefined],
    [45678, undefined],
  ])('%j → %s', (cell, date) => expect(meetingDate(cell)).toBe(date));

  it.each<[Cell, string | null | undefined]>([
    ['h', 'H'],
    [' W ', 'W'],
    ['Izin', 'I'],
    ['sakit', 'S'],
    ['✓', 'H'],
    ['-', 'A'],
    [null, null],
    ['', null],
    ['Y', undefined],
    [1, undefined],
  ])('%j → %s', (cell, mark) => expect(readMark(cell)).toBe(mark));
});
