// The overview's participation cards (docs/book.md §9): the last meeting's attendance rate and
// the members to visit, each with its definition.
import { ABSENCES_TO_VISIT, attendanceReport } from '../attendance/attendanceReport';
import type { Book } from '../book/types';
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { text as t } from '../text';
import type { Card } from './types';

export function participationCards(book: Book, today: IsoDate): Card[] {
  const report = attendanceReport(book, today);
  const last = report.meetings[report.meetings.length - 1];
  return [
    {
      key: 'lastMeetingRate',
      label: t('Kehadiran rapat terakhir', 'Last meeting attendance'),
      value: last?.rate ?? null,
      unit: 'fraction',
      definition: last
        ? t(
            `Pertemuan ${formatShortDate(last.date)} di Daftar Hadir: ${last.present} hadir (H + W) ÷ ${last.active} anggota aktif hari itu`,
            `Meeting of ${formatShortDate(last.date)} in Daftar Hadir: ${last.present} present (H + W) ÷ ${last.active} members active that day`,
          )
        : t(
            'Anggota hadir (H + W) ÷ anggota aktif pada pertemuan terakhir di Daftar Hadir; belum ada pertemuan',
            'Members present (H + W) ÷ members active at the last meeting in Daftar Hadir; no meeting yet',
          ),
    },
    {
      key: 'membersToVisit',
      label: t('Anggota perlu dikunjungi', 'Members to visit'),
      value: report.toVisit.length,
      unit: 'count',
      definition: t(
        `Anggota aktif yang tidak hadir (A atau kosong) di ${ABSENCES_TO_VISIT} pertemuan terakhirnya berturut-turut`,
        `Active members absent (A or blank) at each of their last ${ABSENCES_TO_VISIT} meetings`,
      ),
    },
  ];
}
