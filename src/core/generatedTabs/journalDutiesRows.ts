// The journal tab's rows for the facilitator's other duties (docs/book.md §9): in section 1 the
// week's meetings with their attendance and the farm inputs received; in section 6 the members to
// visit and the plan rows of this and next month not yet done. Six columns, as the journal.
import { wholePercent, type PresenceCount } from '../attendance/attendanceReport';
import { formatShortDate } from '../isoDate';
import type { JournalDuties } from '../journal/journalDuties';
import { cell, BOLD, ITALIC, RIGHT, WRAPPED_TEXT, type OutCell } from '../sheetGrid';
import { pick, text as t, type Lang, type Bilingual } from '../text';
import { HEADER_BACKGROUND, splitLines } from './titleBlock';

/** Characters of a plan line from C across D to F (416 px of text): 60 of up to about 6.9 px. */
export const PLAN_LINE = 60;

/**
 * `first`, then a plan's text from C across D to F broken into rows of PLAN_LINE characters, each
 * row after the first as many empty cells before it.
 */
export function planRows(first: readonly OutCell[], text: string): OutCell[][] {
  return splitLines(text, PLAN_LINE).map((line, i) => [
    ...(i > 0 ? first.map(() => cell(null)) : first),
    cell(line, { format: 'text' }),
  ]);
}

/** The words of the §9 parts, the Jurnal tab's and the command line's `journal` text alike. */
export const journalDutyWords = {
  meetings: t('Kehadiran pertemuan (Daftar Hadir)', 'Meeting attendance (Daftar Hadir)'),
  noMeetings: t('Tidak ada pertemuan di Daftar Hadir minggu ini.', 'No meeting in Daftar Hadir this week.'),
  tabNotRead: (tab: string) =>
    t(
      `Tab ${tab} tidak ada atau tidak terbaca: bagian ini kosong.`,
      `The ${tab} tab is missing or unreadable: this part is empty.`,
    ),
  date: t('Tanggal', 'Date'),
  presentOfActive: t('Hadir / aktif', 'Present / active'),
  rate: t('Tingkat hadir', 'Attendance rate'),
  households: t('Rumah tangga hadir', 'Households present'),
  men: t('Laki-laki', 'Men'),
  women: t('Perempuan', 'Women'),
  rateDefinition: t(
    'Tingkat hadir = hadir (H + W) ÷ anggota aktif hari itu; rumah tangga hadir bila ada anggotanya yang H atau W.',
    'Attendance rate = present (H + W) ÷ members active that day; a household is present when any of its members is H or W.',
  ),
  saprodi: t('Saprodi diterima minggu ini', 'Farm inputs received this week'),
  noSaprodi: t('Tidak ada saprodi diterima minggu ini.', 'No farm inputs were received this week.'),
  member: t('Anggota', 'Member'),
  season: t('Musim / jenis', 'Season / kind'),
  received: t('Diterima (kg)', 'Received (kg)'),
  planned: t('Rencana (kg)', 'Planned (kg)'),
  planting: t('Tanggal tanam', 'Planting'),
  toVisit: t('Anggota perlu dikunjungi', 'Members to visit'),
  noToVisit: t(
    'Tidak ada anggota yang absen 3 pertemuan berturut-turut.',
    'No member missed 3 meetings in a row.',
  ),
  planToDo: t(
    'RUK bulan ini dan bulan depan yang belum terlaksana',
    "This and next month's RUK rows not yet done",
  ),
  noPlanToDo: t('Tidak ada.', 'None.'),
  absent: (n: number | string) =>
    t(`Tidak hadir ${n} pertemuan berturut-turut`, `Absent at ${n} meetings in a row`),
  lastPresent: t('terakhir hadir', 'last present'),
  neverPresent: t('belum pernah hadir', 'never present'),
};
const words = journalDutyWords;

const header = (titles: readonly Bilingual[], lang: Lang): OutCell[] =>
  titles.map((x) => cell(pick(x, lang), { bold: true, background: HEADER_BACKGROUND, wrap: true }));
