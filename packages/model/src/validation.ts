import type { IsoDate } from "./date.js";
import type { Locale } from "./i18n/locale.js";

/**
 * Options every `validate…` entry point takes.
 *
 * @example
 * ```ts
 * validateOrganization(input, { locale: "ar", asOf: "2025-05-09" });
 * ```
 */
export interface ValidateOptions {
  /** Language of the issue messages. Default `"en"`. */
  readonly locale?: Locale;
  /**
   * The date the data is checked against: dates that record the past may not
   * be after it, and legal deadlines run to it. No default: without `asOf`
   * those rules are skipped (the machine clock is never read).
   */
  readonly asOf?: IsoDate;
  /**
   * Most issues reported; past it one `input.too_many_issues` issue says that
   * more exist. Default 100.
   */
  readonly maxIssues?: number;
}
