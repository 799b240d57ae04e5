// Splits whole Rupiah in proportion to weights so that the parts add up exactly (largest remainder).
import type { Rupiah } from '../money';

/**
 * `total` shared in proportion to `weights` (whole numbers ≥ 0): each share is rounded down, then
 * the Rupiah left go one each to the largest remainders, ties to the earlier index (docs/book.md
 * §8: earlier row first). Exact in BigInt, since total × weight may pass 2^53. When every
 * weight is 0 nothing can be shared: all shares are 0 and `left` is the whole total.
 */
export function splitLargestRemainder(
  total: Rupiah,
  weights: readonly number[],
): { shares: Rupiah[]; left: Rupiah } {
  if (!Number.isSafeInteger(total) || total < 0)
    throw new Error(`split: total ${total} is not whole Rupiah ≥ 0`);
  for (const w of weights)
    if (!Number.isSafeInteger(w) || w < 0) throw new Error(`split: weight ${w} is not a whole number ≥ 0`);
  const sum = weights.reduce((s, w) => s + BigInt(w), 0n);
  if (sum === 0n || total === 0) return { shares: weights.map(() => 0), left: total };
  const t = BigInt(total);
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of weights) {
    const product = t * BigInt(w);
    floors.push(product / sum);
    remainders.push(product % sum);
    given += product / sum;
  }
  let left = t - given; // < weights.length: each floor loses less than one Rupiah
  const order = weights
    .map((_, i) => i)
    .sort((a, b) => {
      const ra = remainders[a]!;
      const rb = remainders[b]!;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
  for (const i of order) {
    if (left === 0n) break;
    if (remainders[i] === 0n) break;
    floors[i] = floors[i]! + 1n;
    left -= 1n;
  }
  return { shares: floors.map(Number), left: Number(left) };
}
