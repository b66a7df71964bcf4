import { type Money, type MultilingualText, textIn } from "@madani/model";
import type { ReportLanguage, ReportText } from "../document/document.js";

/** Digits used to write numbers and dates. */
export type Numerals = "latin" | "arabic-indic";

/**
 * Options of {@link createFormatter}.
 *
 * @example
 * ```ts
 * const options: FormatOptions = { language: "ar", numerals: "arabic-indic", hijri: true };
 * ```
 */
export interface FormatOptions {
  /** The report's language: `ar` (ar-MA), `fr` (fr-MA) or `en`. */
  readonly language: ReportLanguage;
  /** `latin` (default) or `arabic-indic` digits. */
  readonly numerals?: Numerals | undefined;
  /** Add the Hijri (Umm al-Qura) date after Gregorian dates. Default false. */
  readonly hijri?: boolean | undefined;
}

/** A text ready to show, with the language it is actually in (after fallback) and its direction. */
export interface ShownText {
  readonly text: string;
  /** BCP 47 tag of the text's language (`ar`, `fr`, `en`, `zgh`), or `undefined` for a plain string. */
  readonly lang: string | undefined;
  /** Writing direction of that language: `rtl` for Arabic, `ltr` otherwise, `auto` for plain strings. */
  readonly dir: "rtl" | "ltr" | "auto";
}

/**
 * Formats numbers, money, percentages, dates and texts for one report language,
 * the same way on every host.
 */
export interface Formatter {
  readonly language: ReportLanguage;
  /** The Intl locale used: `ar-MA`, `fr-MA` or `en`, with the numbering system. */
  readonly locale: string;
  /** Writing direction of the report language. */
  readonly dir: "rtl" | "ltr";
  /** An integer with grouping, e.g. `1 234` (fr), `1,234` (en). */
  integer(value: number): string;
  /** A decimal number with `decimals` fraction digits (default 2). */
  decimal(value: number, decimals?: number): string;
  /** A percentage given in percent units (45.5 → `45.5 %`), `decimals` fraction digits (default 1). */
  percent(value: number, decimals?: number): string;
  /** An amount of money from integer minor units, exact (no floating point), with its currency. */
  money(value: Money): string;
  /** A calendar date `YYYY-MM-DD` in long form (`27 دجنبر 2024`), with the Hijri date when asked. */
  date(value: string): string;
  /** A range of dates, `from – to`; a single date when both are the same day. */
  dateRange(from: string, to: string): string;
  /** The text to show, falling back through the locale chain when the report language is missing. */
  text(value: ReportText): ShownText;
}

const INTL_LOCALES: Readonly<Record<ReportLanguage, string>> = { ar: "ar-MA", fr: "fr-MA", en: "en" };

/**
 * The Intl locale tag of a report language and numbering system, e.g. `ar-MA-u-nu-arab`.
 *
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function intlLocale(language: ReportLanguage, numerals: Numerals = "latin"): string {
  return `${INTL_LOCALES[language]}-u-nu-${numerals === "arabic-indic" ? "arab" : "latn"}`;
}

/** Day count of a valid ISO date as a UTC timestamp, read without the host's time zone. */
function utc(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
}

/**
 * Write an integer amount of minor units as an exact decimal string of major units
 * (`123456789`, 2 digits → `"1234567.89"`), without floating-point division.
 *
 * @param amount - an integer number of minor units.
 * @param digits - the currency's minor-unit digits (2 for MAD, 3 for TND, 0 for JPY).
 * @returns the decimal string, with `-` for negative amounts.
 */
export function minorToDecimal(amount: number, digits: number): string {
  const negative = amount < 0;
  const magnitude = Number.isSafeInteger(amount) ? String(Math.abs(amount)) : BigInt(Math.abs(amount)).toString();
  const abs = magnitude.padStart(digits + 1, "0");
  const whole = digits === 0 ? abs : abs.slice(0, abs.length - digits);
  const frac = digits === 0 ? "" : `.${abs.slice(abs.length - digits)}`;
  return `${negative ? "-" : ""}${whole}${frac}`;
}

const cache = new Map<string, Formatter>();

