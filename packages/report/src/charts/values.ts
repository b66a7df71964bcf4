/**
 * Formatting of chart ticks, compact labels and percentages on top of the document's {@link Formatter}
 * (full values are written by `formatValue` of `render/cells.ts`, shared by every renderer), with guards
 * so that no input ever prints `NaN`.
 *
 * @module
 */
import type { ValueFormat } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { currencyDigits } from "../render/cells.js";

const intlCache = new Map<string, Intl.NumberFormat>();

function intl(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = intlCache.get(key);
  if (f === undefined) {
    f = new Intl.NumberFormat(locale, options);
    intlCache.set(key, f);
  }
  return f;
}

// The formatter writes percent units as a decimal string (`45.5e-2`); numbers whose shortest form is already
// exponential (1e21, 1e-7) do not survive that, so they take a float path here.
const plain = (value: number) => Number.isFinite(value) && !String(value).includes("e");

/**
 * A percentage given in percent units.
 *
 * @param fmt - the document's formatter.
 * @param value - percent units (45.5 means 45.5 %).
 * @param decimals - fraction digits at most (default 1).
 * @returns the formatted percentage.
 * @example
 * ```ts
 * formatPercent(createFormatter({ language: "fr" }), 45.5); // "45,5 %"
 * ```
 */
export function formatPercent(fmt: Formatter, value: number, decimals = 1): string {
  if (plain(value)) return fmt.percent(value, decimals);
  const v = Number.isFinite(value) ? value / 100 : 0;
  return intl(fmt.locale, { style: "percent", minimumFractionDigits: 0, maximumFractionDigits: decimals }).format(v);
}

/**
 * An amount of money in minor units, exact for safe integers (rounded to the nearest minor unit otherwise).
 *
 * @param fmt - the document's formatter.
 * @param amount - minor units (centimes for MAD).
 * @param currency - ISO 4217 code.
 * @param whole - leave out the fraction when it is zero in every value of a series (axis ticks). Default false.
 * @returns the formatted amount with its currency.
 * @example
 * ```ts
 * formatMoney(createFormatter({ language: "fr" }), 123456, "MAD"); // "1.234,56 MAD"
 * ```
 */
export function formatMoney(fmt: Formatter, amount: number, currency: string, whole = false): string {
  const rounded = Math.round(Number.isFinite(amount) ? amount : 0);
  const digits = currencyDigits(currency);
  if (!whole && Number.isSafeInteger(rounded)) return fmt.money({ amount: rounded, currency });
  const options: Intl.NumberFormatOptions = whole
    ? { style: "currency", currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
    : { style: "currency", currency };
  // Exact from a decimal string when possible (as the formatter does); display-only float otherwise.
  const decimal = Number.isSafeInteger(rounded) ? `${rounded}e-${digits}` : rounded / 10 ** digits;
  return intl(fmt.locale, options).format(decimal as number);
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * A short form of a value for labels in tight places: `1,2 M`, `250 k MAD`.
 *
 * @param fmt - the document's formatter.
 * @param format - the value's format.
 * @param value - the value.
 * @returns the compact form.
 * @example
 * ```ts
 * formatCompact(createFormatter({ language: "fr" }), undefined, 1234567); // "1,2 M"
 * ```
 */
export function formatCompact(fmt: Formatter, format: ValueFormat | undefined, value: number): string {
  const v = finite(value);
  if (format?.type === "percent") return formatPercent(fmt, v, 0);
  if (format?.type === "money") {
    const digits = currencyDigits(format.currency);
    return intl(fmt.locale, {
      style: "currency",
      currency: format.currency,
      notation: "compact",
      maximumFractionDigits: 1,
    }).format(v / 10 ** digits);
  }
  return intl(fmt.locale, { notation: "compact", maximumFractionDigits: 1 }).format(v);
}

/** Fraction digits needed to tell ticks `step` apart (0.25 → 2), at most 6. */
export function stepDecimals(step: number): number {
  if (!Number.isFinite(step) || step <= 0 || Number.isInteger(step)) return 0;
  const s = String(step);
  const e = s.indexOf("e-");
  if (e >= 0) return Math.min(6, Number(s.slice(e + 2)) + (s.slice(0, e).split(".")[1]?.length ?? 0));
  return Math.min(6, s.split(".")[1]?.length ?? 0);
}

/**
 * An axis tick: like `formatValue` of `render/cells.ts`, with just the fraction digits the tick step needs.
 *
 * @param fmt - the document's formatter.
 * @param format - the chart's format.
 * @param value - the tick value.
 * @param step - the distance between ticks.
 * @returns the tick label.
 * @example
 * ```ts
 * formatTick(fmt, { type: "money", currency: "MAD" }, 500000, 100000); // "5.000 MAD"
 * ```
 */
export function formatTick(fmt: Formatter, format: ValueFormat | undefined, value: number, step: number): string {
  const v = finite(value);
  if (format?.type === "money") {
    const unit = 10 ** currencyDigits(format.currency);
    return formatMoney(fmt, v, format.currency, step % unit === 0);
  }
  const decimals = stepDecimals(step);
  if (format?.type === "percent") return formatPercent(fmt, v, decimals);
  if (format?.type === "integer" || decimals === 0) return fmt.integer(v);
  return fmt.decimal(v, decimals);
}
