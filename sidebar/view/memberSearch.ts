// The member card's picker: members whose name or ID holds what was typed (case and accents ignored).
import type { MemberOption } from '../../src/core/api/types';

function folded(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Every member when the query is blank; else those whose name or ID contains every typed word. */
export function searchMembers(members: readonly MemberOption[], query: string): MemberOption[] {
  const words = folded(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return [...members];
  return members.filter((m) => {
    const hay = `${folded(m.id)} ${folded(m.name)}`;
    return words.every((w) => hay.includes(w));
  });
}
