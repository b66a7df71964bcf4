import { isLocale, type Locale, makeIssue, type Result, schemaMessages } from "@madani/model";
import type { ReportDocument } from "../document/document.js";
import { validateReportDocument } from "../document/validate.js";
import { createFormatter, type Formatter } from "../format/formatter.js";
import type { ReportIssueCode } from "../messages.js";
import type { RenderOptions } from "../render/options.js";

/** A document ready to render, with the formatter of its language. */
export interface Prepared {
  readonly doc: ReportDocument;
  readonly fmt: Formatter;
}

function issuesLocaleOf(input: unknown, options: RenderOptions | null | undefined): Locale {
  if (options?.issuesLocale !== undefined && isLocale(options.issuesLocale)) return options.issuesLocale;
  try {
    const language = (input as { meta?: { language?: unknown } } | null)?.meta?.language;
    if (isLocale(language)) return language;
  } catch {
    // An unreadable document: messages in English.
  }
  return "en";
}

/** Validate a document (unless trusted) and make its formatter. Never throws on bad input. */
export function prepare(input: unknown, options?: RenderOptions | null): Result<Prepared, ReportIssueCode> {
  if (options !== undefined && options !== null && typeof options !== "object") {
    return {
      ok: false,
      issues: [makeIssue(schemaMessages, "schema.invalid_option", "en", [], { params: { option: "options" } })],
    };
  }
  const issuesLocale = options?.issuesLocale;
  if (issuesLocale !== undefined && !isLocale(issuesLocale)) {
    const locale = issuesLocaleOf(input, undefined);
    return {
      ok: false,
      issues: [
        makeIssue(schemaMessages, "schema.invalid_option", locale, [], {
          params: { option: "issuesLocale" },
          value: issuesLocale,
        }),
      ],
    };
  }
  let doc: ReportDocument;
  if (options?.trusted === true) doc = input as ReportDocument;
  else {
    const r = validateReportDocument(input, { locale: issuesLocaleOf(input, options) });
    if (!r.ok) return r;
    doc = r.value;
  }
  const fmt = createFormatter({ language: doc.meta.language, numerals: doc.meta.numerals, hijri: doc.meta.hijri });
  return { ok: true, value: { doc, fmt } };
}
