/**
 * What both general-assembly reports do first (internal: not exported from the package index).
 *
 * @module
 */
import {
  type Failure,
  type Issue,
  isLocale,
  type Locale,
  makeIssue,
  schemaMessages,
  type ValidateOptions,
} from "@madani/model";
import type { ReportMeta } from "../document/document.js";
import { createFormatter, type Formatter } from "../format/formatter.js";
import type { GeneralAssemblyInput } from "./input.js";
import { type GeneralAssemblyLabel, labelText } from "./labels.js";
import type { GeneralAssemblyIssueCode } from "./messages.js";
import type { GeneralAssemblyReportOptions } from "./options.js";
import { inLanguage, plain } from "./text.js";
import { validateGeneralAssemblyInput } from "./validate.js";

/** A checked input with its warnings, formatter and resolved options. */
export interface Prepared {
  readonly input: GeneralAssemblyInput;
  readonly warnings: readonly Issue<GeneralAssemblyIssueCode>[];
  readonly fmt: Formatter;
  readonly showPersonNames: boolean;
  readonly numerals: "latin" | "arabic-indic" | undefined;
  readonly hijri: boolean | undefined;
}

function languageOf(input: unknown): Locale | undefined {
  try {
    const language = (input as { language?: unknown } | null)?.language;
    return isLocale(language) ? language : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Check the options and the input of a general-assembly report; never throws on bad input.
 *
 * @param input - any value.
 * @param options - the report options, unchecked.
 * @returns the prepared input, or the issues.
 */
export function prepare(
  input: unknown,
  options: GeneralAssemblyReportOptions | undefined,
): { ok: true; value: Prepared } | Failure<GeneralAssemblyIssueCode> {
  const o: Record<string, unknown> =
    options === undefined || options === null || typeof options !== "object" ? {} : { ...options };
  let locale: Locale = (isLocale(o.locale) ? o.locale : undefined) ?? languageOf(input) ?? "en";
  const bad = (option: string, value: unknown): Failure<GeneralAssemblyIssueCode> => ({
    ok: false,
    issues: [makeIssue(schemaMessages, "schema.invalid_option", locale, [], { params: { option }, value })],
  });
  if (options !== undefined && options !== null && typeof options !== "object") return bad("options", options);
  if (o.locale !== undefined && !isLocale(o.locale)) return bad("locale", o.locale);
  if (o.showPersonNames !== undefined && typeof o.showPersonNames !== "boolean") {
    return bad("showPersonNames", o.showPersonNames);
  }
  if (o.numerals !== undefined && o.numerals !== "latin" && o.numerals !== "arabic-indic") {
    return bad("numerals", o.numerals);
  }
  if (o.hijri !== undefined && typeof o.hijri !== "boolean") return bad("hijri", o.hijri);
  locale = isLocale(o.locale) ? o.locale : locale;
  const validateOptions: ValidateOptions = {
    locale,
    ...(o.maxIssues === undefined ? {} : { maxIssues: o.maxIssues as number }),
  };
  const r = validateGeneralAssemblyInput(input, validateOptions);
  if (!r.ok) return r;
  const numerals = o.numerals as "latin" | "arabic-indic" | undefined;
  const hijri = o.hijri as boolean | undefined;
  return {
    ok: true,
    value: {
      input: r.value,
      warnings: r.warnings,
      fmt: createFormatter({ language: r.value.language, numerals, hijri }),
      showPersonNames: o.showPersonNames === true,
      numerals,
      hijri,
    },
  };
}

/**
 * The year (or years) a fiscal period covers, as a title shows it: `2024`, or `2023-2024`
 * for a period across two calendar years.
 *
 * @param period - the fiscal period.
 * @returns the label.
 */
export function yearLabel(period: { startOn: string; endOn: string }): string {
  const from = period.startOn.slice(0, 4);
  const to = period.endOn.slice(0, 4);
  return from === to ? from : `${from}-${to}`;
}

/**
 * The metadata of a general-assembly report.
 *
 * @param p - the prepared input.
 * @param title - the label of the title.
 * @returns the metadata.
 */
export function reportMeta(p: Prepared, title: GeneralAssemblyLabel): ReportMeta {
  const v = p.input;
  const lang = v.language;
  return {
    title: inLanguage(
      lang,
      labelText(lang, title, { organization: plain(v.organization.name, lang), year: yearLabel(v.period) }),
    ),
    subtitle: inLanguage(lang, labelText(lang, "subtitle", { date: p.fmt.date(v.assemblyOn) })),
    organization: { name: v.organization.name, id: v.organization.id },
    period: { startOn: v.period.startOn, endOn: v.period.endOn },
    language: lang,
    generatedAt: v.generatedAt,
    ...(p.numerals === undefined ? {} : { numerals: p.numerals }),
    ...(p.hijri === undefined ? {} : { hijri: p.hijri }),
  };
}
