import type { Locale } from "@madani/model";
import type { Numerals } from "../format/formatter.js";

/**
 * Options of {@link moralReport} and {@link financialReport}.
 *
 * @example
 * ```ts
 * const options: GeneralAssemblyReportOptions = { locale: "fr", showPersonNames: true, numerals: "latin" };
 * ```
 */
export interface GeneralAssemblyReportOptions {
  /**
   * Language of the issue messages when the input is invalid. Default: the
   * input's `language` when it can be read, else `"en"`. The report itself is
   * written in the input's `language`.
   */
  readonly locale?: Locale;
  /**
   * Show the names of the members of the governing bodies (their `personName`,
   * else their person id). Default `false`: names are personal data, and the
   * moral report then lists the roles only.
   */
  readonly showPersonNames?: boolean;
  /** Digits of numbers and dates in the document: `latin` (default) or `arabic-indic`. */
  readonly numerals?: Numerals;
  /** Show the Hijri (Umm al-Qura) date beside Gregorian dates. Default `false`. */
  readonly hijri?: boolean;
  /** Most issues reported when the input is invalid. Default 100. */
  readonly maxIssues?: number;
}
