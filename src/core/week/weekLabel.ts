// A week's dates as people write them: `23–29 November 2026`, `30 November – 6 Desember 2026`.
import { monthName, toYmd } from '../isoDate';
import type { IsoDate } from '../cell';
import type { Lang, Bilingual } from '../text';

/**
 * The dates from `start` to `end` (inclusive) in day-month-year order, naming the month and the
 * year once when both days share them; an en dash joins the days, a spaced en dash joins longer parts.
 */
export function weekDatesLabel(start: IsoDate, end: IsoDate, lang: Lang): string {
  const a = toYmd(start);
  const b = toYmd(end);
  if (a.year !== b.year) {
    return `${a.day} ${monthName(a.month, lang)} ${a.year} – ${b.day} ${monthName(b.month, lang)} ${b.year}`;
  }
  if (a.month !== b.month) {
    return `${a.day} ${monthName(a.month, lang)} – ${b.day} ${monthName(b.month, lang)} ${b.year}`;
  }
  return `${a.day}–${b.day} ${monthName(b.month, lang)} ${b.year}`;
}

/** The same label in both languages. */
export function weekDatesText(start: IsoDate, end: IsoDate): Bilingual {
  return { id: weekDatesLabel(start, end, 'id'), en: weekDatesLabel(start, end, 'en') };
}
