import { waLink } from '../../../src/core/messages/waLink';
import { readBook } from '../../../src/core/book/readBook';
import { membersTab, type MemberColumn } from '../../../src/core/book/schema';
import {
  TODAY,
  baseMembers,
  d,
  membersGrid,
  placeIn,
  placeOf,
  sampleTabs,
  tabSource,
  withCode,
  type Row,
  type TabGridOptions,
} from './fixtures';

const valid: Row<MemberColumn> = {
  memberId: 'A004',
  name: 'Dewi Lestari',
  nik: '3203014703900003',
  gender: 'P',
  birthDate: d('1990-03-07'),
  role: 'Anggota',
  householdHead: 'A001',
  phone: '085712345678',
  joinDate: d('2022-01-10'),
  status: 'Aktif',
  landHa: 0.3,
};

/** Reads the sample book with these member rows after the three base members; the test row is sheet row 5. */
function membersProblems(rows: readonly Row<MemberColumn>[], options?: TabGridOptions<MemberColumn>) {
  const reading = readBook(
    tabSource(sampleTabs({ Anggota: membersGrid([...baseMembers, ...rows], options) })),
    {
      today: TODAY,
    },
  );
  return { ...reading, problems: reading.problems.filter((p) => p.tab === 'Anggota') };
}

const ROW = 5;
const at = placeIn(membersTab, ROW);

