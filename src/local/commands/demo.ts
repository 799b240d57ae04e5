// `buku-kelompok demo [--out FILE]`: writes the demo book, dated from today.
import { text } from '../../core/text';
import { usageLine, type CliCommand } from '../cliCommand';
import { forceFlag, helpFlag, parse, todayFlag, todayOption, type CliContext } from '../cliOptions';
import { demoWorkbook } from '../demoWorkbook';
import { CliError } from '../openBook';
import { outTarget, writeOut, writtenLine, type OutTarget } from '../outFile';

export const DEFAULT_DEMO_FILE = 'demo/buku-kelompok-demo.xlsx';

const options = {
  out: {
    type: 'string',
    value: 'FILE.xlsx',
    help: text(
      `file buku contoh (bawaan: ${DEFAULT_DEMO_FILE})`,
      `the demo book's file (default: ${DEFAULT_DEMO_FILE})`,
    ),
  },
  force: forceFlag,
  today: todayFlag,
  help: helpFlag,
} as const;

export const demoCommand: CliCommand = {
  name: 'demo',
  operands: '',
  summary: text(
    'Menulis buku contoh sebuah kelompok tani (anggota, kas, pinjaman, kegiatan), bertanggal dari hari ini.',
    'Writes the demo book of a farmer group (members, cash, loans, activities), dated from today.',
  ),
  options,
  examples: ['buku-kelompok demo', 'buku-kelompok demo --out contoh.xlsx --today 2026-11-28'],
  run: runDemo,
};

export async function writeDemo(target: OutTarget, today: string): Promise<void> {
  await writeOut(demoWorkbook(today), target);
}

/** A command that takes no file refuses one given anyway, naming it: `start buku.xlsx` is no typo to pass over. */
export function refuseOperands(positionals: readonly string[], command: CliCommand): void {
  if (positionals.length === 0) return;
  const extra = positionals.join(' ');
  throw new CliError('args.invalid', {
    id: `Argumen berlebih (${extra}): ${usageLine(command)}`,
    en: `Unexpected arguments (${extra}): ${usageLine(command)}`,
  });
}

export async function runDemo(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  refuseOperands(positionals, demoCommand);
  const today = todayOption(values.today, ctx);
  const target = outTarget(values.out ?? DEFAULT_DEMO_FILE, [], values.force === true);
  await writeDemo(target, today);
  const line = writtenLine(target, text('buku contoh', 'the demo book'));
  ctx.out(`${line.id} / ${line.en}`);
  return 0;
}
