// `buku-kelompok card FILE (--member ID | --all) [--as-of DATE] [--json] [--out FILE]`: the member
// card (docs/book.md §8) as text or JSON; with --out, a copy of the book with `Kartu Anggota`.
import { creditReport } from '../../core/credit/creditReport';
import {
  CLOSED_LINE,
  CLOSED_WORD,
  WRITTEN_OFF_LINE,
  kolHeldLabel,
  loanStatusText,
  rescheduledLine,
  writeOffLabel,
} from '../../core/credit/loanNotes';
import {
  activeMembersOn,
  cardAttendanceText,
  findMember,
  memberCards,
  type MemberCard,
} from '../../core/memberCard/memberCard';
import { memberSavings } from '../../core/savings/memberSavings';
import { apiError } from '../../core/api/errorMessages';
import { quotedValue } from '../../core/problems/problemCatalogue';
import { otherLetters } from '../../core/book/memberLookup';
import { pick, text, type Lang } from '../../core/text';
import { formatShortDate } from '../../core/isoDate';
import { count, longDate, oneLine, percent, rupiah, shellWord, whole } from '../cliFormat';
import type { CliCommand } from '../cliCommand';
import {
  commonOptions,
  dateOption,
  json,
  forceFlag,
  langOption,
  outFlag,
  parse,
  commandTime,
  type CliContext,
} from '../cliOptions';
import { localApi, unwrap } from '../localApi';
import { CliError } from '../openBook';
import { oneBookFile, printNowOrAfterWrite, printReport, reportOnBook, writeCopy } from '../oneBookCommand';
import { outOption } from '../outFile';

const options = {
  member: {
    type: 'string',
    value: 'ID',
    help: text('kartu satu anggota (ID Anggota)', "one member's card (Member ID)"),
    oneOf: 'members',
  },
  all: {
    type: 'boolean',
    oneOf: 'members',
    help: text(
      'kartu semua anggota aktif, satu halaman A4 masing-masing',
      'every active member, one A4 page each',
    ),
  },
  'as-of': {
    type: 'string',
    value: 'yyyy-mm-dd',
    help: text('tanggal kartu (bawaan: hari ini)', "the card's date (default: today)"),
  },
  out: outFlag,
  force: forceFlag,
  ...commonOptions,
} as const;

export const cardCommand: CliCommand = {
  name: 'card',
  operands: 'FILE',
  summary: text(
    'Kartu anggota: simpanan dengan saldo berjalan, jadwal tiap pinjaman dengan yang sudah dibayar, tunggakan dan angsuran berikut (--member ID atau --all); dengan --out, salinan buku dengan tab Kartu Anggota.',
    "The member card: savings with a running balance, each loan's schedule with what was paid, arrears and the next installment (--member ID or --all); with --out, a copy of the book with the tab Kartu Anggota.",
  ),
  options,
  examples: [
    'buku-kelompok card buku.xlsx --member A004',
    'buku-kelompok card buku.xlsx --all --out hasil/kartu.xlsx',
  ],
  run: runCard,
};

/**
 * The card's attendance line: the tab's words in Indonesian (`2/4 (50 %) pertemuan terakhir; …`);
 * in English, the rates as every English figure of the command line reads (`2/4 (50.0%) of the last
 * meetings; …`).
 */
function attendanceText(a: NonNullable<MemberCard['attendance']>, year: string, lang: Lang): string {
  if (lang === 'id' || a.last4.active === 0) return pick(cardAttendanceText(a, year), lang);
  const share = (c: typeof a.last4) =>
    c.rate === null ? '–' : `${count(c.present, lang)}/${count(c.active, lang)} (${percent(c.rate, lang)})`;
  return `${share(a.last4)} of the last meetings; in ${year}: ${share(a.year)}`;
}

/**
 * The card as text lines. Each line is `oneLine`: a line break typed in the member's name, NIK or a
 * loan's ID (Alt+Enter) is shown as `↵`, so that the heading and every row stay one line (the card's
 * own words hold none).
 */