/**
 * A formatter for a report language, digits and calendar options. Formatters are
 * cached and reuse their `Intl` objects, which is many times faster than
 * formatting with options on every call.
 *
 * @param options - language, numerals, Hijri dates.
 * @returns the formatter.
 * @remarks Uses `Intl` with the `ar-MA`, `fr-MA` and `en` locales and the UTC time
 * zone, so that results never depend on the host's locale or time zone; `ar-MA`
 * gives the Moroccan month names (يناير … ماي … يوليوز غشت شتنبر … نونبر دجنبر).
 * The Hijri date uses the `islamic-umalqura` calendar. Money is written from its
 * integer minor units as an exact decimal string, never through a float division.
 * @example
 * ```ts
 * const f = createFormatter({ language: "ar" });
 * f.date("2024-12-27"); // "27 دجنبر 2024"
 * f.money({ amount: 123456789, currency: "MAD" }); // "1.234.567,89 د.م." (with direction marks)
 * ```
 * @throws TypeError (or another exception) when given a value its type rules out: typed-only, it does not check
 * its arguments; pass only values that have the declared types (check an input with
 * `validateGeneralAssemblyInput` first).
 */
export function createFormatter(options: FormatOptions): Formatter {
  const numerals = options.numerals ?? "latin";
  const hijri = options.hijri ?? false;
  const key = `${options.language}|${numerals}|${hijri}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;

  const language = options.language;
  const locale = intlLocale(language, numerals);
  const integerFormat = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimalFormats = new Map<number, Intl.NumberFormat>();
  const percentFormats = new Map<number, Intl.NumberFormat>();
  const moneyFormats = new Map<string, { format: Intl.NumberFormat; digits: number }>();
  const dateFormat = new Intl.DateTimeFormat(locale, {
    timeZone: "UTC",
    day: "numeric",
    month: "long",
    year: "numeric",
  });
  const hijriFormat = hijri
    ? new Intl.DateTimeFormat(
        `${INTL_LOCALES[language]}-u-ca-islamic-umalqura-nu-${numerals === "arabic-indic" ? "arab" : "latn"}`,
        {
          timeZone: "UTC",
          day: "numeric",
          month: "long",
          year: "numeric",
        },
      )
    : undefined;

  const decimalFormat = (decimals: number) => {
    let f = decimalFormats.get(decimals);
    if (f === undefined) {
      f = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
      decimalFormats.set(decimals, f);
    }
    return f;
  };

  const formatter: Formatter = {
    language,
    locale,
    dir: language === "ar" ? "rtl" : "ltr",
    integer: (value) => integerFormat.format(value === 0 ? 0 : value),
    decimal: (value, decimals = 2) => decimalFormat(decimals).format(value === 0 ? 0 : value),
    percent(value, decimals = 1) {
      let f = percentFormats.get(decimals);
      if (f === undefined) {
        f = new Intl.NumberFormat(locale, {
          style: "percent",
          minimumFractionDigits: 0,
          maximumFractionDigits: decimals,
        });
        percentFormats.set(decimals, f);
      }
      // Percent units to a fraction. Display keeps at most 6 fraction digits, far above the
      // error of one float division; -0 is shown as 0.
      return f.format(value === 0 ? 0 : value / 100);
    },
    money(value) {
      let entry = moneyFormats.get(value.currency);
      if (entry === undefined) {
        const format = new Intl.NumberFormat(locale, { style: "currency", currency: value.currency });
        entry = { format, digits: format.resolvedOptions().maximumFractionDigits ?? 2 };
        moneyFormats.set(value.currency, entry);
      }
      // Intl formats a decimal string exactly; the number is never divided as a float.
      return entry.format.format(minorToDecimal(value.amount, entry.digits) as unknown as number);
    },
    date(value) {
      const t = utc(value);
      const gregorian = dateFormat.format(t);
      return hijriFormat === undefined ? gregorian : `${gregorian} (${hijriFormat.format(t)})`;
    },
    dateRange(from, to) {
      return from === to ? formatter.date(from) : `${formatter.date(from)} – ${formatter.date(to)}`;
    },
    text(value) {
      if (typeof value === "string") return { text: value, lang: undefined, dir: "auto" };
      const shown = textIn(value as MultilingualText, language);
      if (shown === undefined) return { text: "", lang: undefined, dir: "auto" };
      return { text: shown.text, lang: shown.locale, dir: shown.locale === "ar" ? "rtl" : "ltr" };
    },
  };
  cache.set(key, formatter);
  return formatter;
}