const sub = (x: Bilingual, lang: Lang): OutCell[] => [cell(pick(x, lang), BOLD)];
const note = (x: Bilingual, lang: Lang): OutCell[] => [cell(pick(x, lang), ITALIC)];
const fraction = (c: PresenceCount): OutCell =>
  cell(
    c.rate === null ? `${c.present} / ${c.active}` : `${c.present} / ${c.active} (${wholePercent(c)}%)`,
    RIGHT,
  );
const kg = (n: number) => cell(n, { format: 'decimal' });

/** Section 1's additions: the week's meetings and the farm inputs received. */
export function meetingAndSaprodiRows(model: JournalDuties, lang: Lang): OutCell[][] {
  const rows: OutCell[][] = [sub(words.meetings, lang)];
  const meetings = model.attendance.meetings;
  const { attendance, saprodi } = model.notRead;
  if (attendance) rows.push(note(words.tabNotRead(attendance), lang));
  else if (meetings.length === 0) rows.push(note(words.noMeetings, lang));
  else {
    rows.push(
      header([words.date, words.presentOfActive, words.rate, words.households, words.men, words.women], lang),
    );
    for (const m of meetings) {
      rows.push([
        cell({ date: m.date }, { format: 'date' }),
        cell(`${m.present} / ${m.active}`, RIGHT),
        cell(m.rate, { format: 'percent' }),
        fraction(m.households),
        fraction(m.byGender.L),
        fraction(m.byGender.P),
      ]);
    }
    rows.push([cell(pick(words.rateDefinition, lang), { italic: true, size: 8 })]);
  }
  rows.push(sub(words.saprodi, lang));
  if (saprodi) rows.push(note(words.tabNotRead(saprodi), lang));
  else if (model.saprodiReceived.length === 0) rows.push(note(words.noSaprodi, lang));
  else {
    rows.push(
      header([words.date, words.member, words.season, words.received, words.planned, words.planting], lang),
    );
    for (const r of model.saprodiReceived) {
      rows.push([
        cell({ date: r.date }, { format: 'date' }),
        cell(r.memberName === null ? r.memberId : `${r.memberName} (${r.memberId})`, {
          format: 'text',
          wrap: true,
        }),
        cell(`${r.season} · ${r.kind}`, WRAPPED_TEXT),
        kg(r.receivedKg),
        kg(r.plannedKg),
        cell(r.plantingDate === null ? null : { date: r.plantingDate }, { format: 'date' }),
      ]);
    }
  }
  return rows;
}

/** Section 6's additions: the members to visit and the plan rows still to do. */
export function visitAndPlanRows(model: JournalDuties, lang: Lang): OutCell[][] {
  const rows: OutCell[][] = [sub(words.toVisit, lang)];
  const { attendance, plan } = model.notRead;
  if (attendance) rows.push(note(words.tabNotRead(attendance), lang));
  else if (model.attendance.toVisit.length === 0) rows.push(note(words.noToVisit, lang));
  for (const v of model.attendance.toVisit) {
    const last =
      v.lastPresent === null
        ? pick(words.neverPresent, lang)
        : `${pick(words.lastPresent, lang)} ${formatShortDate(v.lastPresent)}`;
    rows.push([
      cell(null),
      cell(`${v.name} (${v.memberId})`, WRAPPED_TEXT),
      cell(`${pick(words.absent(v.absences), lang)}; ${last}`),
    ]);
  }
  rows.push(sub(words.planToDo, lang));
  if (plan) rows.push(note(words.tabNotRead(plan), lang));
  else if (model.planToDo.length === 0) rows.push(note(words.noPlanToDo, lang));
  for (const p of model.planToDo) {
    // The activity and who answers for it from C across D to F, broken into lines that fit.
    rows.push(
      ...planRows(
        [
          // `11/2026`, as the tab's dates (`28/11/2026`): `November 2026` ran past column A on paper.
          cell(`${p.month.slice(5, 7)}/${p.month.slice(0, 4)}`),
          cell(`${p.code} · ${pick(p.typeLabel, lang)}`, WRAPPED_TEXT),
        ],
        p.responsible === null ? p.activity : `${p.activity} (${p.responsible})`,
      ),
    );
  }
  return rows;
}