export function cardText(card: MemberCard, lang: Lang): string[] {
  const en = lang === 'en';
  const m = card.member;
  const lines = [
    `${en ? 'MEMBER CARD' : 'KARTU ANGGOTA'} ${m.id} ${m.name} (${en ? 'as of' : 'per'} ${longDate(card.asOf, lang)})`,
    `NIK ${m.nik ?? '-'} · ${en ? 'joined' : 'masuk'} ${longDate(m.joinDate, lang)}${m.status === 'Keluar' ? ` · ${en ? 'left' : 'keluar'}${m.leaveDate ? ` ${longDate(m.leaveDate, lang)}` : ''}` : ''}`,
    ...(card.attendance
      ? [
          `${en ? 'Attendance' : 'Kehadiran'}: ${attendanceText(card.attendance, card.asOf.slice(0, 4), lang)}`,
        ]
      : []),
    '',
    `${en ? 'Savings' : 'Simpanan'}:`,
  ];
  for (const mv of card.savings.movements)
    lines.push(
      `  ${formatShortDate(mv.date)}  ${mv.category.padEnd(18)} ${(mv.amountIn ? `+${rupiah(mv.amountIn, lang)}` : `-${rupiah(mv.amountOut, lang)}`).padStart(16)}  ${en ? 'balance' : 'saldo'} ${rupiah(mv.balance, lang)}`,
    );
  const s = card.savings;
  lines.push(
    `  Pokok ${rupiah(s.pokok, lang)} · Wajib ${rupiah(s.wajib, lang)} · Sukarela ${rupiah(s.sukarela, lang)} · ${en ? 'withdrawn' : 'penarikan'} ${rupiah(s.withdrawn, lang)} · ${en ? 'balance' : 'saldo'} ${rupiah(s.balance, lang)}`,
  );
  for (const l of card.loans) {
    lines.push(
      '',
      `${en ? 'Loan' : 'Pinjaman'} ${l.loanId}: ${rupiah(l.principal, lang)} ${en ? 'disbursed' : 'cair'} ${longDate(l.disbursed, lang)} · ${pick(loanStatusText(l), lang)}`,
    );
    let schedule: string | undefined;
    for (const i of l.schedule) {
      // As the card tab says it: a rescheduling's new installments under a line, the old ones
      // closed at what was paid on them, never "settled" (docs/book.md §7).
      const on = i.rescheduledOn;
      if (on && on !== schedule) {
        const owed = rescheduledLine(l.schedule, on);
        lines.push(`  ${pick(owed, lang)} ${pick(CLOSED_LINE, lang)}`);
      }
      schedule = on;
      const paid = i.paidPrincipal + i.paidJasa;
      const closed = i.closedOn ? `  ${pick(CLOSED_WORD, lang)}` : '';
      lines.push(
        `  ${String(i.no).padStart(3)}  ${formatShortDate(i.due)}  ${rupiah(i.principal + i.jasa, lang).padStart(13)}  ${en ? 'paid' : 'dibayar'} ${rupiah(paid, lang).padStart(13)}${closed || (i.settledOn ? `  ${en ? 'settled' : 'lunas'} ${formatShortDate(i.settledOn)}` : '')}`,
      );
    }
    const off = writeOffLabel(l);
    if (off)
      lines.push(`  ${pick(loanStatusText(l), lang)}: ${pick(off, lang)}. ${pick(WRITTEN_OFF_LINE, lang)}`);
    lines.push(
      `  ${en ? 'Arrears' : 'Tunggakan'} ${rupiah(l.arrears, lang)} · ${en ? 'days past due' : 'hari tunggakan'} ${whole(l.daysPastDue, lang)}${l.writtenOff ? '' : ` · Kol ${l.kol}`}${` · ${en ? 'fines owed' : 'denda'} ${rupiah(l.finesOwed, lang)}`} · ${en ? 'outstanding' : 'sisa pokok'} ${rupiah(l.outstandingPrincipal, lang)}`,
      ...[kolHeldLabel(l)].flatMap((held) => (held ? [`  ${pick(held, lang)}`] : [])),
      `  ${en ? 'Next installment' : 'Angsuran berikut'}: ${l.nextInstallment ? `${en ? 'no. ' : 'ke-'}${l.nextInstallment.no} ${longDate(l.nextInstallment.due, lang)} ${rupiah(l.nextInstallment.amount, lang)}` : '-'}`,
    );
  }
  return lines.map(oneLine);
}

export async function runCard(args: readonly string[], ctx: CliContext): Promise<number> {
  const { values, positionals } = parse(args, options);
  const time = commandTime(values.today, ctx);
  const { today } = time;
  const asOf = dateOption('as-of', values['as-of'], today);
  const file = oneBookFile(positionals, cardCommand);
  if ((values.member === undefined) === !values.all)
    throw new CliError(
      'args.member',
      text(
        'Pilih satu: --member ID (satu anggota) atau --all (semua anggota aktif)',
        'Choose one: --member ID (one member) or --all (every active member)',
      ),
    );
  const out = outOption(values, [file]);

  // With --out, the action writing the tab takes the book as checked here: read and checked once.
  const { workbook, reported, reviewed } = await reportOnBook(
    file,
    today,
    (opened) => {
      const lang = langOption(values.lang) ?? opened.book.settings.language;
      const { book } = opened;
      let members = activeMembersOn(book, asOf);
      if (values.member !== undefined) {
        const member = findMember(book, values.member);
        if (!member) {
          // `a001` for A001: named, as the checks offer it for an ID typed in other letters (an audit).
          const near = otherLetters(new Map(book.members.map((m) => [m.id, m])), values.member.trim()).fix
            ?.value;
          const asked = quotedValue(values.member);
          throw new CliError(
            'member.notFound',
            text(
              `Anggota "${asked}" tidak ada di tab Anggota${typeof near === 'string' ? `; maksudnya --member ${shellWord(near)}?` : ''}`,
              `No member "${asked}" in the Anggota tab${typeof near === 'string' ? `; did you mean --member ${shellWord(near)}?` : ''}`,
            ),
          );
        }
        members = [member];
      } else if (members.length === 0) {
        // As the add-on and --out refuse it: nothing printed and exit 0 read as "every card done".
        const refused = apiError('member.noneActive', { date: formatShortDate(asOf) });
        throw new CliError(refused.code, refused.message);
      }
      const credit = creditReport(book, asOf);
      const savings = memberSavings(book, asOf);
      const cards = memberCards({ book, credit, savings }, members);
      const print = printNowOrAfterWrite(out !== undefined, () => {
        if (values.json) ctx.out(json({ asOf, cards }));
        else
          printReport(
            ctx,
            cards.flatMap((card, i) => [...(i > 0 ? [''] : []), ...cardText(card, lang)]),
            opened,
            lang,
          );
      });
      return { lang, print };
    },
    {
      ...(out === undefined ? {} : { readOnce: true, keepReview: true }),
      needs: 'card',
    },
  );
  if (out !== undefined) {
    const api = localApi({ workbook }, time, reviewed);
    const result = unwrap(
      values.member !== undefined
        ? api.generateMemberCard(values.member, asOf)
        : api.generateAllMemberCards(asOf),
    );
    await writeCopy(ctx, { workbook }, out, result.tabs, reported.lang);
  }
  reported.print();
  return 0;
}
