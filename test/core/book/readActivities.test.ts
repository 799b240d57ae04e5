import { readBook } from '../../../src/core/book/readBook';
import { activitiesTab, type ActivityColumn } from '../../../src/core/book/schema';
import {
  TODAY,
  activitiesGrid,
  baseActivities,
  d,
  placeIn,
  placeOf,
  sampleTabs,
  tabSource,
  withCode,
  type Row,
} from './fixtures';

const valid: Row<ActivityColumn> = {
  date: d('2026-11-25'),
  type: 'Pelatihan',
  description: 'Pelatihan pupuk organik',
  attendance: 21,
  results: 'Anggota bisa membuat kompos',
  nextSteps: 'Praktik di lahan A001',
  recordedBy: 'Siti',
};

function activitiesOf(rows: readonly Row<ActivityColumn>[]) {
  const reading = readBook(
    tabSource(sampleTabs({ Kegiatan: activitiesGrid([...baseActivities, ...rows]) })),
    {
      today: TODAY,
    },
  );
  return { ...reading, problems: reading.problems.filter((p) => p.tab === 'Kegiatan') };
}

const ROW = 3;
const at = placeIn(activitiesTab, ROW);

describe('Kegiatan', () => {
  it('reads a valid activity without a problem', () => {
    const { book, problems } = activitiesOf([valid]);
    expect(problems).toEqual([]);
    expect(book.activities.at(-1)).toEqual({
      tab: 'Kegiatan',
      row: ROW,
      date: '2026-11-25',
      type: 'Pelatihan',
      description: 'Pelatihan pupuk organik',
      attendance: 21,
      results: 'Anggota bisa membuat kompos',
      nextSteps: 'Praktik di lahan A001',
      recordedBy: 'Siti',
    });
  });

  const failing: [string, Row<ActivityColumn>, ReturnType<typeof at>][] = [
    ['date required', { ...valid, date: null }, at('activity.date.missing', 'date')],
    ['date readable', { ...valid, date: 'minggu lalu' }, at('value.date.invalid', 'date')],
    ['date as text', { ...valid, date: '25 November 2026' }, at('value.date.text', 'date', 'warning')],
    ['date not after today', { ...valid, date: d('2026-11-29') }, at('activity.date.future', 'date')],
    ['type required', { ...valid, type: null }, at('activity.type.missing', 'type')],
    ['type on the list', { ...valid, type: 'Arisan' }, at('activity.type.unknown', 'type')],
    [
      'description required',
      { ...valid, description: ' ' },
      at('activity.description.missing', 'description'),
    ],
    ['attendance whole', { ...valid, attendance: 20.5 }, at('value.number.notWhole', 'attendance')],
    [
      'attendance not negative',
      { ...valid, attendance: -1 },
      at('activity.attendance.negative', 'attendance'),
    ],
    [
      'attendance not over 100,000',
      { ...valid, attendance: 100_001 },
      at('activity.attendance.tooLarge', 'attendance'),
    ],
    ['attendance not a NIK', { ...valid, attendance: 3507201201800020 }, at('value.private', 'attendance')],
    ['attendance readable', { ...valid, attendance: 'banyak' }, at('value.number.invalid', 'attendance')],
    ['attendance as text', { ...valid, attendance: '21' }, at('value.number.text', 'attendance', 'warning')],
    [
      'no formula error in attendance',
      { ...valid, attendance: '#VALUE!' },
      at('value.formulaError', 'attendance'),
    ],
    [
      'no formula error in the description',
      { ...valid, description: '#REF!' },
      at('value.formulaError', 'description'),
    ],
  ];

  it.each(failing)('%s: fails with its code, row, column and severity', (_rule, row, expected) => {
    const { problems } = activitiesOf([row]);
    expect(problems.map(placeOf)).toContainEqual(expected);
    expect(problems.filter((p) => p.severity === 'error' && p.code !== expected.code)).toEqual([]);
  });

  const passing: [string, Row<ActivityColumn>][] = [
    ['date today', { ...valid, date: d(TODAY) }],
    ['type alias', { ...valid, type: 'training' }],
    ['type with & and other case', { ...valid, type: 'kemitraan & pemasaran' }],
    ['no attendance', { ...valid, attendance: null }],
    ['attendance 0', { ...valid, attendance: 0 }],
    ['attendance 100,000', { ...valid, attendance: 100_000 }],
  ];

  it.each(passing)('%s: passes', (_rule, row) => {
    expect(activitiesOf([row]).problems).toEqual([]);
  });

  it('keeps a row whose attendance is too large without it, and says so (an audit: the export stopped on it)', () => {
    const { book, problems } = activitiesOf([{ ...valid, attendance: 250_000 }]);
    expect(book.activities.at(-1)).toMatchObject({ row: ROW, description: 'Pelatihan pupuk organik' });
    expect(book.activities.at(-1)).not.toHaveProperty('attendance');
    expect(withCode(problems, 'activity.attendance.tooLarge')[0]?.message).toEqual({
      id: 'Jumlah Hadir 250.000 terlalu besar untuk satu kegiatan (paling banyak 100.000 orang). Periksa angka nol yang berlebih; baris ini dihitung tanpa jumlah hadir.',
      en: 'Attendance 250,000 is too large for one activity (at most 100,000 people). Check for extra zeros; this row is counted without its attendance.',
    });
  });

  it('leaves out an activity whose type is not on the list, and names the list', () => {
    const { book, problems } = activitiesOf([{ ...valid, type: 'Arisan' }]);
    expect(book.activities.length).toBe(1);
    expect(withCode(problems, 'activity.type.unknown')[0]?.message.id).toBe(
      'Jenis Kegiatan "Arisan" tidak ada di daftar. Pilih salah satu: Rapat/Diskusi Kelompok, Administrasi Kelompok, Penyusunan RUK, Pelayanan Saprodi, Pelatihan, Kemitraan & Pemasaran, Kredit, Pengembangan Usaha Bersama, Lainnya.',
    );
  });

  it('skips a TOTAL row with no date (with an info), and an empty row, and reads the row after them', () => {
    const { book, problems } = activitiesOf([{}, { type: 'TOTAL', attendance: 39 }, valid]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'row.summary', row: 4, column: '', col: 0, severity: 'info' },
    ]);
    expect(book.activities.map((a) => a.row)).toEqual([2, 5]);
  });

  it('skips a Jumlah row written in the date column itself, with an info', () => {
    const { book, problems } = activitiesOf([{ date: 'Jumlah', attendance: 39 }, valid]);
    expect(problems.map(placeOf)).toEqual([
      { code: 'row.summary', row: 3, column: '', col: 0, severity: 'info' },
    ]);
    expect(problems[0]?.message.id).toBe(
      'Baris ringkasan "Jumlah" dilewati: jumlah dan saldo dihitung sendiri oleh add-on.',
    );
    expect(book.activities.map((a) => a.row)).toEqual([2, 4]);
  });

  it('reads a row that starts with Jumlah but has a date as a row, and says what is wrong with it', () => {
    const { problems } = activitiesOf([{ date: d('2026-11-25'), type: 'Jumlah', attendance: 39 }]);
    expect(problems.map(placeOf)).toEqual([
      at('activity.type.unknown', 'type'),
      at('activity.description.missing', 'description'),
    ]);
  });

  it('reports a missing Kegiatan tab as a warning', () => {
    const tabs = sampleTabs();
    delete tabs.Kegiatan;
    const { problems } = readBook(tabSource(tabs), { today: TODAY });
    expect(withCode(problems, 'tab.missing').map((p) => [p.tab, p.severity])).toEqual([
      ['Kegiatan', 'warning'],
    ]);
  });
});