describe('Anggota', () => {
  it('reads a valid member without a problem', () => {
    const { book, problems } = membersProblems([valid]);
    expect(problems).toEqual([]);
    expect(book.members.find((m) => m.id === 'A004')).toEqual({
      tab: 'Anggota',
      row: ROW,
      id: 'A004',
      name: 'Dewi Lestari',
      nik: '3203014703900003',
      gender: 'P',
      birthDate: '1990-03-07',
      role: 'Anggota',
      householdHead: 'A001',
      phone: '085712345678',
      joinDate: '2022-01-10',
      status: 'Aktif',
      landHa: 0.3,
    });
  });

  // [rule, the valid row changed to break it, where the problem is]
  const failing: [string, Row<MemberColumn>, ReturnType<typeof at>][] = [
    ['ID missing', { memberId: null }, at('member.id.missing', 'memberId')],
    ['ID duplicate', { memberId: ' A002 ' }, at('member.id.duplicate', 'memberId')],
    ['name missing', { name: '  ' }, at('member.name.missing', 'name')],
    ['NIK length', { nik: '320301470390003' }, at('member.nik.length', 'nik')],
    ['NIK digits', { nik: '32030147039000x3' }, at('member.nik.digits', 'nik')],
    ['NIK province', { nik: '4003014703900003' }, at('member.nik.province', 'nik')],
    ['NIK date', { nik: '3203014713900003' }, at('member.nik.date', 'nik')],
    [
      'NIK duplicate',
      { nik: '3203011505800001', gender: 'L', birthDate: d('1980-05-15') },
      at('member.nik.duplicate', 'nik'),
    ],
    ['NIK as a number', { nik: 3203014703900003 }, at('member.nik.number', 'nik', 'warning')],
    ['NIK sex against gender', { gender: 'L' }, at('member.nik.genderMismatch', 'nik', 'warning')],
    [
      'NIK date against birth date',
      { birthDate: d('1990-03-08') },
      at('member.nik.birthDateMismatch', 'nik', 'warning'),
    ],
    ['gender list', { gender: 'W' }, at('member.gender.unknown', 'gender')],
    ['birth date readable', { birthDate: '31/02/1990' }, at('value.date.invalid', 'birthDate')],
    [
      'birth date before join date',
      { nik: null, birthDate: d('2022-01-10') },
      at('member.birthDate.notBeforeJoin', 'birthDate'),
    ],
    ['role list', { role: 'Wakil' }, at('member.role.unknown', 'role')],
    ['household head exists', { householdHead: 'A099' }, at('member.householdHead.unknown', 'householdHead')],
    ['phone form', { phone: '0221234567' }, at('member.phone.invalid', 'phone')],
    ['phone lost its zero', { phone: 85712345678 }, at('member.phone.lostZero', 'phone', 'warning')],
    ['join date required', { joinDate: null }, at('member.joinDate.missing', 'joinDate')],
    ['join date readable', { joinDate: 'Januari 2022' }, at('value.date.invalid', 'joinDate')],
    ['join date as text', { joinDate: '10/01/2022' }, at('value.date.text', 'joinDate', 'warning')],
    ['join date not after today', { joinDate: d('2026-11-29') }, at('member.joinDate.future', 'joinDate')],
    ['status list', { status: 'Pindah' }, at('member.status.unknown', 'status')],
    ['leave date when Keluar', { status: 'Keluar' }, at('member.leaveDate.missing', 'leaveDate')],
    [
      'leave date not before join date',
      { status: 'Keluar', leaveDate: d('2022-01-09') },
      at('member.leaveDate.beforeJoin', 'leaveDate'),
    ],
    ['land area not negative', { landHa: -1 }, at('member.landHa.negative', 'landHa')],
    ['land area readable', { landHa: 'satu hektar' }, at('value.number.invalid', 'landHa')],
    ['land area as text', { landHa: '0,3' }, at('value.number.text', 'landHa', 'warning')],
    ['ID not a date', { memberId: d('2026-01-04') }, at('value.identifier.date', 'memberId')],
    [
      'household head not a date',
      { householdHead: d('2026-01-01') },
      at('value.identifier.date', 'householdHead'),
    ],
    ['no formula error in the name', { name: '#REF!' }, at('value.formulaError', 'name')],
    ['no formula error in the phone', { phone: '#N/A' }, at('value.formulaError', 'phone')],
    ['no formula error in the NIK', { nik: '#VALUE!' }, at('value.formulaError', 'nik')],
    // Phones and NIKs as treasurers type them: only spaces and dashes are separators (docs/book.md §3).
    ['phone without dots', { phone: '0857.1234.5678' }, at('member.phone.invalid', 'phone')],
    ['phone without brackets', { phone: '(0857) 1234 5678' }, at('member.phone.invalid', 'phone')],
    ['phone not a landline with +62', { phone: '+62 22 1234567' }, at('member.phone.invalid', 'phone')],
    ['NIK without dots', { nik: '3203.0147.0390.0003' }, at('member.nik.digits', 'nik')],
    ['NIK not a date', { nik: d('2026-01-01') }, at('member.nik.digits', 'nik')],
    [
      'no leave date while Aktif',
      { status: 'Aktif', leaveDate: d('2024-01-01') },
      at('member.leaveDate.whileActive', 'leaveDate', 'warning'),
    ],
    [
      'no leave date while the status is blank (Aktif)',
      { status: null, leaveDate: d('2024-01-01') },
      at('member.leaveDate.whileActive', 'leaveDate', 'warning'),
    ],
  ];

  it.each(failing)('%s: fails with its code, row, column and severity', (_rule, change, expected) => {
    const { problems } = membersProblems([{ ...valid, ...change }]);
    expect(problems.map(placeOf)).toContainEqual(expected);
    expect(problems.filter((p) => p.severity === 'error' && p.code !== expected.code)).toEqual([]);
  });

  it('quotes a checkbox and a number in a list column as the sheet shows them (found by an audit: "true", "1500000.5")', () => {
    const { problems } = membersProblems([{ ...valid, gender: true, role: 1500000.5 }]);
    expect(withCode(problems, 'member.gender.unknown')[0]?.message.id).toBe(
      'Jenis Kelamin "TRUE" tidak dikenal. Tulis L (laki-laki) atau P (perempuan).',
    );
    expect(withCode(problems, 'member.role.unknown')[0]?.message.id).toBe(
      'Jabatan "1.500.000,5" tidak dikenal. Tulis Ketua, Sekretaris, Bendahara atau Anggota.',
    );
  });

  const passing: [string, Row<MemberColumn>, string][] = [
    ['ID trimmed and a number read as text', { memberId: 4 }, 'member.id.duplicate'],
    ['NIK as text with spaces', { nik: '3203 0147 0390 0003' }, 'member.nik.length'],
    ['gender alias', { gender: 'perempuan' }, 'member.gender.unknown'],
    ['role alias', { role: 'member' }, 'member.role.unknown'],
    ['role blank means Anggota', { role: null }, 'member.role.unknown'],
    ['phone +62 form', { phone: '+62 857-1234-5678' }, 'member.phone.invalid'],
    ['phone +62 with spaces', { phone: '+62 857 1234 5678' }, 'member.phone.invalid'],
    ['phone 62 form', { phone: '6285712345678' }, 'member.phone.invalid'],
    ['phone with dashes', { phone: '0857-1234-5678' }, 'member.phone.invalid'],
    ['NIK padded with spaces', { nik: ' 3203014703900003 ' }, 'member.nik.digits'],
    [
      'status alias Left with a leave date',
      { status: 'left', leaveDate: d('2024-01-01') },
      'member.leaveDate.missing',
    ],
    [
      'leave date on the join date',
      { status: 'Keluar', leaveDate: d('2022-01-10') },
      'member.leaveDate.beforeJoin',
    ],
    ['join date today', { joinDate: d(TODAY) }, 'member.joinDate.future'],
    ['land area zero', { landHa: 0 }, 'member.landHa.negative'],
    ['household head blank', { householdHead: null }, 'member.householdHead.unknown'],
  ];

  it.each(passing)('%s: passes', (_rule, change, code) => {
    const { problems } = membersProblems([{ ...valid, ...change }]);
    expect(withCode(problems, code)).toEqual([]);
    expect(problems.filter((p) => p.severity !== 'info')).toEqual([]);
  });

  it('stores what it read: aliases as canonical values, the phone in 08 form, a left member', () => {
    const { book } = membersProblems([
      {
        ...valid,
        gender: 'F',
        role: 'treasurer',
        phone: '+6285712345678',
        status: 'Left',
        leaveDate: d('2025-06-30'),
      },
    ]);
    expect(book.members.find((m) => m.id === 'A004')).toMatchObject({
      gender: 'P',
      role: 'Bendahara',
      phone: '085712345678',
      status: 'Keluar',
      leaveDate: '2025-06-30',
    });
  });

  it('says that a leave date beside Aktif is not read as leaving, and keeps the member active', () => {
    const { book, problems } = membersProblems([{ ...valid, leaveDate: d('2024-01-01') }]);
    expect(problems.map((p) => p.message)).toEqual([
      {
        id: 'Tanggal Keluar 01/01/2024 diisi, tetapi Status masih Aktif: anggota ini tetap dihitung aktif. Bila sudah keluar, tulis Keluar di kolom Status; bila belum, kosongkan Tanggal Keluar.',
        en: 'The leave date 01/01/2024 is filled in, but the status is still Aktif: this member still counts as active. If they left, write Keluar in the Status column; if not, clear the leave date.',
      },
    ]);
    expect(book.members.find((m) => m.id === 'A004')?.status).toBe('Aktif');
  });

  it('gives the lost-zero fix as text, and says so in both languages, the number masked (§10)', () => {
    const [p] = withCode(
      membersProblems([{ ...valid, phone: 85712345678 }]).problems,
      'member.phone.lostZero',
    );
    expect(p?.fix?.value).toBe('085712345678');
    expect(p?.message).toEqual({
      id: 'No HP 8571••••678 kehilangan angka 0 di depan karena disimpan sebagai angka. Simpan sebagai teks "0857•••••678".',
      en: 'Phone 8571••••678 lost its leading zero because it is stored as a number. Store it as the text "0857•••••678".',
    });
    expect(p?.fix?.label).toEqual({
      id: 'Simpan sebagai teks 0857•••••678',
      en: 'Store as the text 0857•••••678',
    });
    expect([p?.row, p?.column, p?.severity]).toEqual([5, 'No HP', 'warning']);
  });

  it('reads a phone that lost its zero with the zero back, so its member keeps the Kirim WA link', () => {
    const { book } = membersProblems([{ ...valid, phone: 85712345678 }]);
    const phone = book.members.find((m) => m.id === valid.memberId)?.phone;
    expect(phone).toBe('085712345678');
    expect(waLink('Halo', phone!)).toBe('https://wa.me/6285712345678?text=Halo');
  });

  it('gives no fix for a NIK stored as a number: its last digit may be lost', () => {
    const [p] = withCode(
      membersProblems([{ ...valid, nik: 3203014703900003 }]).problems,
      'member.nik.number',
    );
    expect(p?.fix).toBeUndefined();
  });

  it('leaves out a row whose required values are missing, and a second row with the same ID', () => {
    const { book } = membersProblems([
      { ...valid, name: null },
      { ...valid, memberId: 'A001' },
    ]);
    expect(book.members.map((m) => m.id)).toEqual(['A001', 'A002', 'A003']);
  });

  it('keeps a member whose optional value breaks a rule, without that value', () => {
    const { book } = membersProblems([{ ...valid, landHa: -2, phone: '123' }]);
    const m = book.members.find((x) => x.id === 'A004');
    expect(m?.landHa).toBeUndefined();
    expect(m?.phone).toBeUndefined();
  });

  describe('officers', () => {
    it('warns on the tab when no active member is the chair', () => {
      const rows = baseMembers.map((m) => (m.role === 'Ketua' ? { ...m, role: 'Anggota' } : m));
      const { problems } = membersProblems([], {});
      expect(withCode(problems, 'member.role.chairCount')).toEqual([]);
      const none = readBook(tabSource(sampleTabs({ Anggota: membersGrid(rows) })), { today: TODAY }).problems;
      expect(withCode(none, 'member.role.chairCount').map(placeOf)).toEqual([
        { code: 'member.role.chairCount', row: 0, column: 'Jabatan', col: 6, severity: 'warning' },
      ]);
      expect(withCode(none, 'member.role.chairCount')[0]?.message.id).toBe(
        'Tidak ada Ketua di antara anggota aktif. Tulis "Ketua" di kolom Jabatan untuk ketua kelompok.',
      );
    });

    it('warns on the second active treasurer, not on one who left', () => {
      const { problems } = membersProblems([
        { ...valid, role: 'Bendahara' },
        {
          ...valid,
          memberId: 'A005',
          nik: null,
          role: 'Bendahara',
          status: 'Keluar',
          leaveDate: d('2023-01-01'),
        },
      ]);
      expect(withCode(problems, 'member.role.treasurerCount').map(placeOf)).toEqual([
        at('member.role.treasurerCount', 'role', 'warning'),
      ]);
    });
  });

  it('skips empty rows and summary rows (with an info), and ignores unknown columns', () => {
    const grid = membersGrid([...baseMembers, {}, { memberId: 'Jumlah', name: '3 orang' }, valid], {
      above: [['DAFTAR ANGGOTA KELOMPOK TANI MAKMUR'], []],
      extra: { header: 'Tanda Tangan', values: ['ttd', 'ttd', 'ttd', 'x', 'y', 'ttd'] },
    });
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    const mine = problems.filter((p) => p.tab === 'Anggota');
    expect(mine.map(placeOf)).toEqual([
      { code: 'row.summary', row: 8, column: '', col: 0, severity: 'info' },
    ]);
    expect(book.members.map((m) => [m.id, m.row])).toEqual([
      ['A001', 4],
      ['A002', 5],
      ['A003', 6],
      ['A004', 9],
    ]);
  });

  it('reads the headers as the user wrote them, in any order', () => {
    const grid = [
      ['Nama Lengkap', 'Member ID', 'no. hp', 'Join Date'],
      ['Dewi', 'A004', '0857 1234 5678', d('2022-01-10')],
      ['Rina', 'A005', '0221234567', d('2022-01-10')],
    ];
    const { book, problems } = readBook(tabSource(sampleTabs({ Anggota: grid })), { today: TODAY });
    expect(book.members.map((m) => m.id)).toEqual(['A004', 'A005']);
    expect(withCode(problems, 'member.phone.invalid').map(placeOf)).toEqual([
      { code: 'member.phone.invalid', row: 3, column: 'no. hp', col: 3, severity: 'error' },
    ]);
  });
});

