import { MoneyError } from "@madani/model";

function checked(values: readonly number[]): bigint[] {
  return values.map((v) => {
    if (!Number.isSafeInteger(v) || v < 0)
      throw new MoneyError(`A share is taken of a non-negative safe integer, not ${v}`);
    return BigInt(v);
  });
}

function scaleOf(decimals: number): bigint {
  if (!Number.isInteger(decimals) || decimals < 0 || decimals > 6) throw new MoneyError("Decimals must be 0 to 6");
  return 100n * 10n ** BigInt(decimals);
}

/**
 * The shares of parts in their sum, in percent units, that add up to exactly
 * 100 at the precision shown.
 *
 * @param parts - non-negative safe integers (amounts in minor units, counts).
 * @param decimals - fraction digits of the percentages (default 1, at most 6).
 * @returns one percentage per part, each a whole number of `10^-decimals`
 * percent units; they sum to 100 in those units, or are all 0 when the sum is 0.
 * @throws MoneyError when a part is negative or not a safe integer, or `decimals` is out of range.
 * @remarks Integer arithmetic only (BigInt), so that percentages of amounts
 * near `Number.MAX_SAFE_INTEGER` stay exact: each part gets the floor of its
 * exact share and the units left over go, one each, to the largest remainders
 * (ties to the earlier part), as `splitMoney` splits amounts.
 * @example
 * ```ts
 * percentShares([1, 1, 1]); // [33.4, 33.3, 33.3]
 * percentShares([250_000, 750_000], 0); // [25, 75]
 * ```
 */
export function percentShares(parts: readonly number[], decimals = 1): number[] {
  const scale = scaleOf(decimals);
  const values = checked(parts);
  const total = values.reduce((a, b) => a + b, 0n);
  if (total === 0n) return values.map(() => 0);
  const units = values.map((v) => (v * scale) / total);
  const remainders = values.map((v, i) => ({ i, r: (v * scale) % total }));
  let left = scale - units.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) => (a.r === b.r ? a.i - b.i : a.r > b.r ? -1 : 1));
  for (const { i } of remainders) {
    if (left <= 0n) break;
    units[i] = (units[i] ?? 0n) + 1n;
    left--;
  }
  const divisor = 10 ** decimals;
  return units.map((u) => Number(u) / divisor);
}

/**
 * One part's share of a whole, in percent units, rounded half up.
 *
 * @param part - a non-negative safe integer.
 * @param whole - a non-negative safe integer.
 * @param decimals - fraction digits (default 1, at most 6).
 * @returns the percentage, or `undefined` when `whole` is 0.
 * @throws MoneyError when an argument is negative or not a safe integer, or `decimals` is out of range.
 * @remarks Integer arithmetic only: `round(part × 100 × 10^decimals / whole)`
 * computed in BigInt, then divided by `10^decimals` once for display.
 * @example
 * ```ts
 * percentOf(2, 3); // 66.7
 * percentOf(0, 0); // undefined
 * ```
 */
export function percentOf(part: number, whole: number, decimals = 1): number | undefined {
  const scale = scaleOf(decimals);
  const [p, w] = checked([part, whole]) as [bigint, bigint];
  if (w === 0n) return undefined;
  const units = (2n * p * scale + w) / (2n * w);
  return Number(units) / 10 ** decimals;
}

/**
 * The shares of non-negative values (counts, amounts, decimals) in their sum, in
 * percent units rounded to `decimals`, that add up to exactly 100 — what charts and
 * their data tables show, so that a donut's labels agree with the tables beside it.
 *
 * @param values - non-negative finite values; others count as 0.
 * @param decimals - fraction digits (default 1, at most 6).
 * @returns one percentage per value, summing to 100 (or all 0 when the sum is 0).
 * @remarks Safe integers go through {@link percentShares} (exact, BigInt); other
 * values use the same largest-remainder rule in floating point.
 * @example
 * ```ts
 * displayShares([240, 232, 21]); // [48.7, 47, 4.3]
 * displayShares([0.5, 0.25, 0.25], 0); // [50, 25, 25]
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function displayShares(values: readonly number[], decimals = 1): number[] {
  const clean = values.map((v) => (Number.isFinite(v) && v > 0 ? v : 0));
  if (clean.every((v) => Number.isSafeInteger(v))) return percentShares(clean, decimals);
  const scale = 100 * 10 ** decimals;
  const total = clean.reduce((a, b) => a + b, 0);
  if (!(total > 0) || !Number.isFinite(total)) return clean.map(() => 0);
  const exact = clean.map((v) => (v / total) * scale);
  const units = exact.map((x) => Math.floor(x));
  let left = scale - units.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, r: x - Math.floor(x) })).sort((a, b) => b.r - a.r || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    units[i] = (units[i] ?? 0) + 1;
    left--;
  }
  return units.map((u) => u / 10 ** decimals);
}
