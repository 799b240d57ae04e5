// Options shared by the commands: parsed with node:util parseArgs, refused in one line when unusable.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { IsoDate } from '../core/cell';
import { isIsoDate } from '../core/isoDate';
import { text, type Lang } from '../core/text';
import { CliError } from './openBook';
import { dateIn, LOCAL_TIME_ZONE } from './localHost';

/** What a command reaches of the outside world: where it prints, and the clock. */
export interface CliContext {
  readonly out: (line: string) => void;
  readonly err: (line: string) => void;
  readonly clock: () => Date;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export const commonOptions = {
  today: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies Options;

export function parse<O extends Options>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new CliError(
      'args.invalid',
      text(`Argumen tidak dapat dipakai: ${detail}`, `Unusable arguments: ${detail}`),
    );
  }
}

export function dateOption(name: string, value: string | undefined, fallback: IsoDate): IsoDate {
  if (value === undefined) return fallback;
  if (!isIsoDate(value))
    throw new CliError(
      'args.date',
      text(
        `--${name} harus tanggal yyyy-mm-dd, mis. 2026-11-28 (bukan "${value}")`,
        `--${name} must be a date yyyy-mm-dd, e.g. 2026-11-28 (not "${value}")`,
      ),
    );
  return value;
}

/** Today: `--today`, else the clock's date in Asia/Jakarta. */
export function todayOption(value: string | undefined, ctx: CliContext): IsoDate {
  return dateOption('today', value, dateIn(LOCAL_TIME_ZONE, ctx.clock()));
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
