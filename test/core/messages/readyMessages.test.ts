// Ready messages: the member's text as a person reads it, the wa.me link that carries it exactly,
// and the week's summary; no NIK, money as Rp 1.500.000, dates as 5 Desember 2026.
import { lists } from '../../../src/core/book/schema';
import { journalSheet } from '../../../src/core/generatedTabs/journalSheet';
import { weeklyJournal } from '../../../src/core/journal/weeklyJournal';
import type { CollectionItem } from '../../../src/core/journal/journalModel';
import { memberMessageText, readyMessages } from '../../../src/core/messages/readyMessages';
import { MAX_MESSAGE_CHARS } from '../../../src/core/messages/shortText';
import { waLink } from '../../../src/core/messages/waLink';
import { activity, bookOf, cash, loan, member, repayment } from '../bookBuilder';

// §5's loan: 1.200.000 at 1,5 %, Flat, 12 monthly from 15 January 2026: 118.000 an installment.
const book = bookOf({
  settings: {
    groupName: 'KT Maju & Jaya #1',
    treasurerName: 'Sri Wahyuni',
    facilitatorName: 'Rudi',
    openingBalance: 2_000_000,
  },
  members: [
    member('A1', 'Siti "Ika" & Co? 🌾', { gender: 'P', phone: '081234567890', nik: '3507124506900002' }),
    member('A2', 'Budi', { gender: 'L' }),
    member('A3', 'Wati'),
  ],
  loans: [
    loan('P1', 'A1', '2026-01-15', 1_200_000),
    loan('P2', 'A2', '2026-10-06', 600_000, { installments: 6 }),
  ],
  cash: [
    cash('2026-01-15', 'Pencairan Pinjaman', { out: 1_200_000 }, { memberId: 'A1', loanId: 'P1' }),
    repayment('P1', 'A1', '2026-02-15', 118_000),
    repayment('P1', 'A1', '2026-03-20', 118_000),
    repayment('P1', 'A1', '2026-05-10', 100_000),
    cash('2026-10-06', 'Pencairan Pinjaman', { out: 600_000 }, { memberId: 'A2', loanId: 'P2' }),
    repayment('P2', 'A2', '2026-11-06', 109_000),
  ],
});

