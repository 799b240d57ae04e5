// Reads `Pengaturan` (Kunci | Nilai) into the book's settings (docs/book.md §3).
import { isDateCell, type IsoDate } from '../cell';
import type { Problem } from '../problems/problem';
import type { Lang } from '../text';
import { readDate } from '../values/readDate';
import { shownCell, shownFigure } from '../values/shownCell';
import { readIdentifier } from '../values/readIdentifier';
import { readMoney } from '../values/readMoney';
import { rupiahText } from '../money';
import { problemAt, type ProblemPlace, placeAt } from '../problems/problemCatalogue';
import { readShuSettings } from '../shu/readShuSettings';
import { readDecimal, readWholeNumber } from '../values/readNumber';
import type { RowReader } from './rowReader';
import { matchListValue, normaliseHeader, settingKeys, settingsTab, type SettingKey } from './schema';
import { dataRows, openTab, type TabSource } from './tabRows';
import { defaultSettings, type Settings } from './types';

/** The setting a `Kunci` cell names, through its listed name and aliases (a trailing colon is allowed). */
export function matchSettingKey(raw: string): SettingKey | undefined {
  const wanted = normaliseHeader(raw.replace(/:\s*$/, ''));
  if (wanted === '') return undefined;
  return settingKeys.find((s) => [s.name, ...s.aliases].some((n) => normaliseHeader(n) === wanted))?.key;
}

/** `90;120;180`: three whole, increasing, positive day counts. */
export function parseKolLimits(raw: string): readonly [number, number, number] | undefined {
  const parts = raw.split(';').map((p) => p.trim());
  if (parts.length !== 3 || !parts.every((p) => /^\d{1,5}$/.test(p))) return undefined;
  const [a, b, c] = parts.map(Number) as [number, number, number];
  return a >= 1 && a < b && b < c ? [a, b, c] : undefined;
}

/** A grace of more than a year would mean no fines at all: surely a typo. */
const MAX_GRACE_DAYS = 365;

export interface SettingsReading {
  readonly settings: Settings;
  /** The tab's name as the user wrote it, when it was found. */
  readonly tab?: string;
  /** Where each setting was written, for problems of other tabs that refer to it. */
  readonly places: Partial<Record<SettingKey, ProblemPlace>>;
}

