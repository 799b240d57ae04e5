// `buku-kelompok demo [--out FILE]`: writes the demo book, dated from today.
import { commonOptions, parse, todayOption, type CliContext } from '../cliOptions';
import { demoWorkbook } from '../demoWorkbook';
import { CliError, saveBook } from '../openBook';

export const DEFAULT_DEMO_FILE = 'demo/buku-kelompok-demo.xlsx';
export const demoUsage = 'buku-kelompok demo [--out FILE] [--today yyyy-mm-dd]';

export async function writeDemo(file: string, today: string): Promise<void> {
  await saveBook(demoWorkbook(today), file);
}

export async function runDemo(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, { ...commonOptions, out: { type: 'string' } });
  if (positionals.length > 0)
    throw new CliError('args.invalid', {
      id: `Argumen berlebih: ${demoUsage}`,
      en: `Unexpected arguments: ${demoUsage}`,
    });
  const today = todayOption(values.today, ctx);
  const file = values.out ?? DEFAULT_DEMO_FILE;
  await writeDemo(file, today);
  ctx.out(file);
  return 0;
}
