// The rows read well skip zod (readMembers, readLoans): each shortcut must never take a row its schema
// would turn away, nor change what the schema would hand on.
import fc from 'fast-check';
import { loanRow, loanValuesHold } from '../../../src/core/book/readLoans';
import { memberRow, memberValuesHold } from '../../../src/core/book/readMembers';

/** Numbers a reader can hand on, the edges of every range among them. */
const edgeNumber = fc.oneof(
  fc.constantFrom(0, -0, 1, -1, 0.5, 10, 10.000001, 9.99, 260, 261, 1e15, 2 ** 53, 2 ** 53 + 2),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.MAX_SAFE_INTEGER),
  fc.integer({ min: -1000, max: 100_000_000 }),
  fc.double({ min: -20, max: 300, noNaN: false }),
);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined, freq: 8 });
const text = fc.oneof({ arbitrary: fc.string({ minLength: 1, maxLength: 6 }), weight: 8 }, fc.constant(''));
/** Mostly a value near or inside `[min, max]`, so that whole rows often pass and each edge is tried. */
const near = (min: number, max: number) =>
  fc.oneof(
    { arbitrary: fc.integer({ min, max }), weight: 4 },
    { arbitrary: fc.double({ min: min - 2, max: max + 2, noNaN: true }), weight: 2 },
    { arbitrary: edgeNumber, weight: 1 },
  );

/**
 * Over 5,000 random rows: whenever `holds` says yes, `schema` takes the row and hands on the same
 * values. Rows the schema takes but the shortcut does not are only slower, never different. The
 * property is tried on rows the shortcut takes (over 200 of them), not only on rows it turns away.
 */
function expectShortcutAgrees<V extends object>(
  schema: { safeParse(v: unknown): { success: boolean; data?: unknown } },
  holds: (v: V) => boolean,
  rows: fc.Arbitrary<V>,
): void {
  let held = 0;
  fc.assert(
    fc.property(rows, (v) => {
      const parsed = schema.safeParse(v);
      if (holds(v)) {
        held += 1;
        expect(parsed.success).toBe(true);
        expect(parsed.data).toEqual(v);
      }
    }),
    { numRuns: 5000 },
  );
  expect(held).toBeGreaterThan(200);
}

describe('the shortcuts past zod agree with the row schemas', () => {
  it('memberValuesHold: whenever it says yes, memberRow takes the same values unchanged', () => {
    expectShortcutAgrees(
      memberRow,
      memberValuesHold,
      fc.record({
        memberId: maybe(text),
        name: maybe(text),
        joinDate: maybe(text),
        landHa: maybe(near(0, 5)),
      }),
    );
  });

  it('loanValuesHold: whenever it says yes, loanRow takes the same values unchanged', () => {
    expectShortcutAgrees(
      loanRow,
      loanValuesHold,
      fc.record({
        loanId: maybe(text),
        memberId: maybe(text),
        disbursed: maybe(text),
        principal: maybe(near(1, 50_000_000)),
        ratePercent: maybe(near(0, 10)),
        installments: maybe(near(1, 260)),
      }),
    );
  });

  it('the shortcuts say yes to the rows a book is full of, so they are not dead code', () => {
    expect(memberValuesHold({ memberId: 'A001', name: 'Siti', joinDate: '2024-01-05', landHa: 0.5 })).toBe(
      true,
    );
    expect(
      memberValuesHold({ memberId: 'A001', name: 'Siti', joinDate: '2024-01-05', landHa: undefined }),
    ).toBe(true);
    expect(
      loanValuesHold({
        loanId: 'P001',
        memberId: 'A001',
        disbursed: '2026-01-09',
        principal: 2_000_000,
        ratePercent: 1.5,
        installments: 10,
      }),
    ).toBe(true);
  });

  it('the shortcuts say no at every edge the schemas turn away', () => {
    const member = { memberId: 'A001', name: 'Siti', joinDate: '2024-01-05', landHa: 0.5 };
    for (const bad of [
      { memberId: '' },
      { name: '' },
      { joinDate: undefined },
      { landHa: -0.1 },
      { landHa: NaN },
    ])
      expect(memberValuesHold({ ...member, ...bad })).toBe(false);
    const loan = {
      loanId: 'P001',
      memberId: 'A001',
      disbursed: '2026-01-09',
      principal: 2_000_000,
      ratePercent: 1.5,
      installments: 10,
    };
    for (const bad of [
      { loanId: '' },
      { principal: 0 },
      { principal: 1.5 },
      { ratePercent: 10.01 },
      { ratePercent: -1 },
      { installments: 0 },
      { installments: 261 },
      { installments: 2.5 },
    ])
      expect(loanValuesHold({ ...loan, ...bad })).toBe(false);
  });
});
