// Reads a money cell as whole Rupiah (docs/book.md §2): numbers, and text in the few safe forms.
import { isEmptyCell, type Cell } from '../cell';
import { formatRupiah, MAX_RUPIAH, type Rupiah } from '../money';
import { maskPrivate } from './maskPrivate';
import { sheetNumber, shownCell, shownNumber } from './shownCell';
import { emptyReading, invalidReading, okReading, type ValueReading } from './valueReading';

// `Rp 1.500.000`, `Rp1.500.000`, `Rp. 1.500.000`, `1.500.000` or `1500000`: dots only ever group
// thousands here. A comma is never read: `1,5 juta` and `1.500,50` are ambiguous or carry cents.
const MONEY_TEXT = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)$/i;
// `Rp 1.500.000,-` and `1.500.000,00`, as receipts write whole Rupiah. docs/book.md §2 makes every text outside the
// forms above an error, and it stays one; but nothing is ambiguous here, so the error carries the fix.
const ZERO_CENTS_TEXT = /^(?:rp\.?\s*)?(\d{1,3}(?:\.\d{3})+|\d+)\s*(?:,-+|,00|\.-+)$/i;

function storeAsNumber(amount: Rupiah) {
  return {
    value: amount,
    label: {
      id: `Simpan sebagai angka ${amount} (${formatRupiah(amount)})`,
      en: `Store as the number ${amount} (${formatRupiah(amount, 'en')})`,
    },
  };
}

export function readMoney(cell: Cell | undefined): ValueReading<Rupiah> {
  if (isEmptyCell(cell)) return emptyReading;
  if (typeof cell !== 'string') {
    // A number whole at the 15 significant digits the sheet shows (a formula's noise is no cents), in range.
    const n = typeof cell === 'number' ? sheetNumber(cell) : NaN;
    if (Number.isSafeInteger(n) && Math.abs(n) <= MAX_RUPIAH) return okReading(n || 0);
    // A number cell quoted as the sheet shows it, in each language's grouping: the add-on writes it.
    return Number.isFinite(n)
      ? invalidReading(n % 1 ? 'value.money.fraction' : 'value.money.tooLarge', { value: shownNumber(n) })
      : invalidReading('value.money.invalid', { value: shownCell(cell) });
  }
  const value = cell.trim();
  // A phone number typed as text into a money column (`081277000120`): see readDecimal.
  if (maskPrivate(value) !== undefined) return invalidReading('value.private', { value });
  // `-1.500.000`: the negative amount, which each tab refuses with its own word that an amount
  // cannot be negative (cash.amount.negative, …), as it refuses a number cell's minus.
  if (value[0] === '-') {
    const r = readMoney(value.slice(1));
    if (r.status === 'ok' && r.value > 0) return okReading(-r.value);
  }
  const exact = MONEY_TEXT.exec(value);
  const m = exact ?? ZERO_CENTS_TEXT.exec(value);
  const amount = m ? Number(m[1]!.replace(/\./g, '')) : NaN;
  if (!Number.isSafeInteger(amount)) return invalidReading('value.money.invalid', { value });
  if (amount > MAX_RUPIAH) return invalidReading('value.money.tooLarge', { value });
  const fix = storeAsNumber(amount);
  return exact
    ? okReading(amount, { code: 'value.money.text', args: { value, number: amount }, fix })
    : {
        status: 'invalid',
        note: { code: 'value.money.invalid', args: { value, hint: 'zeroCents', number: amount }, fix },
      };
}
