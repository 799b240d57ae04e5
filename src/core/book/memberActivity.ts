// Whether a member belongs to the group on a date: joined on or before it and not yet left.
import type { IsoDate } from '../cell';
import type { Member } from './types';

/**
 * Active from `Tanggal Masuk` through `Tanggal Keluar` inclusive (the day a member leaves, their
 * savings are paid out). A member marked Keluar without a leave date counts as active, so that the
 * one missing date is reported once, not on every row of that member.
 */
export function isMemberActiveOn(
  member: Pick<Member, 'joinDate' | 'status' | 'leaveDate'>,
  date: IsoDate,
): boolean {
  if (date < member.joinDate) return false;
  if (member.status === 'Keluar' && member.leaveDate !== undefined && date > member.leaveDate) return false;
  return true;
}
