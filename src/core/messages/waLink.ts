// A WhatsApp click-to-chat link (https://wa.me/…): the add-on sends nothing, the person clicks.

/**
 * `https://wa.me/62812…?text=…` for a mobile number in its `08…` form; without a number, the link
 * that lets the person pick the chat (a group). The text is percent-encoded as UTF-8, so `&`, `#`,
 * `?`, line breaks and emoji arrive as written.
 */
export function waLink(text: string, phone08?: string): string {
  const to = phone08 ? `62${phone08.replace(/^0/, '')}` : '';
  return `https://wa.me/${to}?text=${encodeURIComponent(text)}`;
}
