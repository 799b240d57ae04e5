// Schedules of the three methods against figures computed outside the code (python3 with
// decimal.Decimal and ROUND_HALF_UP, and the spreadsheet PMT formula), plus the due-date rules.
import fc from 'fast-check';
import { addDays } from '../../../src/core/isoDate';
import { annuityPayment, jasaOn, loanSchedule } from '../../../src/core/credit/loanSchedule';
import { loan } from '../bookBuilder';

const parts = (s: ReturnType<typeof loanSchedule>) => s.map((i) => [i.principal, i.jasa]);
const dues = (s: ReturnType<typeof loanSchedule>) => s.map((i) => i.due);

describe('Flat', () => {
  it('takes floor(P / n) principal, the remainder last, round(P × r) jasa every time', () => {
    // 1.000.000 / 3 = 333.333,33 → 333.333, last 333.334; 2 % of 1.000.000 = 20.000.
    const s = loanSchedule(loan('P', 'A', '2026-03-10', 1_000_000, { monthlyRate: 0.02, installments: 3 }));
    expect(parts(s)).toEqual([
      [333_333, 20_000],
      [333_333, 20_000],
      [333_334, 20_000],
    ]);
    expect(dues(s)).toEqual(['2026-04-10', '2026-05-10', '2026-06-10']);
    expect(s.map((i) => i.no)).toEqual([1, 2, 3]);
  });

  it('rounds jasa half up exactly: 1,5 % of 100 is 1,5 → 2', () => {
    const s = loanSchedule(loan('P', 'A', '2026-03-10', 100, { monthlyRate: 0.015, installments: 1 }));
    expect(parts(s)).toEqual([[100, 2]]);
    expect(jasaOn(1_299_999, { monthlyRate: 0.015, frequency: 'Bulanan' })).toBe(19_500); // 19.499,985
    expect(jasaOn(1_300_001, { monthlyRate: 0.015, frequency: 'Bulanan' })).toBe(19_500); // 19.500,015
  });
});

describe('Menurun', () => {
  it('charges jasa on the balance before each installment', () => {
    // Balances 1.000.000, 666.667, 333.334 × 1,5 % = 15.000; 10.000,005 → 10.000; 5.000,01 → 5.000.
    const s = loanSchedule(
      loan('P', 'A', '2026-03-10', 1_000_000, { method: 'Menurun', monthlyRate: 0.015, installments: 3 }),
    );
    expect(parts(s)).toEqual([
      [333_333, 15_000],
      [333_333, 10_000],
      [333_334, 5_000],
    ]);
  });
});

describe('Anuitas', () => {
  it('pays round(PMT) with jasa on the balance, the last taking the whole remaining balance', () => {
    // Spreadsheet PMT(1,5%; 12; -1200000) = 110.015,99 → 110.016 (python3: P·r / (1 − (1+r)^−n)
    // with Decimal = 110015.99148747…). Rows: jasa = round(balance × 1,5 %), principal = 110.016 − jasa,
    // computed in python3 with decimal ROUND_HALF_UP.
    expect(annuityPayment(1_200_000, { numerator: 1_500_000, denominator: 1e8 }, 12)).toBe(110_016);
    const s = loanSchedule(
      loan('P', 'A', '2026-01-15', 1_200_000, { method: 'Anuitas', monthlyRate: 0.015, installments: 12 }),
    );
    expect(parts(s)).toEqual([
      [92_016, 18_000],
      [93_396, 16_620],
      [94_797, 15_219],
      [96_219, 13_797],
      [97_662, 12_354],
      [99_127, 10_889],
      [100_614, 9_402],
      [102_123, 7_893],
      [103_655, 6_361],
      [105_210, 4_806],
      [106_788, 3_228],
      [108_393, 1_626],
    ]);
  });

  it('uses monthly rate × 12 / 52 for weekly loans', () => {
    // r = 2 % × 12 / 52 = 0,4615384…%; PMT(r; 10; -1000000) = 102.555,99 → 102.556 (python3 Decimal).
    const s = loanSchedule(
      loan('P', 'A', '2026-12-17', 1_000_000, {
        method: 'Anuitas',
        monthlyRate: 0.02,
        installments: 10,
        frequency: 'Mingguan',
      }),
    );
    expect(parts(s)).toEqual([
      [97_941, 4_615],
      [98_393, 4_163],
      [98_847, 3_709],
      [99_303, 3_253],
      [99_761, 2_795],
      [100_222, 2_334],
      [100_684, 1_872],
      [101_149, 1_407],
      [101_616, 940],
      [102_084, 471],
    ]);
  });
});

