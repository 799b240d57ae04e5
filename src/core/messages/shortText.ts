// How a ready message stays short enough for one phone screen (docs/book.md §8): the longest it may
// be, and names and IDs cut with `…` at a stated length (an ID keeps its end).

/** At most this many characters (Unicode code points: an emoji counts as one) in a ready message. */
export const MAX_MESSAGE_CHARS = 500;
/** A name in a message (member, group, treasurer, facilitator): longer ones are cut with `…`. */
export const MAX_NAME_CHARS = 40;
/** A loan ID in a message. */
export const MAX_LOAN_ID_CHARS = 12;
/** Loans a member's message details one by one; the rest are summed in one line. */
export const MAX_LOAN_LINES = 3;

/** Characters as a person counts them closely enough: code points, so an emoji is never split in two. */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/**
 * `text` whole when it has at most `max` characters, else its first `max - 1` and `…`. A cut that
 * would leave a joiner, a variation selector or a skin tone dangling drops it too.
 */
export function cutText(text: string, max: number): string {
  return cut(text, max, 0);
}

/**
 * A loan ID longer than `max` as its first and last characters around `…` (`KREDI…000001`): the IDs
 * of one book differ at their end, so two loans never read the same.
 */
export function cutId(text: string, max: number): string {
  return cut(text, max, max >> 1);
}

/** `text` whole within `max`, else its head, `…` and its last `tail`, nothing dangling on either side of the cut. */
function cut(text: string, max: number, tail: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  const dangling = '(?:\u200d|\ufe0f|\u{1f3fb}|\u{1f3fc}|\u{1f3fd}|\u{1f3fe}|\u{1f3ff}|\\s)+';
  const head = chars
    .slice(0, max - 1 - tail)
    .join('')
    .replace(new RegExp(`${dangling}$`, 'u'), '');
  const end = tail
    ? chars
        .slice(-tail)
        .join('')
        .replace(new RegExp(`^${dangling}`, 'u'), '')
    : '';
  return `${head}…${end}`;
}
