import type { Locale } from "@madani/model";

/**
 * Options every renderer takes.
 *
 * @example
 * ```ts
 * renderHtml(doc, { issuesLocale: "fr" });
 * ```
 */
export interface RenderOptions {
  /**
   * Language of the issue messages when the document is invalid. Default: the
   * document's own language when it can be read, else `"en"`. A value other
   * than `"ar"`, `"fr"` or `"en"` gives the issue `schema.invalid_option`.
   */
  readonly issuesLocale?: Locale;
  /**
   * Skip validation because the caller has just validated the document with
   * `validateReportDocument`. Default false. A renderer given an invalid
   * document with `trusted: true` may produce wrong output; a document that
   * throws when read still gives `input.unreadable`, never an exception.
   */
  readonly trusted?: boolean;
}
