// Ready messages come a page at a time: a further page appended to the loaded one.
import type { MessagePage } from '../../src/core/api/types';

/** Each member's message once; the week, summary and total of the newer reading. */
export function appendMessagePage(loaded: MessagePage, next: MessagePage): MessagePage {
  const seen = new Set(loaded.items.map((m) => m.memberId));
  return { ...next, offset: 0, items: [...loaded.items, ...next.items.filter((m) => !seen.has(m.memberId))] };
}
