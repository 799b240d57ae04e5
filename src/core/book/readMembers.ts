// Reads `Anggota` into typed members and checks every rule of docs/book.md §3 for it.
import { valueCheckCode, placeAt } from '../problems/problemCatalogue';
import * as z from 'zod/mini';
import type { IsoDate } from '../cell';
import { formatShortDate, toYmd } from '../isoDate';
import type { Problem } from '../problems/problem';
import { readNik } from '../values/readNik';
import { readPhone } from '../values/readPhone';
import { parseRow } from './parseRow';
import { problemAt } from '../problems/problemCatalogue';
import type { RowReader } from './rowReader';
import { membersTab, type MemberColumn } from './schema';
import { dataRows, headerColumns, openTab, type TabSource } from './tabRows';
import type { ColumnRef, Member } from './types';
import type { Mutable } from '../mutable';

export const memberRow = z.object({
  memberId: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1)),
  joinDate: z.string(),
  landHa: z.optional(z.number().check(z.gte(0, valueCheckCode('member.landHa.negative')))),
});

/** The values of one `Anggota` row as read, before `memberRow` checks them. */
export interface MemberValues {
  readonly memberId: string | undefined;
  readonly name: string | undefined;
  readonly joinDate: string | undefined;
  readonly landHa: number | undefined;
}

/**
 * True only when `memberRow` would take `v` as it is: the same checks, without zod, for the rows
 * that are read well (test/core/book/rowFastPaths.test.ts holds it to the schema). A row it turns
 * away still goes through `memberRow`, with its problems.
 */
export function memberValuesHold(
  v: MemberValues,
): v is MemberValues & { readonly memberId: string; readonly name: string; readonly joinDate: string } {
  return (
    !!v.memberId &&
    !!v.name &&
    v.joinDate !== undefined &&
    (v.landHa === undefined || (Number.isFinite(v.landHa) && v.landHa >= 0))
  );
}

