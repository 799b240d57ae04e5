// Further pages of ready messages join the loaded ones in the sidebar.
import type { MessagePage } from '../../../src/core/api/types';
import type { MemberMessage } from '../../../src/core/messages/readyMessages';
import { appendMessagePage } from '../../../sidebar/view/messagePages';

const message = (memberId: string): MemberMessage => ({
  memberId,
  name: `Name ${memberId}`,
  loanIds: [`P-${memberId}`],
  total: 150000,
  phone: null,
  text: `Yth. Bapak/Ibu Name ${memberId}`,
  waLink: null,
});

const page = (ids: string[], offset: number, total: number, summary = 'minggu 48'): MessagePage => ({
  week: '2026-W48',
  weekLabel: '23–29 November 2026',
  from: '2026-11-30',
  to: '2026-12-06',
  summary: { text: summary, waLink: 'https://wa.me/?text=x' },
  items: ids.map(message),
  offset,
  total,
});

describe('appendMessagePage', () => {
  test('appends the next page, each member once, with the newer reading’s total and summary', () => {
    const loaded = page(['A1', 'A2'], 0, 5);
    const next = page(['A2', 'A3', 'A4'], 2, 6, 'minggu 48, dibaca lagi');
    const both = appendMessagePage(loaded, next);
    expect(both.items.map((m) => m.memberId)).toEqual(['A1', 'A2', 'A3', 'A4']);
    expect(both.offset).toBe(0);
    expect(both.total).toBe(6);
    expect(both.summary.text).toBe('minggu 48, dibaca lagi');
  });
});

describe('a page the server sent from the start of the list (the book changed since)', () => {
  test('replaces the loaded pages instead of joining them', () => {
    const loaded = { ...page(['A1', 'A2'], 0, 5), reading: 'a.1' };
    const next = { ...page(['A2', 'A3'], 0, 4, 'dibaca lagi'), reading: 'b.2', restarted: true as const };
    expect(appendMessagePage(loaded, next)).toBe(next);
    // A page of the same reading joins them, as before.
    const same = { ...page(['A3'], 2, 5), reading: 'a.1' };
    expect(appendMessagePage(loaded, same).items.map((m) => m.memberId)).toEqual(['A1', 'A2', 'A3']);
  });
});
