// Ready messages come a page at a time: a further page appended to the loaded one.
import type { MessagePage } from '../../src/core/api/types';

/**
 * Each member's message once; the week, summary and total of the newer reading. A page `restarted`
 * (the book changed since the loaded one was read) replaces the loaded one.
 */
export function appendMessagePage(loaded: MessagePage, next: MessagePage): MessagePage {
  if (next.restarted) return next;
  const seen = new Set(loaded.items.map((m) => m.memberId));
  return { ...next, offset: 0, items: [...loaded.items, ...next.items.filter((m) => !seen.has(m.memberId))] };
}
