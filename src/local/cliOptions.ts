// Options of the commands: each with its help text, parsed with node:util parseArgs and checked here
// so that a refusal is said in both languages (Node's own parser messages are English only).
import { parseArgs } from 'node:util';
import type { IsoDate } from '../core/cell';
import { daysInMonth, isIsoDate, monthName } from '../core/isoDate';
import { MAX_BOOK_YEAR } from '../core/values/readDate';
import { text, type Lang, type Bilingual } from '../core/text';
import { CliError } from './openBook';
import { dateIn, LOCAL_TIME_ZONE } from './localHost';

/** What a command reaches of the outside world: where it prints, and the clock. */
export interface CliContext {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly clock: () => Date;
}

/** One option of a command, as it is parsed and as its help shows it. */
export interface CliOption {
  readonly type: 'string' | 'boolean';
  readonly short?: string;
  /** The shape of the value in help and in refusals, e.g. `yyyy-mm-dd`. */
  readonly value?: string;
  readonly help: Bilingual;
  /** Must be given: the synopsis shows it without brackets (`--out DIR`). */
  readonly required?: boolean;
  /** One of the options sharing this name must be given: the synopsis shows `(--member ID | --all)`. */
  readonly oneOf?: string;
}

export type CliOptions = Readonly<Record<string, CliOption>>;

/** Parsed values: a string option is its text, a boolean option is true when given. */
export type OptionValues<O extends CliOptions> = {
  readonly [K in keyof O]?: O[K]['type'] extends 'string' ? string : boolean;
};

export const todayFlag = {
  type: 'string',
  value: 'yyyy-mm-dd',
  help: text('hari ini (bawaan: tanggal sekarang di WIB)', 'today (default: the date now in Jakarta)'),
} as const satisfies CliOption;

export const langFlag = {
  type: 'string',
  value: 'id|en',
  help: text('bahasa keluaran (bawaan: bahasa buku)', "the output's language (default: the book's)"),
} as const satisfies CliOption;

export const jsonFlag = {
  type: 'boolean',
  help: text('keluaran JSON untuk program lain', 'JSON output for other programs'),
} as const satisfies CliOption;

export const helpFlag = {
  type: 'boolean',
  short: 'h',
  help: text('bantuan perintah ini', "this command's help"),
} as const satisfies CliOption;

/** `--out FILE.xlsx`: a new workbook, never the input (see writeOut). */
export const outFlag = {
  type: 'string',
  value: 'FILE.xlsx',
  help: text(
    'tulis salinan buku dengan tab buatan ke file ini',
    'write a copy of the book with the generated tabs to this file',
  ),
} as const satisfies CliOption;

/** `--force`: --out may replace an existing file that the tool did not write. */
export const forceFlag = {
  type: 'boolean',
  help: text(
    '--out boleh menimpa file yang ada walau bukan tulisan Buku Kelompok',
    '--out may replace an existing file that Buku Kelompok did not write',
  ),
} as const satisfies CliOption;

/** The options most commands take: --today, --lang, --json and --help. */
export const commonOptions = {
  today: todayFlag,
  lang: langFlag,
  json: jsonFlag,
  help: helpFlag,
} as const satisfies CliOptions;

/** The option's name as typed: `--out FILE.xlsx`. */
export function optionSyntax(name: string, option: CliOption): string {
  return `--${name}${option.value ? ` ${option.value}` : ''}`;
}

/**
 * Parses `args`; an unknown option, a missing value, a value given to a switch or an option given
 * twice is a CliError.
 */