describe('readyMessages', () => {
  // Week 2026-W48 (23–29 November): the collection window is 30 November – 6 December.
  const journal = weeklyJournal(book, [], '2026-W48', '2026-11-29 18:00');
  const messages = readyMessages(book, journal);

  it('one message per member of the collection list, what falls due and the arrears', () => {
    expect(messages.week).toBe('2026-W48');
    expect([messages.from, messages.to]).toEqual(['2026-11-30', '2026-12-06']);
    expect(messages.members.map((m) => [m.memberId, m.loanIds, m.total, m.phone])).toEqual([
      ['A2', ['P2'], 109_000, null],
      ['A1', ['P1'], 844_000, '081234567890'],
    ]);
    // P1 as of 29 November: installments 1-10 due (1.180.000), 336.000 paid: arrears 844.000; none
    // due 30 November – 6 December. P2: installment 2 (100.000 + 9.000) due 6 December.
    expect(messages.members[1]!.text).toBe(
      [
        'Yth. Ibu Siti "Ika" & Co? 🌾, dari KT Maju & Jaya #1:',
        '- Pinjaman P1: tunggakan Rp 844.000.',
        'Total tagihan: Rp 844.000. Terima kasih.',
        'Sri Wahyuni, Bendahara',
      ].join('\n'),
    );
  });

  it('says the installment and its date as people read them', () => {
    expect(messages.members[0]!.text).toBe(
      [
        'Yth. Bapak Budi, dari KT Maju & Jaya #1:',
        '- Pinjaman P2: angsuran ke-2 Rp 109.000 jatuh tempo 6 Desember 2026.',
        'Total tagihan: Rp 109.000. Terima kasih.',
        'Sri Wahyuni, Bendahara',
      ].join('\n'),
    );
    expect(messages.members[0]!.waLink).toBeNull();
  });

  it('the link goes to the member in 62… form and carries the text exactly, & # ? and emoji included', () => {
    const m = messages.members[1]!;
    const url = new URL(m.waLink!);
    expect(url.origin + url.pathname).toBe('https://wa.me/6281234567890');
    expect([...url.searchParams.keys()]).toEqual(['text']);
    expect(url.searchParams.get('text')).toBe(m.text);
    expect(m.waLink).not.toMatch(/[&#?] |🌾|\n/);
    expect(m.waLink!.split('?')).toHaveLength(2);
    expect(m.waLink!.includes('#')).toBe(false);
  });

  it('never carries the NIK, and stays short', () => {
    for (const m of messages.members) {
      expect(m.text).not.toContain('3507');
      expect(m.text.length).toBeLessThan(300);
    }
    expect(messages.summary.text).not.toContain('3507');
  });

  it("the week's summary for the group chat, with a link that lets the person pick the chat", () => {
    expect(messages.summary.text).toBe(
      [
        'KT Maju & Jaya #1: ringkasan minggu 23–29 November 2026',
        '- Kegiatan: 0',
        '- Kas: masuk Rp 0, keluar Rp 0, saldo Rp 645.000',
        '- Angsuran diterima Rp 0; sisa pokok Rp 1.418.000; tunggakan Rp 844.000',
        '- Minggu depan (30 November 2026–6 Desember 2026): 2 pinjaman ditagih, Rp 953.000',
        'Pendamping: Rudi',
      ].join('\n'),
    );
    expect(new URL(messages.summary.waLink).searchParams.get('text')).toBe(messages.summary.text);
    expect(messages.summary.waLink.startsWith('https://wa.me/?text=')).toBe(true);
  });

  it('waLink encodes every reserved character', () => {
    expect(waLink('a&b#c?d=e f', '0812')).toBe('https://wa.me/62812?text=a%26b%23c%3Fd%3De%20f');
  });
});

describe('messages of a week not over yet (2026-W49 on Wednesday 2 December)', () => {
  const messages = readyMessages(book, weeklyJournal(book, [], '2026-W49', '2026-12-02 09:00', '2026-12-02'));

  it('asks for an installment due on Sunday as falling due, never as arrears', () => {
    // P2's second installment falls due on Sunday 6 December; on Wednesday Budi owes nothing yet.
    expect(messages.members.find((m) => m.memberId === 'A2')!.text).toBe(
      [
        'Yth. Bapak Budi, dari KT Maju & Jaya #1:',
        '- Pinjaman P2: angsuran ke-2 Rp 109.000 jatuh tempo 6 Desember 2026.',
        'Total tagihan: Rp 109.000. Terima kasih.',
        'Sri Wahyuni, Bendahara',
      ].join('\n'),
    );
  });

  it("the week's summary counts arrears as of today and collects from tomorrow", () => {
    expect([messages.from, messages.to]).toEqual(['2026-12-03', '2026-12-13']);
    expect(messages.summary.text.split('\n').slice(3, 5)).toEqual([
      '- Angsuran diterima Rp 0; sisa pokok Rp 1.418.000; tunggakan Rp 844.000',
      '- Sampai akhir minggu depan (3 Desember 2026–13 Desember 2026): 2 pinjaman ditagih, Rp 953.000',
    ]);
  });
});

describe('a weekly loan with two or three installments in the collection window', () => {
  // 650.000 at 0 % from Sunday 1 November in 5 weekly installments of 130.000, due each Sunday from
  // 8 November to 6 December; the first three paid on their day.
  const weekly = bookOf({
    settings: { groupName: 'KT Maju', treasurerName: 'Sri' },
    members: [member('A1', 'Ade', { gender: 'L' })],
    loans: [
      loan('W1', 'A1', '2026-11-01', 650_000, { monthlyRate: 0, installments: 5, frequency: 'Mingguan' }),
    ],
    cash: [
      cash('2026-11-01', 'Pencairan Pinjaman', { out: 650_000 }, { memberId: 'A1', loanId: 'W1' }),
      repayment('W1', 'A1', '2026-11-08', 130_000),
      repayment('W1', 'A1', '2026-11-15', 130_000),
      repayment('W1', 'A1', '2026-11-22', 130_000),
    ],
  });
  const line = (week: string, today: string) =>
    readyMessages(weekly, weeklyJournal(weekly, [], week, `${today} 09:00`, today)).members[0]!.text.split(
      '\n',
    )[1];

  it('names both installments and both dates, never one name for two amounts', () => {
    // Tuesday 24 November: the window runs from 25 November to 6 December, holding installments
    // 4 (29 November) and 5 (6 December).
    expect(line('2026-W48', '2026-11-24')).toBe(
      '- Pinjaman W1: angsuran ke-4 dan ke-5 Rp 260.000 jatuh tempo 29 November 2026 dan 6 Desember 2026.',
    );
    // On the Sunday the window is the seven days after the week: installment 5 alone, 4 is arrears.
    expect(line('2026-W48', '2026-11-30')).toBe(
      '- Pinjaman W1: angsuran ke-5 Rp 130.000 jatuh tempo 6 Desember 2026, tunggakan Rp 130.000.',
    );
  });

  it('names the first and the last of three', () => {
    // A week not yet begun (2026-W49 on Monday 16 November): from tomorrow to 13 December holds
    // installments 3 (22 November), 4 and 5.
    const unpaid = { ...weekly, cash: weekly.cash.slice(0, 3) };
    const text = readyMessages(
      unpaid,
      weeklyJournal(unpaid, [], '2026-W49', '2026-11-16 09:00', '2026-11-16'),
    ).members[0]!.text;
    expect(text.split('\n')[1]).toBe(
      '- Pinjaman W1: angsuran ke-3 s.d. ke-5 Rp 390.000 jatuh tempo 22 November 2026 s.d. 6 Desember 2026.',
    );
  });

  it('the journal tab names them as the message does, in both languages', () => {
    const journal = weeklyJournal(weekly, [], '2026-W48', '2026-11-24 09:00', '2026-11-24');
    const cells = (lang: 'id' | 'en') =>
      journalSheet(journal, lang)
        .rows.flatMap((r) => r.map((c) => c.v))
        .filter((v) => typeof v === 'string');
    expect(cells('id')).toContain('W1 · angsuran ke-4 dan ke-5');
    expect(cells('en')).toContain('W1 · installments 4 and 5');
  });
});

describe('a loan lent to an ID not in Anggota (a checks error)', () => {
  const unknown = bookOf({
    settings: { groupName: 'KT Uji', treasurerName: 'Sri' },
    members: [member('A1', 'Ade')],
    loans: [loan('B8', 'A9', '2026-10-01', 1_000_000, { monthlyRate: 0.01, installments: 10 })],
    cash: [cash('2026-10-01', 'Pencairan Pinjaman', { out: 1_000_000 }, { memberId: 'A9', loanId: 'B8' })],
  });
  const journal = weeklyJournal(unknown, [], '2026-W48', '2026-11-29 18:00');

  it('is addressed by that ID, never to nobody', () => {
    const m = readyMessages(unknown, journal).members[0]!;
    expect(m.name).toBe('A9');
    expect(m.text.split('\n')[0]).toBe('Yth. Bapak/Ibu A9, dari KT Uji:');
    expect(m.waLink).toBeNull();
  });

  it('the journal tab names the ID alone', () => {
    const cells = journalSheet(journal, 'id').rows.flatMap((r) => r.map((c) => c.v));
    expect(cells).toContain('A9');
    expect(cells).not.toContain(' (A9)');
  });
});

describe('the journal tab', () => {
  it('carries the week summary text, one line a row, under its own heading', () => {
    const journal = weeklyJournal(book, [], '2026-W48', '2026-11-29 18:00');
    const rows = journalSheet(journal, 'id').rows.map((r) => r[0]?.v ?? null);
    const at = rows.indexOf('Teks ringkasan untuk grup WhatsApp');
    expect(at).toBeGreaterThan(0);
    expect(rows.slice(at + 1, at + 7)).toEqual(readyMessages(book, journal).summary.text.split('\n'));
  });
});

describe('fines owed (docs/book.md §7)', () => {
  it('stand beside the arrears in the message and in its total', () => {
    // §7's example: Denda Keterlambatan 10.000, grace 3 days. As of 29 November, P1's installments
    // 2 (settled late on 20 March) and 3-10 (open) were each fined once: 9 fines, 90.000 owed.
    const fined = { ...book, settings: { ...book.settings, lateFine: 10_000, fineGraceDays: 3 } };
    const journal = weeklyJournal(fined, [], '2026-W48', '2026-11-29 18:00');
    const m = readyMessages(fined, journal).members.find((x) => x.memberId === 'A1')!;
    expect(m.text.split('\n')[1]).toBe('- Pinjaman P1: tunggakan Rp 844.000, denda Rp 90.000.');
    expect(m.total).toBe(934_000);
    expect(m.text).toContain('Total tagihan: Rp 934.000.');
  });
});

describe('a message stays short (docs/book.md §8)', () => {
  // 200 characters (code points): quotes, &, #, ?, 🌾 and the ZWJ emoji 👩‍🌾 (3 code points).
  const longName = Array.from('Siti "Ika" & Kel. Tani #1? 🌾👩‍🌾 '.repeat(10)).slice(0, 200).join('');
  // Six loans of 1,5 % Flat over 12 months, none repaid. P1-P5 from 15 June: installments 1-5
  // (15 July – 15 November) in arrears, the 6th not due until 15 December. P6 from 3 June: 5 in
  // arrears and its 6th due on 3 December, inside the collection window (30 November – 6 December).
  const sixLoans = [
    loan('P1', 'A1', '2026-06-15', 1_200_000), // 100.000 + 18.000 = 118.000 × 5 = 590.000
    loan('P2', 'A1', '2026-06-15', 2_400_000), // 236.000 × 5 = 1.180.000
    loan('P3', 'A1', '2026-06-15', 600_000), // 59.000 × 5 = 295.000
    loan('P4', 'A1', '2026-06-15', 1_200_000), // 590.000
    loan('P5', 'A1', '2026-06-15', 1_800_000), // 177.000 × 5 = 885.000
    loan('P6', 'A1', '2026-06-03', 3_600_000), // 354.000 × 5 = 1.770.000, + 354.000 due 3 December
  ];
  const crowded = bookOf({
    settings: { groupName: 'KT Maju & Jaya #1', treasurerName: 'Sri Wahyuni', openingBalance: 20_000_000 },
    members: [member('A1', longName, { gender: 'P', phone: '081234567890' })],
    loans: sixLoans,
    cash: sixLoans.map((l) =>
      cash(l.disbursed, 'Pencairan Pinjaman', { out: l.principal }, { memberId: 'A1', loanId: l.id }),
    ),
  });
  const journal = weeklyJournal(crowded, [], '2026-W48', '2026-11-29 18:00');
  const m = readyMessages(crowded, journal).members[0]!;

  it('a name of 200 characters is cut to 40 with `…`; loans beyond 3 are summed in one line', () => {
    expect(Array.from(longName)).toHaveLength(200);
    expect(m.text).toBe(
      [
        'Yth. Ibu Siti "Ika" & Kel. Tani #1? 🌾👩‍🌾 Siti "I…, dari KT Maju & Jaya #1:',
        '- Pinjaman P1: tunggakan Rp 590.000.',
        '- Pinjaman P2: tunggakan Rp 1.180.000.',
        '- Pinjaman P3: tunggakan Rp 295.000.',
        // P4 590.000 + P5 885.000 + P6 1.770.000 + 354.000 = 3.599.000.
        '- 3 pinjaman lain: Rp 3.599.000.',
        'Total tagihan: Rp 5.664.000. Terima kasih.',
        'Sri Wahyuni, Bendahara',
      ].join('\n'),
    );
    expect(m.loanIds).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6']);
    expect(m.total).toBe(5_664_000);
    // The sidebar still names the member in full; the link carries the shortened text exactly.
    expect(m.name).toBe(longName);
    expect(new URL(m.waLink!).searchParams.get('text')).toBe(m.text);
    expect(Array.from(m.text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });

  it('a message within the limits is left as it is', () => {
    const short = readyMessages(book, weeklyJournal(book, [], '2026-W48', '2026-11-29 18:00')).members;
    expect(short[0]!.text.split('\n')).toHaveLength(4);
    expect(short[1]!.text.startsWith('Yth. Ibu Siti "Ika" & Co? 🌾, dari')).toBe(true);
  });

  // Large amounts on long loan IDs: three detailed loans would pass 500 characters, so two are.
  const item = (n: number): CollectionItem => ({
    memberId: 'A1',
    memberName: 'Ade',
    loanId: `KREDIT-2026-00000${n}`,
    installmentNo: 12,
    due: '2026-12-03',
    lastInstallmentNo: 12,
    lastDue: '2026-12-03',
    amountDue: 354_000_000,
    arrears: 1_770_000_000,
    daysPastDue: 140,
    finesOwed: 10_000_000,
    total: 2_134_000_000,
  });
  const bigBook = bookOf({
    settings: {
      groupName: 'Gapoktan Sumber Rejeki Makmur Sentosa',
      treasurerName: 'Sri Wahyuni Kusumaningrum',
    },
  });

  it('details fewer loans when three would pass the limit', () => {
    const { text, total } = memberMessageText(bigBook, undefined, 'Ade Rukmana', [1, 2, 3, 4].map(item));
    expect(text).toBe(
      [
        'Yth. Bapak/Ibu Ade Rukmana, dari Gapoktan Sumber Rejeki Makmur Sentosa:',
        '- Pinjaman KREDI…000001: angsuran ke-12 Rp 354.000.000 jatuh tempo 3 Desember 2026, tunggakan Rp 1.770.000.000, denda Rp 10.000.000.',
        '- Pinjaman KREDI…000002: angsuran ke-12 Rp 354.000.000 jatuh tempo 3 Desember 2026, tunggakan Rp 1.770.000.000, denda Rp 10.000.000.',
        '- 2 pinjaman lain: Rp 4.268.000.000.',
        'Total tagihan: Rp 8.536.000.000. Terima kasih.',
        'Sri Wahyuni Kusumaningrum, Bendahara',
      ].join('\n'),
    );
    expect(total).toBe(8_536_000_000);
    expect(Array.from(text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });

  it('the week summary drops the kinds of activity, keeping their number, when it would pass the limit', () => {
    const types = lists.activityType.map((l) => l.value);
    // The six loans above, nine kinds of activity and long names: over 500 with the kinds named.
    const busy = bookOf({
      settings: { groupName: longName, facilitatorName: longName, openingBalance: 20_000_000 },
      members: crowded.members,
      loans: sixLoans,
      cash: crowded.cash,
      activities: types.map((t) => activity('2026-11-25', t, 'kegiatan')),
    });
    const text = readyMessages(busy, weeklyJournal(busy, [], '2026-W48', '2026-11-29 18:00')).summary.text;
    expect(text).toBe(
      [
        'Siti "Ika" & Kel. Tani #1? 🌾👩‍🌾 Siti "I…: ringkasan minggu 23–29 November 2026',
        '- Kegiatan: 9',
        '- Kas: masuk Rp 0, keluar Rp 0, saldo Rp 9.200.000',
        '- Angsuran diterima Rp 0; sisa pokok Rp 10.800.000; tunggakan Rp 5.310.000',
        '- Minggu depan (30 November 2026–6 Desember 2026): 6 pinjaman ditagih, Rp 5.664.000',
        'Pendamping: Siti "Ika" & Kel. Tani #1? 🌾👩‍🌾 Siti "I…',
      ].join('\n'),
    );
    // With the nine kinds named, the summary would have passed the limit.
    expect(Array.from(`${text} (${types.join(', ')})`).length).toBeGreaterThan(MAX_MESSAGE_CHARS);
    expect(Array.from(text).length).toBeLessThanOrEqual(MAX_MESSAGE_CHARS);
  });
});
