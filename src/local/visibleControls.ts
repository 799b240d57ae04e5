// Text from a book, shown on a terminal: control characters (ESC sequences, BEL, NUL, carriage
// return) and bidirectional overrides become visible `\u001b`-style escapes, so a cell can neither
// drive the terminal (clear it, set its title) nor reorder what is read. Newlines and tabs stay.

/** C0 but tab and newline, DEL and C1, the bidi marks, overrides and isolates, line separators. */
function isHidden(code: number): boolean {
  return (
    (code <= 0x1f && code !== 0x09 && code !== 0x0a) ||
    (code >= 0x7f && code <= 0x9f) ||
    code === 0x061c ||
    code === 0x200e ||
    code === 0x200f ||
    code === 0x2028 ||
    code === 0x2029 ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2066 && code <= 0x2069)
  );
}

/** The same characters as isHidden, to pass most lines through untouched (a check prints a million). */
const ANY_HIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here.
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

export function visibleControls(line: string): string {
  if (!ANY_HIDDEN.test(line)) return line;
  let out = '';
  for (const ch of line) {
    const code = ch.codePointAt(0) ?? 0;
    out += isHidden(code) ? `\\u${code.toString(16).padStart(4, '0')}` : ch;
  }
  return out;
}