export function parse<O extends CliOptions>(
  args: readonly string[],
  options: O,
): { values: OptionValues<O>; positionals: string[] } {
  const config = Object.fromEntries(
    Object.entries(options).map(([name, o]) => [
      name,
      o.short ? { type: o.type, short: o.short } : { type: o.type },
    ]),
  );
  const { values, positionals, tokens } = parseArgs({
    args: [...args],
    options: config,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const given = new Set<string>();
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = Object.prototype.hasOwnProperty.call(options, token.name)
      ? options[token.name]
      : undefined;
    if (option === undefined)
      throw new CliError(
        'args.unknownOption',
        text(
          `Opsi tidak dikenal: ${token.rawName} (lihat --help)`,
          `Unknown option: ${token.rawName} (see --help)`,
        ),
      );
    // `--member A004 --member A010` took the last without a word: which one was meant is not ours to guess.
    if (given.has(token.name))
      throw new CliError(
        'args.repeated',
        text(
          `--${token.name} diberikan lebih dari sekali; tulis sekali saja`,
          `--${token.name} is given more than once; give it once`,
        ),
      );
    given.add(token.name);
    const syntax = optionSyntax(token.name, option);
    if (option.type === 'boolean' && token.inlineValue)
      throw new CliError(
        'args.noValue',
        text(`${token.rawName} tidak memakai nilai`, `${token.rawName} takes no value`),
      );
    // `--out --json`: Node would take `--json` as the file name; a value never starts with a dash here.
    const value = token.value;
    if (
      option.type === 'string' &&
      (value === undefined || (!token.inlineValue && value.startsWith('-') && value !== '-'))
    )
      throw new CliError(
        'args.missingValue',
        text(`${token.rawName} perlu nilai: ${syntax}`, `${token.rawName} needs a value: ${syntax}`),
      );
  }
  return { values: values as OptionValues<O>, positionals };
}

/**
 * The years a date option may name: those of `--year` and of the add-on's API (2000 to 2100, the
 * last year a book's date may have). Past them a week or a loan's schedule runs out of the years
 * the date arithmetic knows (9999), and no group's book holds such dates.
 */
export const FIRST_OPTION_YEAR = 2000;
export const LAST_OPTION_YEAR = MAX_BOOK_YEAR;

export function dateOption(name: string, value: string | undefined, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  const shape = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!shape)
    throw new CliError(
      'args.date',
      text(
        `--${name} harus tanggal yyyy-mm-dd, mis. 2026-11-28 (bukan "${value}")`,
        `--${name} must be a date yyyy-mm-dd, e.g. 2026-11-28 (not "${value}")`,
      ),
    );
  const [, y = '', m = '', d = ''] = shape;
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  // Written as yyyy-mm-dd, but a month or a day the calendar does not have: said so, not "write yyyy-mm-dd".
  if (month < 1 || month > 12)
    throw new CliError(
      'args.date',
      text(
        `--${name} "${value}": bulan ${m} tidak ada (bulan 01 sampai 12)`,
        `--${name} "${value}": there is no month ${m} (months are 01 to 12)`,
      ),
    );
  const last = daysInMonth(year, month);
  if (day < 1 || day > last)
    throw new CliError(
      'args.date',
      text(
        `--${name} "${value}": tanggal ${d} tidak ada di bulan ${monthName(month, 'id')} ${y} (hanya sampai tanggal ${last})`,
        `--${name} "${value}": ${monthName(month, 'en')} ${y} has no day ${d} (its last day is ${last})`,
      ),
    );
  if (year < FIRST_OPTION_YEAR || year > LAST_OPTION_YEAR || !isIsoDate(value))
    throw new CliError(
      'args.dateRange',
      text(
        `--${name} harus tanggal dari ${FIRST_OPTION_YEAR}-01-01 sampai ${LAST_OPTION_YEAR}-12-31 (bukan "${value}")`,
        `--${name} must be a date from ${FIRST_OPTION_YEAR}-01-01 to ${LAST_OPTION_YEAR}-12-31 (not "${value}")`,
      ),
    );
  return value;
}

/** Today: `--today`, else the clock's date in Asia/Jakarta. */
export function todayOption(value: string | undefined, ctx: CliContext): IsoDate {
  return dateOption('today', value, dateIn(LOCAL_TIME_ZONE, ctx.clock()));
}

/** A command's day and clock, as its local host takes them (`LocalHostOptions`). */
export interface CommandTime {
  readonly today: IsoDate;
  readonly clock: () => Date;
  /** `--today` was given: what is written is stamped with that day alone (the same day, the same bytes). */
  readonly dayOnly: boolean;
}

/** Today as `todayOption` takes it, with the clock and whether the day was given. */
export function commandTime(value: string | undefined, ctx: CliContext): CommandTime {
  return { today: todayOption(value, ctx), clock: ctx.clock, dayOnly: value !== undefined };
}

export function langOption(value: string | undefined): Lang | undefined {
  if (value === undefined) return undefined;
  if (value === 'id' || value === 'en') return value;
  throw new CliError(
    'args.lang',
    text(`--lang harus id atau en (bukan "${value}")`, `--lang must be id or en (not "${value}")`),
  );
}

export function json(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