describe('Kepala Keluarga: the members of one household point at the same head', () => {
  const member = (memberId: string, householdHead?: string): Row<MemberColumn> => ({
    memberId,
    name: `Anggota ${memberId}`,
    joinDate: d('2022-01-10'),
    ...(householdHead !== undefined && { householdHead }),
  });
  const said = (rows: readonly Row<MemberColumn>[]) =>
    withCode(membersProblems(rows).problems, 'member.householdHead.notHead').map((p) => [
      p.row,
      p.column,
      p.col,
      p.severity,
      p.message.id,
      p.message.en,
    ]);

  it('accepts members who name the same head, and a head who names themselves', () => {
    // A003 (row 4) already names A001; A001 names itself.
    expect(said([member('A004', 'A001'), member('A005', 'A005'), member('A006', 'A005')])).toEqual([]);
  });

  it('says so where a member names a head who has a head of their own (A004 → A003 → A001)', () => {
    expect(said([member('A004', 'A003')])).toEqual([
      [
        5,
        'Kepala Keluarga',
        7,
        'error',
        'Kepala Keluarga "A003" ikut kepala keluarga "A001": satu keluarga menunjuk satu kepala. Tulis "A001", atau perbaiki baris "A003".',
        'Household head "A003" has a head of their own, "A001": one household points at one head. Write "A001", or correct the row of "A003".',
      ],
    ]);
  });

  it('says so on both members of two who name each other', () => {
    expect(
      said([member('A004', 'A005'), member('A005', 'A004')]).map(([row, , , , id]) => [row, id]),
    ).toEqual([
      [
        5,
        'Kepala Keluarga "A005" ikut kepala keluarga "A004": satu keluarga menunjuk satu kepala. Tulis "A004", atau perbaiki baris "A005".',
      ],
      [
        6,
        'Kepala Keluarga "A004" ikut kepala keluarga "A005": satu keluarga menunjuk satu kepala. Tulis "A005", atau perbaiki baris "A004".',
      ],
    ]);
  });
});