export interface MembersReading {
  readonly members: readonly Member[];
  readonly tab?: string;
  /** Every member ID written (also of rows left out for their own errors). */
  readonly ids: ReadonlySet<string>;
  readonly columns: Readonly<Partial<Record<MemberColumn, ColumnRef>>>;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/**
 * A member made with `new`, as `readCash`'s rows are, so that V8 keeps every field inside the
 * object; its prototype is Object's: to every reader it is a plain object.
 */
const MemberRow = function (this: Mutable<Member>, tab: string, row: number, id: string, name: string) {
  this.tab = tab;
  this.row = row;
  this.id = id;
  this.name = name;
} as unknown as new (tab: string, row: number, id: string, name: string) => Mutable<Member>;
MemberRow.prototype = Object.prototype;

export function readMembers(
  source: TabSource,
  problems: Problem[],
  ctx: { readonly today: IsoDate },
): MembersReading {
  const open = openTab(source, membersTab, problems);
  if (!open) return { members: [], ids: new Set(), columns: {} };
  const members: Member[] = [];
  const idRows = new Map<string, number>();
  const nikRows = new Map<string, number>();
  const heads: { readonly head: string; readonly reader: RowReader<MemberColumn> }[] = [];

  for (const r of dataRows<MemberColumn>(open, { dateKey: 'joinDate' })) {
    const id = r.identifier('memberId');
    const name = r.text('name');

    const nikReading = readNik(r.cell('nik'));
    for (const note of nikReading.notes) r.note('nik', note);
    const nik = nikReading.nik;

    const gender = r.list('gender', 'gender', 'member.gender.unknown');
    const birthDate = r.date('birthDate');
    const role = r.list('role', 'role', 'member.role.unknown') ?? 'Anggota';
    const householdHead = r.identifier('householdHead');
    const phone = r.take('phone', readPhone(r.cell('phone')));
    const joinDate = r.date('joinDate');
    const status = r.list('status', 'memberStatus', 'member.status.unknown') ?? 'Aktif';
    const leaveDate = r.date('leaveDate');
    const landHa = r.decimal('landHa');

    if (joinDate !== undefined && joinDate > ctx.today) {
      r.report('joinDate', 'member.joinDate.future', {
        date: formatShortDate(joinDate),
        today: formatShortDate(ctx.today),
      });
    }
    if (birthDate !== undefined && joinDate !== undefined && birthDate >= joinDate) {
      r.report('birthDate', 'member.birthDate.notBeforeJoin', {
        birthDate: formatShortDate(birthDate),
        joinDate: formatShortDate(joinDate),
      });
    }
    if (status === 'Keluar' && leaveDate === undefined && !r.hasError('leaveDate')) {
      r.report('leaveDate', 'member.leaveDate.missing');
    }
    // docs/book.md §3 asks for a leave date only with Keluar. One written beside Aktif is not read as leaving
    // (the status decides who is active), and the treasurer is told so rather than left to guess.
    if (status === 'Aktif' && leaveDate !== undefined && !r.hasError('status')) {
      r.report('leaveDate', 'member.leaveDate.whileActive', { leaveDate: formatShortDate(leaveDate) });
    }
    if (leaveDate !== undefined && joinDate !== undefined && leaveDate < joinDate) {
      r.report('leaveDate', 'member.leaveDate.beforeJoin', {
        leaveDate: formatShortDate(leaveDate),
        joinDate: formatShortDate(joinDate),
      });
    }

    // A NIK is never reissued, even when its date is wrong: disagreement is a warning to check, not an error.
    const birth = nikReading.birth;
    if (birth && nik !== undefined) {
      const nikGender = birth.female ? 'P' : 'L';
      if (gender !== undefined && gender !== nikGender) {
        r.report('nik', 'member.nik.genderMismatch', { value: nik, nikGender, gender });
      }
      if (birthDate !== undefined) {
        const b = toYmd(birthDate);
        if (b.day !== birth.day || b.month !== birth.month || b.year % 100 !== birth.yy) {
          r.report('nik', 'member.nik.birthDateMismatch', {
            value: nik,
            nikDate: `${pad2(birth.day)}/${pad2(birth.month)}/${pad2(birth.yy)}`,
            birthDate: formatShortDate(birthDate),
          });
        }
      }
    }

    if (nik !== undefined && nikReading.notes.every((n) => n.code === 'member.nik.number')) {
      const first = nikRows.get(nik);
      if (first !== undefined) r.report('nik', 'member.nik.duplicate', { value: nik, firstRow: first });
      else nikRows.set(nik, r.row);
    }

    if (id !== undefined) {
      const first = idRows.get(id);
      if (first !== undefined) {
        r.report('memberId', 'member.id.duplicate', { value: id, firstRow: first });
        continue;
      }
      idRows.set(id, r.row);
    }

    // With every value read and in range, the schema holds: a row is not passed through zod for
    // nothing (a district book's 5,000 members, as readCash does for its rows).
    const values = { memberId: id, name, joinDate, landHa };
    const parsed = memberValuesHold(values)
      ? values
      : parseRow(memberRow, values, r, {
          memberId: 'member.id.missing',
          name: 'member.name.missing',
          joinDate: 'member.joinDate.missing',
        });
    if (!parsed) continue;
    if (householdHead !== undefined) heads.push({ head: householdHead, reader: r });
    // Field by field rather than with conditional spreads (each a temporary object, a sixth of
    // reading a district book's Anggota); the fields come in the same order as ever.
    const member = new MemberRow(open.tab, r.row, parsed.memberId, parsed.name);
    if (nik !== undefined) member.nik = nik;
    if (gender !== undefined) member.gender = gender;
    if (birthDate !== undefined) member.birthDate = birthDate;
    member.role = role;
    if (householdHead !== undefined) member.householdHead = householdHead;
    if (phone !== undefined) member.phone = phone;
    member.joinDate = parsed.joinDate;
    member.status = status;
    if (leaveDate !== undefined) member.leaveDate = leaveDate;
    const address = r.text('address');
    if (address !== undefined) member.address = address;
    if (parsed.landHa !== undefined) member.landHa = parsed.landHa;
    const commodity = r.text('commodity');
    if (commodity !== undefined) member.commodity = commodity;
    const note = r.text('note');
    if (note !== undefined) member.note = note;
    members.push(member);
  }

  const ids = new Set(idRows.keys());
  // The members of one household point at the same head (docs/book.md §3): the head they name has
  // no head of their own (blank, or their own ID), else a household would be counted twice.
  const headOf = new Map(members.map((m) => [m.id, m.householdHead ?? m.id]));
  for (const { head, reader } of heads) {
    const next = headOf.get(head) ?? head;
    if (!ids.has(head)) reader.report('householdHead', 'member.householdHead.unknown', { value: head });
    else if (next !== head)
      reader.report('householdHead', 'member.householdHead.notHead', { value: head, head: next });
  }

  checkOfficers(members, open.tab, open.header.columns.role, problems);
  return { members, tab: open.tab, ids: new Set(idRows.keys()), columns: headerColumns(open) };
}

/** Among active members exactly one Ketua and one Bendahara; a warning on each extra, or on the tab when none. */
function checkOfficers(
  members: readonly Member[],
  tab: string,
  roleColumn: { readonly col: number; readonly header: string } | undefined,
  problems: Problem[],
): void {
  const column = roleColumn?.header ?? 'Jabatan';
  const col = roleColumn?.col ?? 0;
  for (const [role, code] of [
    ['Ketua', 'member.role.chairCount'],
    ['Bendahara', 'member.role.treasurerCount'],
  ] as const) {
    const holders = members.filter((m) => m.status === 'Aktif' && m.role === role);
    if (holders.length === 0) problems.push(problemAt(code, placeAt(tab, 0, column, col), { count: 0 }));
    for (const extra of holders.slice(1)) {
      problems.push(problemAt(code, placeAt(tab, extra.row, column, col), { count: holders.length }));
    }
  }
}
