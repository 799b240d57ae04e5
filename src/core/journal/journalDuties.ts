// The journal's part of the facilitator's other duties (docs/book.md §9): the week's meetings
// with their attendance, the members to visit, the plan rows still to do, the farm inputs received.
import { byDate } from '../byDateThenRow';
import { attendanceReport, type PresenceCount } from '../attendance/attendanceReport';
import {
  activitiesTab,
  attendanceTab,
  lists,
  planTab,
  saprodiTab,
  type ActivityType,
  type Gender,
  type SaprodiKind,
} from '../book/schema';
import type { Book } from '../book/types';
import type { IsoDate } from '../cell';
import { planReport, planRowsToDo } from '../plan/planReport';
import type { Bilingual } from '../text';
import { firstByKey } from '../listsByKey';

/** A meeting of the week in `Daftar Hadir`. */
export interface JournalMeeting {
  readonly date: IsoDate;
  /** Members active that day marked H or W, and members active that day. */
  readonly present: number;
  readonly active: number;
  /** present ÷ active; null when no member was active. */
  readonly rate: number | null;
  readonly households: PresenceCount;
  readonly byGender: Readonly<Record<Gender, PresenceCount>>;
}

export interface JournalToVisit {
  readonly memberId: string;
  readonly name: string;
  /** Meetings in a row missed (A or blank), counted back from the member's last. */
  readonly absences: number;
  readonly lastPresent: IsoDate | null;
}

export interface JournalAttendance {
  readonly meetings: readonly JournalMeeting[];
  /** As of the week's last day: absent at each of their last 3 meetings. */
  readonly toVisit: readonly JournalToVisit[];
}

/** A `RUK` row of this or next month (the week's last day's) with no activity yet. */
export interface JournalPlanRow {
  readonly code: string;
  readonly activity: string;
  readonly type: ActivityType;
  readonly typeLabel: Bilingual;
  /** `yyyy-mm`. */
  readonly month: string;
  readonly responsible: string | null;
}

/** A `Saprodi` row received during the week. */
export interface JournalSaprodiReceipt {
  readonly date: IsoDate;
  readonly memberId: string;
  readonly memberName: string | null;
  readonly season: string;
  readonly kind: SaprodiKind;
  readonly receivedKg: number;
  readonly plannedKg: number;
  readonly plantingDate: IsoDate | null;
}

export interface JournalDuties {
  /**
   * `Kegiatan` and each §9 tab this book lacks, or whose header was not found, by its name: its parts
   * say the tab was not read, never "none" (a book without `Daftar Hadir` has not shown that no one
   * was absent, nor one without `Kegiatan` that nothing was done).
   */
  readonly notRead: Readonly<Partial<Record<DutyTab, string>>>;
  readonly attendance: JournalAttendance;
  readonly planToDo: readonly JournalPlanRow[];
  readonly saprodiReceived: readonly JournalSaprodiReceipt[];
}

const nextMonth = (month: string): string => {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

type DutyTab = 'activities' | 'attendance' | 'plan' | 'saprodi';

export function journalDuties(
  book: Book,
  start: IsoDate,
  end: IsoDate,
  /** The week's last day, or today in a week under way (docs/book.md §6): what was done stops there. */
  through: IsoDate,
): JournalDuties {
  const notRead: Partial<Record<DutyTab, string>> = {};
  // Kegiatan's rows are always a list, empty when the tab was not read: its name says whether it was.
  // A plan row is done by a Kegiatan row: without them every row would read as still to do.
  if (book.tabNames.activities === undefined) notRead.activities = notRead.plan = activitiesTab.name;
  for (const [key, spec] of [
    ['attendance', attendanceTab],
    ['plan', planTab],
    ['saprodi', saprodiTab],
  ] as const)
    if (book[key] === undefined) notRead[key] = book.tabNames[key] ?? spec.name;
  // Who is active, absent or to visit, and which plan rows are done, as of today in a week under
  // way, as the rest of the journal counts (an audit: a member leaving tomorrow was not to visit,
  // a plan row typed ahead of its day was done).
  const report = attendanceReport(book, through);
  const names = firstByKey(
    book.members,
    (m) => m.id,
    (m) => m.name,
  );
  const month = end.slice(0, 7);
  const label = (type: ActivityType): Bilingual =>
    lists.activityType.find((l) => l.value === type)?.label ?? { id: type, en: type };
  return {
    notRead,
    attendance: {
      meetings: report.meetings
        .filter((m) => m.date >= start)
        .map((m) => ({
          date: m.date,
          present: m.present,
          active: m.active,
          rate: m.rate,
          households: m.households,
          byGender: m.byGender,
        })),
      toVisit: report.toVisit.map((v) => ({ ...v })),
    },
    // This month's rows before next month's, each month's in the tab's order. A week across a month's
    // end has two months of its own: the first one's rows not done are still to do, not dropped.
    planToDo: (notRead.plan
      ? []
      : planRowsToDo(planReport(book, through), [start.slice(0, 7), month, nextMonth(month)])
    )
      .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))
      .map((r) => ({
        code: r.code,
        activity: r.activity,
        type: r.type,
        typeLabel: label(r.type),
        month: r.month,
        responsible: r.responsible,
      })),
    saprodiReceived: (book.saprodi ?? [])
      .filter((r) => r.receivedDate !== undefined && r.receivedDate >= start && r.receivedDate <= through)
      .map((r) => ({
        date: r.receivedDate as IsoDate,
        memberId: r.memberId,
        memberName: names.get(r.memberId) ?? null,
        season: r.season,
        kind: r.kind,
        receivedKg: r.receivedKg ?? 0,
        plannedKg: r.plannedKg,
        plantingDate: r.plantingDate ?? null,
      }))
      .sort(byDate),
  };
}
