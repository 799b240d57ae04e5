// `buku-kelompok balances FILE [--as-of DATE] [--json] [--out FILE]`: per-loan balances and the
// portfolio; with --out, a copy of the book with `Saldo Pinjaman` and `Simpanan` written.
import { creditReport } from '../../core/credit/creditReport';
import { kolHeldLabel, loanStatusText, shownKol } from '../../core/credit/loanNotes';
import { formatShortDate } from '../../core/isoDate';
import type { CreditReport } from '../../core/credit/types';
import { pick, text, type Lang } from '../../core/text';
import { alignedTable, count, groupedPlural, longDate, oneLine, percent, rupiah, whole } from '../cliFormat';
import { balancesJson } from '../cliJson';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  dateOption,
  langOption,
  forceFlag,
  outFlag,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { oneBookFile, printNowOrAfterWrite, printReport, reportOnBook, writeCopy } from '../oneBookCommand';
import { outOption } from '../outFile';
import { printJson } from '../jsonPieces';

const options = {
  'as-of': {
    type: 'string',
    value: 'yyyy-mm-dd',
    help: text('tanggal saldo (bawaan: hari ini)', "the balances' date (default: today)"),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const balancesCommand: CliCommand = {
  name: 'balances',
  operands: 'FILE',
  summary: text(
    'Saldo tiap pinjaman (pokok, sisa, tunggakan, Kol) dan portofolio per tanggal; dengan --out, salinan buku dengan tab Saldo Pinjaman dan Simpanan.',
    'Each loan’s balance (principal, outstanding, arrears, Kol) and the portfolio as of a date; with --out, a copy of the book with the tabs Saldo Pinjaman and Simpanan.',
  ),
  options,
  examples: [
    'buku-kelompok balances buku.xlsx',
    'buku-kelompok balances buku.xlsx --as-of 2026-10-31 --out hasil/saldo.xlsx',
  ],
  run: runBalances,
};

export function balancesText(report: CreditReport, lang: Lang): string[] {
  const en = lang === 'en';
  const lines = [
    en
      ? `Loan balances as of ${longDate(report.asOf, lang)}`
      : `Saldo pinjaman per ${longDate(report.asOf, lang)}`,
  ];
  const header = en
    ? [
        'Loan',
        'Member',
        'Principal',
        'Outstanding',
        'Arrears',
        'Days',
        'Kol',
        'Fines owed',
        'Next due',
        'Status',
      ]
    : [
        'Pinjaman',
        'Anggota',
        'Pokok',
        'Sisa pokok',
        'Tunggakan',
        'Hari',
        'Kol',
        'Denda belum dibayar',
        'Angsuran berikut',
        'Status',
      ];
  const rows = report.loans.map((l) => [
    l.loanId,
    `${l.memberId} ${l.memberName}`,
    rupiah(l.principal, lang),
    rupiah(l.outstandingPrincipal, lang),
    rupiah(l.arrears, lang),
    whole(l.daysPastDue, lang),
    // A Kol held since a rescheduling is marked, and explained below the table; a written-off
    // loan shows none (docs/book.md §7).
    `${shownKol(l) ?? '-'}${l.kolHeld ? '*' : ''}`,
    rupiah(l.finesOwed, lang),
    l.nextInstallment ? formatShortDate(l.nextInstallment.due) : '-',
    pick(loanStatusText(l), lang),
  ]);
  const right = new Set([2, 3, 4, 5, 6, 7]);
  const table = alignedTable([header, ...rows], (i) => right.has(i));
  lines.push(...table);
  const p = report.portfolio;
  lines.push(
    '',
    en
      ? `Portfolio: ${groupedPlural(p.loans, 'loan')} (${count(p.activeLoans, lang)} not yet repaid), ${groupedPlural(p.borrowers, 'borrower')}; total disbursed ${rupiah(p.disbursed, lang)}; outstanding ${rupiah(p.outstandingPrincipal, lang)}; arrears ${rupiah(p.arrears, lang)}`
      : `Portofolio: ${p.loans} pinjaman (${p.activeLoans} belum lunas), ${p.borrowers} anggota peminjam; total pencairan ${rupiah(p.disbursed, lang)}; sisa pokok ${rupiah(p.outstandingPrincipal, lang)}; tunggakan ${rupiah(p.arrears, lang)}`,
    `PAR30 ${percent(p.par30, lang)} · ${en ? 'collection rate' : 'Tingkat Penagihan'} ${percent(p.collectionRate, lang)} · ${en ? 'on-time rate' : 'Tingkat Tepat Waktu'} ${percent(p.onTimeRate, lang)}`,
    en
      ? `Fines owed ${rupiah(p.finesOwed, lang)} · rescheduled ${count(p.restructuredLoans, lang)} (${rupiah(p.restructuredPrincipal, lang)}) · written off ${count(p.writtenOffLoans, lang)} (${rupiah(p.writtenOffPrincipal, lang)}), recoveries ${rupiah(p.recoveries, lang)}`
      : `Denda belum dibayar ${rupiah(p.finesOwed, lang)} · dijadwal ulang ${p.restructuredLoans} (${rupiah(p.restructuredPrincipal, lang)}) · dihapus buku ${p.writtenOffLoans} (${rupiah(p.writtenOffPrincipal, lang)}), pemulihan ${rupiah(p.recoveries, lang)}`,
  );
  const held = report.loans.filter((l) => l.kolHeld);
  // A loan's ID as typed, as in the table: a line break in it is `↵` (oneLine), one line per loan.
  if (held.length > 0)
    lines.push('', ...held.map((l) => oneLine(`* ${l.loanId}: ${pick(kolHeldLabel(l)!, lang)}`)));
  // Fines charged, paid and owed per loan (docs/book.md §7), in the sidebar's words: apart from arrears.
  const fined = report.loans.filter((l) => l.finesCharged > 0 || l.finesPaid > 0);
  if (fined.length > 0)
    lines.push(
      '',
      ...fined.map((l) =>
        oneLine(
          en
            ? `${l.loanId} fines: charged ${rupiah(l.finesCharged, lang)} · paid ${rupiah(l.finesPaid, lang)}${l.finesWaived > 0 ? ` · waived ${rupiah(l.finesWaived, lang)}` : ''} · owed ${rupiah(l.finesOwed, lang)}`
            : `${l.loanId} denda: dikenakan ${rupiah(l.finesCharged, lang)} · dibayar ${rupiah(l.finesPaid, lang)}${l.finesWaived > 0 ? ` · dihapus ${rupiah(l.finesWaived, lang)}` : ''} · belum dibayar ${rupiah(l.finesOwed, lang)}`,
        ),
      ),
    );
  return lines;
}

export async function runBalances(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const asOf = dateOption('as-of', values['as-of'], today);
  const file = oneBookFile(positionals, balancesCommand);
  const out = outOption(values, [file]);

  // With --out the API reads the book again to write its tabs: its cells are kept.
  const { workbook, reported, reviewed } = await reportOnBook(
    file,
    today,
    (opened) => {
      const lang = langOption(values.lang) ?? opened.book.settings.language;
      // As of today the checks have just computed it: computing it again doubled the command's time.
      const report = asOf === today ? opened.credit : creditReport(opened.book, asOf);
      // Loan by loan, never as one string (a district book's 50,000 loans are about 45 MB of JSON).
      const print = printNowOrAfterWrite(out !== undefined, () => {
        if (values.json) printJson(ctx.out, balancesJson(report));
        else printReport(ctx, balancesText(report, lang), opened, lang);
      });
      return { lang, print };
    },
    // With --out, the action writing the tabs takes the book as checked here: read and checked once.
    {
      readOnce: true,
      keepReview: out !== undefined,
      letFileGo: out === undefined,
      needs: 'balances',
    },
  );
  if (out !== undefined) {
    // Written as the add-on writes them, in the book's language.
    const result = unwrap(localApi({ workbook }, time, reviewed).computeBalances(asOf));
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  reported.print();
  return 0;
}