describe('due dates', () => {
  const monthly = (disbursed: string, n: number) =>
    dues(loanSchedule(loan('P', 'A', disbursed, 1_000, { installments: n })));

  it('clamps the 29th, 30th and 31st to the month end, counting from the disbursement date each time', () => {
    expect(monthly('2026-01-29', 3)).toEqual(['2026-02-28', '2026-03-29', '2026-04-29']);
    expect(monthly('2024-01-29', 2)).toEqual(['2024-02-29', '2024-03-29']);
    expect(monthly('2026-01-30', 3)).toEqual(['2026-02-28', '2026-03-30', '2026-04-30']);
    expect(monthly('2026-01-31', 4)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30', '2026-05-31']);
    expect(monthly('2026-08-31', 6)).toEqual([
      '2026-09-30',
      '2026-10-31',
      '2026-11-30',
      '2026-12-31',
      '2027-01-31',
      '2027-02-28',
    ]);
  });

  it('runs weekly loans across the year end, 7k days after disbursement', () => {
    const s = loanSchedule(
      loan('P', 'A', '2026-12-17', 520_000, { monthlyRate: 0.02, installments: 4, frequency: 'Mingguan' }),
    );
    expect(dues(s)).toEqual(['2026-12-24', '2026-12-31', '2027-01-07', '2027-01-14']);
    // Flat weekly jasa: 520.000 × 2 % × 12 / 52 = 2.400 exactly.
    expect(parts(s)).toEqual([
      [130_000, 2_400],
      [130_000, 2_400],
      [130_000, 2_400],
      [130_000, 2_400],
    ]);
  });
});

describe('rate 0 and one installment', () => {
  it.each(['Flat', 'Menurun', 'Anuitas'] as const)('%s at rate 0 charges no jasa', (method) => {
    const s = loanSchedule(loan('P', 'A', '2026-01-15', 1_000, { method, monthlyRate: 0, installments: 3 }));
    // Anuitas at rate 0 pays plain round(1000 / 3) = 333, the last the remaining 334; Flat and Menurun floor(1000/3).
    expect(parts(s)).toEqual([
      [333, 0],
      [333, 0],
      [334, 0],
    ]);
  });

  it.each(['Flat', 'Menurun', 'Anuitas'] as const)('%s with one installment repays all at once', (method) => {
    // 2 % of 500.000 = 10.000; PMT(2%; 1; -500000) = 510.000.
    const s = loanSchedule(
      loan('P', 'A', '2026-01-31', 500_000, { method, monthlyRate: 0.02, installments: 1 }),
    );
    expect(s).toEqual([{ no: 1, due: '2026-02-28', principal: 500_000, jasa: 10_000 }]);
  });
});

describe('properties', () => {
  const anyLoan = fc.record({
    principal: fc.integer({ min: 1, max: 500_000_000 }),
    ratePercent: fc.integer({ min: 0, max: 1000 }).map((x) => x / 100),
    installments: fc.integer({ min: 1, max: 260 }),
    method: fc.constantFrom('Flat', 'Menurun', 'Anuitas' as const),
    frequency: fc.constantFrom('Bulanan', 'Mingguan' as const),
    disbursed: fc.integer({ min: 0, max: 3650 }).map((d) => addDays('2020-01-01', d)),
  });

  it('principal parts add up to the principal, none negative, due dates strictly increasing', () => {
    fc.assert(
      fc.property(anyLoan, (l) => {
        const s = loanSchedule(
          loan('P', 'A', l.disbursed, l.principal, { ...l, monthlyRate: l.ratePercent / 100 }),
        );
        let sum = 0;
        let sound = s.length === l.installments;
        for (let k = 0; k < s.length; k++) {
          const i = s[k]!;
          sum += i.principal;
          sound &&=
            Number.isInteger(i.principal) && Number.isInteger(i.jasa) && i.principal >= 0 && i.jasa >= 0;
          sound &&= k === 0 || i.due > s[k - 1]!.due;
        }
        return sound && sum === l.principal;
      }),
      { numRuns: 300 },
    );
  });
});