export function readSettings(source: TabSource, problems: Problem[]): SettingsReading {
  const open = openTab(source, settingsTab, problems);
  if (!open) {
    // Without the tab there is no group name: say so once (tab.missing already does).
    return { settings: defaultSettings, places: {} };
  }
  const rows: Partial<Record<SettingKey, RowReader<'key' | 'value'>>> = {};
  const places: Partial<Record<SettingKey, ProblemPlace>> = {};
  const firstRow: Partial<Record<SettingKey, number>> = {};
  const known = settingKeys.map((s) => s.name).join(', ');

  for (const r of dataRows(open)) {
    const rawKey = readIdentifier(r.cell('key'));
    if (rawKey === undefined) continue;
    const key = matchSettingKey(rawKey);
    if (key === undefined) {
      r.report('key', 'settings.key.unknown', { value: rawKey, allowed: known });
      continue;
    }
    const first = firstRow[key];
    if (first !== undefined) {
      r.report('key', 'settings.key.duplicate', { value: rawKey, firstRow: first });
      continue;
    }
    firstRow[key] = r.row;
    places[key] = r.place('value');
    rows[key] = r;
  }

  const reader = (key: SettingKey) => rows[key];
  // A date as the sheet shows it (`01/01/2026`), as every row reader's text.
  const textOf = (key: SettingKey): string | undefined => reader(key)?.text('value');

  let settings: Settings = { ...defaultSettings };
  const optionalText = (
    key: Exclude<
      SettingKey,
      | 'openingBalance'
      | 'openingDate'
      | 'weekStart'
      | 'language'
      | 'kolLimits'
      | 'shuIncome'
      | 'shuCosts'
      | 'shuParts'
      | 'lateFine'
      | 'fineGraceDays'
      | 'subsidyAreaLimit'
    >,
  ) => {
    const v = textOf(key);
    if (v !== undefined) settings = { ...settings, [key]: v };
  };

  const groupName = textOf('groupName');
  // A formula error in the value is reported on its own; "the group name is missing" would only repeat it.
  if (groupName === undefined && !rows.groupName?.hasError('value')) {
    const place = places.groupName ?? placeAt(open.tab, 0, open.header.columns.key?.header ?? 'Kunci', 0);
    problems.push(problemAt('settings.groupName.missing', place));
  } else if (groupName !== undefined) settings = { ...settings, groupName };
  for (const key of [
    'village',
    'district',
    'regency',
    'province',
    'facilitatorName',
    'chairName',
    'treasurerName',
  ] as const)
    optionalText(key);

  const balanceRow = reader('openingBalance');
  if (balanceRow) {
    const amount = balanceRow.take('value', readMoney(balanceRow.cell('value')));
    if (amount !== undefined && amount < 0)
      balanceRow.report('value', 'settings.openingBalance.negative', { value: rupiahText(amount) });
    else if (amount !== undefined) settings = { ...settings, openingBalance: amount };
  }

  const dateRow = reader('openingDate');
  if (dateRow) {
    const date: IsoDate | undefined = dateRow.take('value', readDate(dateRow.cell('value')));
    if (date !== undefined) settings = { ...settings, openingDate: date };
  }

  const weekRow = reader('weekStart');
  if (weekRow) {
    const cell = weekRow.cell('value');
    const raw = shownCell(cell).trim();
    const day =
      typeof cell === 'number' && Number.isInteger(cell) && cell >= 1 && cell <= 7
        ? cell
        : !isDateCell(cell) && raw !== ''
          ? Number(matchListValue('weekday', raw) ?? NaN)
          : NaN;
    if (raw !== '' && Number.isNaN(day))
      weekRow.report('value', 'settings.weekStart.unknown', { value: shownFigure(cell) });
    else if (!Number.isNaN(day)) settings = { ...settings, weekStart: day };
  }

  const langRow = reader('language');
  if (langRow) {
    const raw = textOf('language');
    if (raw !== undefined) {
      const lang: Lang | undefined = matchListValue('language', raw);
      if (lang === undefined) langRow.report('value', 'settings.language.unknown', { value: raw });
      else settings = { ...settings, language: lang };
    }
  }

  const kolRow = reader('kolLimits');
  if (kolRow) {
    const raw = textOf('kolLimits');
    if (raw !== undefined) {
      const limits = typeof kolRow.cell('value') === 'string' ? parseKolLimits(raw) : undefined;
      if (limits === undefined) kolRow.report('value', 'settings.kolLimits.invalid', { value: raw });
      else settings = { ...settings, kolLimits: limits };
    }
  }

  if (rows.shuIncome || rows.shuCosts || rows.shuParts) {
    const shu = readShuSettings((key) => {
      const r = reader(key);
      return r && { text: textOf(key), report: (note) => r.note('value', note) };
    });
    settings = { ...settings, shu };
  }

  const fineRow = reader('lateFine');
  if (fineRow) {
    const amount = fineRow.take('value', readMoney(fineRow.cell('value')));
    if (amount !== undefined && amount < 0)
      fineRow.report('value', 'settings.lateFine.negative', { value: rupiahText(amount) });
    else if (amount !== undefined) settings = { ...settings, lateFine: amount };
  }

  const graceRow = reader('fineGraceDays');
  if (graceRow) {
    // Text or a fraction is no number of days: said as the setting's own error, with its fallback.
    const reading = readWholeNumber(graceRow.cell('value'));
    const days = reading.status === 'invalid' ? -1 : graceRow.take('value', reading);
    if (days !== undefined && (days < 0 || days > MAX_GRACE_DAYS))
      graceRow.report('value', 'settings.fineGraceDays.invalid', {
        value: shownFigure(graceRow.cell('value')),
      });
    else if (days !== undefined) settings = { ...settings, fineGraceDays: days };
  }

  const areaRow = reader('subsidyAreaLimit');
  if (areaRow) {
    // Text such as `3 ha` is no number of hectares: said as the setting's own error, with its fallback.
    const reading = readDecimal(areaRow.cell('value'));
    const limit = reading.status === 'invalid' ? 0 : areaRow.take('value', reading);
    if (limit !== undefined && limit > 0) settings = { ...settings, subsidyAreaLimit: limit };
    else if (limit !== undefined)
      areaRow.report('value', 'settings.subsidyAreaLimit.invalid', {
        value: shownFigure(areaRow.cell('value')),
      });
  }

  return { settings, tab: open.tab, places };
}
