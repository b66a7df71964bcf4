import * as z from "zod";
import { coded } from "./coded.js";

/**
 * An amount of money: an integer number of minor units (centimes for MAD) and
 * an ISO 4217 currency code.
 *
 * @remarks Amounts never go through floating point: sums and splits use integer
 * arithmetic (docs/organizations.md). 1,000 MAD is `{ amount: 100000, currency: "MAD" }`.
 */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/**
 * Schema of {@link Money}: a safe integer amount of minor units and a
 * three-letter upper-case ISO 4217 code.
 *
 * @example
 * ```ts
 * MoneySchema.parse({ amount: 150000, currency: "MAD" }); // 1,500.00 MAD
 * ```
 */
export const MoneySchema = z.strictObject({
  amount: z.int(),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/**
 * Schema of a {@link Money} amount that may not be negative (contributions,
 * fees, capital); a negative amount reports `money.negative`.
 */
export const NonNegativeMoneySchema = z.strictObject({
  amount: z.int().refine((n) => n >= 0, { params: coded("money.negative") }),
  currency: z.string().regex(/^[A-Z]{3}$/),
});

/**
 * An amount in Moroccan dirhams.
 *
 * @param centimes - the amount in centimes (1 MAD = 100 centimes).
 * @returns the money value.
 * @example
 * ```ts
 * mad(100000); // { amount: 100000, currency: "MAD" } = 1,000 MAD
 * ```
 */
export function mad(centimes: number): Money {
  return { amount: centimes, currency: "MAD" };
}

const moneyErrorMarker: unique symbol = Symbol.for("@madani/model/MoneyError") as never;

/**
 * Thrown when money of different currencies is added, or an amount is not a
 * safe integer. It is a programmer error: check currencies before adding.
 */
export class MoneyError extends Error {
  /** Stable code of this error class. */
  readonly code = "MADANI_MONEY" as const;
  /** Brand that survives duplicate copies of the package. */
  readonly [moneyErrorMarker] = true;

  /**
   * Whether a value is a MoneyError, across duplicate copies of the package.
   *
   * @param error - anything caught.
   * @returns `true` for a MoneyError.
   */
  static isInstance(error: unknown): error is MoneyError {
    return typeof error === "object" && error !== null && moneyErrorMarker in error;
  }
}

/**
 * Add amounts of one currency exactly.
 *
 * @param amounts - the amounts; all must share the currency.
 * @param currency - the currency of the total, used when `amounts` is empty (default `"MAD"`).
 * @returns the total.
 * @throws MoneyError when currencies differ or the total leaves the safe-integer range.
 * @example
 * ```ts
 * sumMoney([mad(150), mad(250)]); // { amount: 400, currency: "MAD" }
 * ```
 */
export function sumMoney(amounts: readonly Money[], currency = "MAD"): Money {
  const code = amounts[0]?.currency ?? currency;
  let total = 0;
  for (const m of amounts) {
    if (m.currency !== code) throw new MoneyError(`Cannot add ${m.currency} to ${code}`);
    total += m.amount;
  }
  if (!Number.isSafeInteger(total)) throw new MoneyError("Total exceeds the safe integer range");
  return { amount: total, currency: code };
}

/**
 * Split an amount into parts proportional to weights, so that the parts add up
 * exactly to the amount (largest-remainder method; ties go to the earlier part).
 *
 * @param total - the amount to split.
 * @param weights - non-negative weights, at least one positive.
 * @returns one amount per weight, in the same order, summing to `total`.
 * @throws MoneyError when the weights are empty, negative, not finite or all zero.
 * @remarks A split distributes the remainder so that the parts add up exactly.
 * @example
 * ```ts
 * splitMoney(mad(100), [1, 1, 1]).map((m) => m.amount); // [34, 33, 33]
 * ```
 */
export function splitMoney(total: Money, weights: readonly number[]): Money[] {
  if (weights.length === 0) throw new MoneyError("No weights to split by");
  let weightSum = 0;
  for (const w of weights) {
    if (!Number.isFinite(w) || w < 0) throw new MoneyError("Weights must be finite and non-negative");
    weightSum += w;
  }
  if (weightSum <= 0) throw new MoneyError("At least one weight must be positive");
  const sign = total.amount < 0 ? -1 : 1;
  const abs = Math.abs(total.amount);
  const exact = weights.map((w) => (abs * w) / weightSum);
  const floors = exact.map((x) => Math.floor(x));
  let remainder = abs - floors.reduce((a, b) => a + b, 0);
  const order = exact.map((x, i) => ({ i, frac: x - Math.floor(x) })).sort((a, b) => b.frac - a.frac || a.i - b.i);
  for (const { i } of order) {
    if (remainder <= 0) break;
    floors[i] = (floors[i] ?? 0) + 1;
    remainder--;
  }
  return floors.map((amount) => ({ amount: sign * amount, currency: total.currency }));
}
