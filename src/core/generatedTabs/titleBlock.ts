// The title block every generated tab starts with: title, group and place, as-of date, generated-at.
import type { Settings } from '../book/types';
import type { IsoDate } from '../cell';
import { formatLongDate, formatLongDateTime } from '../isoDate';
import { cell, ITALIC, BOLD, type OutCell } from '../sheetGrid';
import { text as t, pick, type Lang, type Bilingual } from '../text';

/** Where the group is, e.g. `Desa Sukamaju, Kec. Cibodas, Kab. Bandung, Jawa Barat`; '' when unknown. */
export function placeLine(
  settings: { readonly [K in 'village' | 'district' | 'regency' | 'province']?: string | null },
  lang: Lang,
): string {
  const parts = [
    settings.village && `${lang === 'en' ? 'Village' : 'Desa'} ${settings.village}`,
    settings.district && `${lang === 'en' ? 'District' : 'Kec.'} ${settings.district}`,
    settings.regency && `${lang === 'en' ? 'Regency' : 'Kab.'} ${settings.regency}`,
    settings.province,
  ];
  return parts.filter((p): p is string => Boolean(p)).join(', ');
}

/**
 * About how many characters of Arial 10 a line over columns of these widths holds: 6.5 px a
 * character, 6 px of padding (test/local/printFit.test.ts holds the lines made by it to the measured
 * widths).
 */
export function charsIn(widths: readonly number[]): number {
  return (widths.reduce((sum, w) => sum + w, 0) - 6) / 6.5;
}

/**
 * The place in lines of at most `max` characters (none when unknown), broken after a comma only
 * (`Kab. Garut,` then `Jawa Barat`): its parts' own spaces are held together while it is split.
 */
export function placeLines(settings: Parameters<typeof placeLine>[0], lang: Lang, max: number): string[] {
  return splitLines(placeLine(settings, lang).replace(/ (?<!, )/g, '\ue000'), max)
    .filter(Boolean)
    .map((line) => line.replace(/\ue000/g, ' '));
}

/** A column of a generated table: its header in both languages and its width in pixels. */
export function tableColumn(id: string, en: string, width: number): { label: Bilingual; width: number } {
  return { label: { id, en }, width };
}

/**
 * Breaks text at spaces into lines of at most `max` characters (a longer word keeps a line of its
 * own); never between `Rp` and its amount.
 */
export function splitLines(text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<!\bRp)\s+/).filter((x) => x !== '')) {
    if (line !== '' && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '' || lines.length === 0) lines.push(line);
  return lines;
}

/**
 * Rows: title; group name; place (when known); as-of line; generated-at line; one blank row.
 * Book text (group name, place) goes in as plain values: adapters write it as text. With
 * `lineChars`, a place longer than that many characters takes more than one row, and so does a group
 * name longer than about three quarters of it (bold, 12 pt): for a tab printed more than one page
 * wide, whose repeated columns are all these lines have beside them on the later pages.
 */
export function titleBlock(
  title: Bilingual,
  settings: Settings,
  lang: Lang,
  asOf: IsoDate | undefined,
  generatedAt: string,
  lineChars = Infinity,
): OutCell[][] {
  const rows: OutCell[][] = [[cell(pick(title, lang), { bold: true, size: 14 })]];
  if (settings.groupName)
    for (const line of splitLines(settings.groupName, lineChars * 0.72))
      rows.push([cell(line, { bold: true, size: 12 })]);
  for (const line of placeLines(settings, lang, lineChars)) rows.push([cell(line)]);
  rows.push([
    cell(
      asOf === undefined
        ? pick(t('Semua baris Kas', 'All Kas rows'), lang)
        : `${pick(t('Per tanggal', 'As of'), lang)} ${formatLongDate(asOf, lang)}`,
    ),
  ]);
  rows.push([
    cell(`${pick(t('Dibuat', 'Generated'), lang)} ${formatLongDateTime(generatedAt, lang)}`, ITALIC),
  ]);
  rows.push([]);
  return rows;
}

/** The light green behind every generated tab's header row. */
export const HEADER_BACKGROUND = '#e8f0e0';

/** A bold header row on a light background. */
export function headerRow(labels: readonly Bilingual[], lang: Lang): OutCell[] {
  return labels.map((l) =>
    cell(pick(l, lang), { bold: true, background: HEADER_BACKGROUND, wrap: true, align: 'center' }),
  );
}

/**
 * The start of a tabular generated tab: the title block, any `lead` rows, then the header row of
 * `columns`; everything down to the header is frozen, so the header stays in view and prints on
 * every page.
 */
export function tableStart(
  head: {
    title: Bilingual;
    settings: Settings;
    asOf: IsoDate | undefined;
    generatedAt: string;
    lineChars?: number;
  },
  columns: readonly { readonly label: Bilingual }[],
  lang: Lang,
  lead: readonly OutCell[][] = [],
): { rows: OutCell[][]; frozenRows: number } {
  const rows = titleBlock(head.title, head.settings, lang, head.asOf, head.generatedAt, head.lineChars);
  rows.push(...lead.map((r) => [...r]));
  rows.push(
    headerRow(
      columns.map((c) => c.label),
      lang,
    ),
  );
  return { rows, frozenRows: rows.length };
}

/** The first two cells of a table's totals row: an empty `No` and a bold `Jumlah`. */
export function totalsStart(lang: Lang): OutCell[] {
  return [cell(null), cell(pick(t('Jumlah', 'Total'), lang), BOLD)];
}
