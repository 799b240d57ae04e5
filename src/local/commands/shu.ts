// `buku-kelompok shu FILE --year 2026 [--json] [--out FILE]`: the year-end share-out (docs/book.md
// §8); with --out, a copy of the book with the tab `SHU <year>` written as the add-on writes it.
import { lists } from '../../core/book/schema';
import { toYmd } from '../../core/isoDate';
import type { ShareOut } from '../../core/shu/shareOut';
import { shareOut } from '../../core/shu/shareOut';
import { toReserveNote } from '../../core/generatedTabs/shuSheet';
import { pick, text, type Lang } from '../../core/text';
import { alignedTable, basisPointsPercent, longDate, oneLine, rupiah } from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  forceFlag,
  json,
  langOption,
  outFlag,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import {
  oneBookFile,
  printNowOrAfterWrite,
  printReport,
  reportOnBook,
  writeCopy,
  yearOption,
} from '../oneBookCommand';
import { outOption } from '../outFile';

const options = {
  year: {
    type: 'string',
    value: 'yyyy',
    help: text(
      'tahun buku, 2000 sampai tahun ini (bawaan: tahun ini, angka sementara)',
      'the calendar year, 2000 to this year (default: this year, provisional)',
    ),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const shuCommand: CliCommand = {
  name: 'shu',
  operands: 'FILE',
  summary: text(
    'Pembagian sisa hasil usaha (SHU) setahun: pendapatan, biaya, bagian-bagian dan bagian tiap anggota; dengan --out, salinan buku dengan tab SHU <tahun>.',
    "The year's share-out (SHU): income, costs, the parts and each member's share; with --out, a copy of the book with the tab SHU <year>.",
  ),
  options,
  examples: ['buku-kelompok shu buku.xlsx --year 2026', 'buku-kelompok shu buku.xlsx --year 2025 --json'],
  run: runShu,
};

/** The JSON of the README: `{year, income, costs, shu, parts, members}` in whole Rupiah. */
export function shuJson(share: ShareOut) {
  return {
    year: share.year,
    // The last day counted, and whether the year is still running (figures up to today).
    asOf: share.asOf,
    provisional: share.provisional,
    income: {
      jasa: share.income.jasa,
      byCategory: Object.fromEntries(share.income.byCategory.map((c) => [c.category, c.amount])),
    },
    costs: { byCategory: Object.fromEntries(share.costs.byCategory.map((c) => [c.category, c.amount])) },
    shu: share.shu,
    parts: share.parts.map((p) => ({ name: p.name, percent: p.basisPoints / 100, amount: p.amount })),
    // The members' parts that went to Cadangan, no member having savings or paying jasa: "savings", "loans".
    toReserve: share.toReserve,
    members: share.members.map((m) => ({
      memberId: m.memberId,
      name: m.name,
      averageSavings: m.averageSavings,
      jasaPaid: m.jasaPaid,
      fromSavings: m.fromSavings,
      fromLoans: m.fromLoans,
      total: m.total,
    })),
  };
}

function label(category: string, lang: Lang): string {
  return pick(lists.category.find((c) => c.value === category)?.label ?? text(category, category), lang);
}

export function shuText(share: ShareOut, lang: Lang): string[] {
  const en = lang === 'en';
  const lines = [
    en
      ? `SHU ${share.year}${share.provisional ? ` (provisional, up to ${longDate(share.asOf, lang)})` : ''}`
      : `SHU ${share.year}${share.provisional ? ` (sementara, sampai ${longDate(share.asOf, lang)})` : ''}`,
    // A Kategori or a part's name as typed: a line break in it is `↵` (oneLine), one line each.
    oneLine(
      `${en ? 'Income' : 'Pendapatan'}: ${rupiah(share.income.total, lang)} (${en ? 'loan jasa' : 'jasa pinjaman'} ${rupiah(share.income.jasa, lang)}${share.income.byCategory.map((c) => `, ${label(c.category, lang)} ${rupiah(c.amount, lang)}`).join('')})`,
    ),
    oneLine(
      `${en ? 'Costs' : 'Biaya'}: ${rupiah(share.costs.total, lang)}${share.costs.byCategory.length ? ` (${share.costs.byCategory.map((c) => `${label(c.category, lang)} ${rupiah(c.amount, lang)}`).join(', ')})` : ''}`,
    ),
    `SHU: ${rupiah(share.shu, lang)}${share.shu <= 0 ? (en ? ' — nothing is shared' : ' — tidak ada yang dibagi') : ''}`,
    oneLine(
      `${en ? 'Parts' : 'Pembagian'}: ${share.parts.map((p) => `${p.name} ${basisPointsPercent(p.basisPoints, lang)} ${rupiah(p.amount, lang)}`).join(' · ')}`,
    ),
    ...share.toReserve.map((role) => pick(toReserveNote[role], lang)),
  ];
  const header = en
    ? ['Member', 'Avg savings', 'Jasa paid', 'From savings', 'From loans', 'Total']
    : ['Anggota', 'Rata simpanan', 'Jasa dibayar', 'Jasa Simpanan', 'Jasa Pinjaman', 'Jumlah'];
  const rows = share.members.map((m) => [
    `${m.memberId} ${m.name}`,
    rupiah(m.averageSavings, lang),
    rupiah(m.jasaPaid, lang),
    rupiah(m.fromSavings, lang),
    rupiah(m.fromLoans, lang),
    rupiah(m.total, lang),
  ]);
  const table = alignedTable([header, ...rows], (i) => i !== 0);
  lines.push('', ...table);
  return lines;
}

export async function runShu(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const file = oneBookFile(positionals, shuCommand);
  // A year not begun as of today has nothing to share yet: refused, not printed as provisional zeros.
  const year = yearOption(values.year, today, toYmd(today).year);
  const out = outOption(values, [file]);

  // With --out, the action writing the tab takes the book as checked here: read and checked once.
  const { workbook, reported, reviewed } = await reportOnBook(
    file,
    today,
    (opened) => {
      const lang = langOption(values.lang) ?? opened.book.settings.language;
      const share = shareOut(opened.book, year, today, undefined, opened.credit);
      const print = printNowOrAfterWrite(out !== undefined, () => {
        if (values.json) ctx.out(json(shuJson(share)));
        else printReport(ctx, shuText(share, lang), opened, lang);
      });
      return { lang, print };
    },
    {
      ...(out === undefined ? {} : { readOnce: true, keepReview: true }),
      needs: 'shu',
    },
  );
  if (out !== undefined) {
    const result = unwrap(localApi({ workbook }, time, reviewed).computeShu(year));
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  reported.print();
  return 0;
}
