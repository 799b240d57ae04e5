// Checks a member ID written in another tab: it must name a member of `Anggota`, active on the row's date.
import type { IsoDate } from '../cell';
import { formatShortDate } from '../isoDate';
import { text as t } from '../text';
import { isMemberActiveOn } from './memberActivity';
import type { ProblemCodeTaking } from '../problems/problemCatalogue';
import type { Arg } from '../problems/problemKind';
import type { RowReader } from './rowReader';
import type { Member } from './types';
import type { Fix } from '../problems/problem';

/**
 * The members as read, and every ID written in `Anggota` (also of rows left out for their own
 * errors); `ids` undefined where `Anggota` was not read (missing, or its header row not found): no
 * ID is then reported unknown, row by row, where the tab's own problem says why.
 */
export interface MemberIndex {
  readonly byId: ReadonlyMap<string, Member>;
  readonly ids: ReadonlySet<string> | undefined;
}

/** Each index's IDs by their capitals (null where two share them), made at its first unknown ID. */
const byCapitals = new WeakMap<object, Map<string, string | null>>();

/**
 * For an ID that names none of `ids` (member or loan IDs) but exactly one in other letters (`a026`
 * for A026): that one, as the fix of its problem. Never read as it (docs/book.md §1, Identifiers).
 */
export function otherLetters(ids: ReadonlyMap<string, unknown>, value: string): { readonly fix?: Fix } {
  let upper = byCapitals.get(ids);
  if (!upper) {
    upper = new Map();
    for (const id of ids.keys()) upper.set(id.toUpperCase(), upper.has(id.toUpperCase()) ? null : id);
    byCapitals.set(ids, upper);
  }
  const id = upper.get(value.toUpperCase());
  return id ? { fix: { value: id, label: t(`Ganti dengan ${id}`, `Replace with ${id}`) } } : {};
}

export function memberIndex(members: readonly Member[], ids: Iterable<string> | undefined): MemberIndex {
  return { byId: new Map(members.map((m) => [m.id, m])), ids: ids && new Set(ids) };
}

/**
 * Reports an unknown or inactive member on `key`; returns the member when it was read. An ID whose
 * `Anggota` row was left out for its own errors is not reported again here.
 */
export function checkMemberRef<K extends string>(
  r: RowReader<K>,
  key: K,
  memberId: string,
  date: IsoDate | undefined,
  members: MemberIndex,
  codes: {
    readonly unknown: ProblemCodeTaking<{ value: Arg }>;
    readonly inactive: ProblemCodeTaking<{ value: Arg; date: Arg; joinDate: Arg; leaveDate: Arg }>;
  },
  /** The row repays the member's own loan: after leaving they still owe it (docs/book.md §3, Kas). */
  repaysOwnLoan?: boolean,
): Member | undefined {
  const member = members.byId.get(memberId);
  if (!member) {
    // Typed in other letters (`a026` for A026): the one member it can mean is offered as the fix.
    if (members.ids?.has(memberId) === false)
      r.report(key, codes.unknown, { value: memberId }, otherLetters(members.byId, memberId));
    return undefined;
  }
  // A member who left still owes their loan: repaying it is no inactive member's row.
  if (date !== undefined && !isMemberActiveOn(member, date) && !(repaysOwnLoan && date > member.joinDate)) {
    r.report(key, codes.inactive, {
      value: memberId,
      date: formatShortDate(date),
      joinDate: formatShortDate(member.joinDate),
      leaveDate: member.status === 'Keluar' && member.leaveDate ? formatShortDate(member.leaveDate) : '',
    });
  }
  return member;
}
