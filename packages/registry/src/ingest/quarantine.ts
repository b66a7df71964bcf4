import { formatMessage, guardInput, type Issue, isLocale, type Locale, makeIssue, type Result } from "@madani/model";
import { type ReportDocument, renderXlsx } from "@madani/report";
import type { QuarantinedRow } from "./ingest.js";
import { type IngestIssueCode, ingestLabels, ingestMessages } from "./messages.js";

/**
 * Options of `writeQuarantineCsv` and `writeQuarantineXlsx`, {@link quarantineTable}, {@link issueLine} and {@link quarantineReason}.
 *
 * @example
 * ```ts
 * const options: QuarantineFileOptions = { headers: summary.columns?.headers, sheet: summary.sheet, locale: "fr" };
 * ```
 */
export interface QuarantineFileOptions {
  /** The headers of the file imported (the summary's `columns.headers`); absent for JSON input. */
  readonly headers?: readonly string[] | undefined;
  /** The sheet imported (the summary's `sheet`), to say where a row is. */
  readonly sheet?: string | undefined;
  /** Language of the reasons and of the headers the file adds. Default `"en"`. */
  readonly locale?: Locale | undefined;
  /** CSV only: the separator, `,` (default), `;` or a tab (the summary's `delimiter` writes as the file was). */
  readonly delimiter?: string | undefined;
  /** Workbook only: when it was written (ISO 8601 with an offset), its properties' date. Default now. */
  readonly generatedAt?: string | undefined;
}

/** The most rows and columns a quarantine workbook takes (a report table's limits, within Excel's). */
const MAX_XLSX_ROWS = 1_000_000;
const MAX_XLSX_COLUMNS = 100;
/** Longest text of a workbook cell here (a report cell's limit; Excel's is 32,767). */
const MAX_XLSX_CELL = 20_000;

/** What `run` gives, or `fallback` when it throws (input that is not what the types say). */
function total<T>(fallback: T, run: () => T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

const numberOf = (v: unknown): number | string => (typeof v === "number" ? v : "?");
const localeOf = (options: unknown): Locale => {
  const locale = (options as { locale?: unknown } | null | undefined)?.locale;
  return isLocale(locale) ? locale : "en";
};

const colon = (locale: Locale): string => (locale === "fr" ? " : " : ": ");
const comma = (locale: Locale): string => (locale === "ar" ? "، " : ", ");

/** Where an issue is in its row: `column “RIB”, value “1.17E+23”`, or `""` when it is about the whole row. */
function cellPlace(issue: Issue<string>, locale: Locale): string {
  const column = issue.params?.column;
  if (typeof column !== "string" || column === "") return "";
  const place = formatMessage(ingestLabels.column, locale, { column });
  const value = issue.value;
  if (value === undefined || value === null || value === "") return place;
  return `${place}${comma(locale)}${formatMessage(ingestLabels.value, locale, { value: String(value) })}`;
}

/**
 * Where a row is, in words: `Sheet “Associations”, row 7` for a sheet (the row number Excel shows), `Row 4
 * (line 5)` otherwise.
 *
 * @param row - the quarantined row (its `row` and `line`).
 * @param options - the sheet and the language.
 * @returns the words.
 */
export function rowPlace(row: Pick<QuarantinedRow, "row" | "line">, options: QuarantineFileOptions = {}): string {
  return total("", () => {
    const locale = localeOf(options);
    const sheet = options?.sheet;
    return typeof sheet !== "string"
      ? formatMessage(ingestLabels.row, locale, { row: numberOf(row?.row), line: numberOf(row?.line) })
      : formatMessage(ingestLabels.sheetRow, locale, { sheet, line: numberOf(row?.line) });
  });
}

/**
 * One issue of a quarantined row as a line for a person: where the row is, the column at fault by the
 * file's own header and the value as read (when the issue is about one cell), the message and the code.
 *
 * @param row - the quarantined row.
 * @param issue - one of its issues.
 * @param options - the sheet and the language (`headers` is not used).
 * @returns e.g. `Feuille « Associations », ligne 7, colonne « RIB », valeur « 1.17E+23 » : Excel a enregistré… [ingest.number_lost_digits]`.
 * @example
 * ```ts
 * for (const i of q.issues) console.error(issueLine(q, i, { sheet: summary.sheet, locale: "fr" }));
 * ```
 */
export function issueLine(
  row: Pick<QuarantinedRow, "row" | "line">,
  issue: Issue<string>,
  options: QuarantineFileOptions = {},
): string {
  return total("", () => {
    const locale = localeOf(options);
    const place = cellPlace(issue, locale);
    const where = place === "" ? rowPlace(row, options) : `${rowPlace(row, options)}${comma(locale)}${place}`;
    return `${where}${colon(locale)}${String(issue.message)} [${String(issue.code)}]`;
  });
}

/**
 * The reason a row was set aside, as the quarantine file's last column shows it: one line per issue, each
 * with the column and value at fault when it is about one cell, its message and its code.
 *
 * @param row - the quarantined row.
 * @param options - the language.
 * @returns the lines, joined with line feeds.
 */
export function quarantineReason(row: Pick<QuarantinedRow, "issues">, options: QuarantineFileOptions = {}): string {
  return total("", () => {
    const locale = localeOf(options);
    return (Array.isArray(row.issues) ? row.issues : [])
      .map((issue) => {
        const place = cellPlace(issue, locale);
        return `${place === "" ? "" : `${place}${colon(locale)}`}${String(issue.message)} [${String(issue.code)}]`;
      })
      .join("\n");
  });
}

/** A quarantine as a table: the headers and the rows of cells. */
export interface QuarantineTable {
  /** The file's own headers, then the reason, then (when a row could not be split into cells) the row as read. */
  readonly headers: readonly string[];
  /** One row per quarantined row, as many cells as headers. */
  readonly rows: readonly (readonly string[])[];
}

/**
 * The table a quarantine file holds: the file's own headers and, for each quarantined row, its cells as
 * read under them, then a column with the localized reason. A row that could not be split into cells (a
 * CSV line with a quote never closed, a JSON record) keeps its cells empty and its text in a last column,
 * "Row as read", which an import leaves out as it does any column it does not know: such a row, imported
 * again unchanged, is quarantined again (it has no name) rather than read wrong.
 *
 * @param rows - the quarantined rows (the summary's `quarantined`, or those of the batches).
 * @param options - the file's headers and the language.
 * @returns the table.
 */
export function quarantineTable(rows: readonly QuarantinedRow[], options: QuarantineFileOptions = {}): QuarantineTable {
  return total({ headers: [], rows: [] }, () => tableOf(rows, options));
}

function tableOf(rows: readonly QuarantinedRow[], options: QuarantineFileOptions): QuarantineTable {
  if (!Array.isArray(rows)) return { headers: [], rows: [] };
  const locale = localeOf(options);
  const given = options?.headers;
  const headers = Array.isArray(given) ? given.map(String) : [];
  const width = headers.length;
  const needsRaw = width === 0 || rows.some((q) => q.cells === undefined);
  const out: string[][] = [];
  for (const q of rows) {
    const cells: string[] = [];
    for (let k = 0; k < width; k++) cells.push(q.cells?.[k] ?? "");
    cells.push(quarantineReason(q, { locale }));
    if (needsRaw) cells.push(q.cells === undefined ? q.raw : "");
    out.push(cells);
  }
  const reason = formatMessage(ingestLabels.reason, locale);
  const all = needsRaw ? [...headers, reason, formatMessage(ingestLabels.raw, locale)] : [...headers, reason];
  return { headers: all, rows: out };
}

/** A cell a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is written with a leading `'`, which an import removes. */
function csvCell(value: string, delimiter: string): string {
  const v = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}

/** The codes of the issues the quarantine writers return. */
export type QuarantineIssueCode = IngestIssueCode | "input.unreadable";

const OPTION_KEYS = ["headers", "sheet", "locale", "delimiter", "generatedAt"] as const;

/** The options read once and checked; an issue naming the first that is not what it should be. */
function checkOptions(
  rows: unknown,
  options: unknown,
): { ok: true; value: QuarantineFileOptions & { locale: Locale } } | { ok: false; option: string } {
  if (!Array.isArray(rows)) return { ok: false, option: "rows" };
  const o = (options ?? {}) as Record<string, unknown>;
  if (typeof o !== "object") return { ok: false, option: "options" };
  const copy: Record<string, unknown> = {};
  for (const k of OPTION_KEYS) copy[k] = o[k];
  const headers = copy.headers;
  if (headers !== undefined && (!Array.isArray(headers) || !headers.every((h) => typeof h === "string"))) {
    return { ok: false, option: "headers" };
  }
  if (copy.sheet !== undefined && typeof copy.sheet !== "string") return { ok: false, option: "sheet" };
  if (copy.locale !== undefined && !isLocale(copy.locale)) return { ok: false, option: "locale" };
  if (copy.delimiter !== undefined && copy.delimiter !== "," && copy.delimiter !== ";" && copy.delimiter !== "\t") {
    return { ok: false, option: "delimiter" };
  }
  if (
    copy.generatedAt !== undefined &&
    (typeof copy.generatedAt !== "string" || Number.isNaN(Date.parse(copy.generatedAt)))
  ) {
    return { ok: false, option: "generatedAt" };
  }
  for (const [i, q] of (rows as unknown[]).entries()) {
    const r = q as Partial<QuarantinedRow> | null;
    if (r === null || typeof r !== "object" || typeof r.raw !== "string" || !Array.isArray(r.issues)) {
      return { ok: false, option: `rows[${i}]` };
    }
  }
  return {
    ok: true,
    value: {
      ...(headers === undefined ? {} : { headers: headers as string[] }),
      ...(copy.sheet === undefined ? {} : { sheet: copy.sheet as string }),
      locale: (copy.locale as Locale | undefined) ?? "en",
      ...(copy.delimiter === undefined ? {} : { delimiter: copy.delimiter as string }),
      ...(copy.generatedAt === undefined ? {} : { generatedAt: copy.generatedAt as string }),
    },
  };
}

const invalid = (option: string, locale: Locale): Result<never, QuarantineIssueCode> => ({
  ok: false,
  issues: [makeIssue(ingestMessages, "ingest.invalid_option", locale, [option], { params: { option } })],
});

/**
 * Write quarantined rows as a CSV file a clerk opens in a spreadsheet, fixes and imports again: the file's
 * own headers and cells as read, plus the localized reason (see {@link quarantineTable}). UTF-8 with a
 * byte-order mark and CRLF line ends, which a spreadsheet on Windows opens as it is; a cell that would read
 * as a formula is written after a `'`, which the import removes.
 *
 * @param rows - the quarantined rows.
 * @param options - the file's headers, the language, the separator.
 * @returns the CSV text, starting with U+FEFF; or `ingest.invalid_option`. Never throws.
 * @example
 * ```ts
 * const csv = writeQuarantineCsv(summary.quarantined ?? [], { headers: summary.columns?.headers, delimiter: summary.delimiter, locale: "fr" });
 * if (csv.ok) await writeFile("quarantaine.csv", csv.value, "utf8");
 * ```
 */
export function writeQuarantineCsv(
  rows: readonly QuarantinedRow[],
  options: QuarantineFileOptions = {},
): Result<string, QuarantineIssueCode> {
  return guardInput(() => {
    const checked = checkOptions(rows, options);
    if (!checked.ok) return invalid(checked.option, "en");
    const o = checked.value;
    const delimiter = o.delimiter ?? ",";
    const table = tableOf(rows, o);
    const lines = [table.headers, ...table.rows].map((cells) =>
      cells.map((c) => csvCell(c, delimiter)).join(delimiter),
    );
    return { ok: true, value: `\uFEFF${lines.join("\r\n")}\r\n` };
  });
}

/**
 * Write quarantined rows as an Excel workbook (`.xlsx`) a clerk fixes in Excel and imports again: one sheet,
 * row 1 the file's own headers then the localized reason, each quarantined row's cells as read below them
 * as text (a RIB stays 24 digits, a phone keeps its `+`), the reason last (see {@link quarantineTable}).
 * Written by `renderXlsx` of `@madani/report` (bold, frozen header; right to left in Arabic).
 *
 * @param rows - the quarantined rows.
 * @param options - the file's headers, the language, the date of the workbook.
 * @returns the bytes of the workbook; `ingest.quarantine_too_large` when it would hold more than 1,000,000
 * rows or 100 columns (write CSV then), or `ingest.invalid_option`. A cell longer than 20,000 characters is
 * cut there. Never throws.
 * @example
 * ```ts
 * const xlsx = writeQuarantineXlsx(summary.quarantined ?? [], { headers: summary.columns?.headers, sheet: summary.sheet });
 * if (xlsx.ok) await writeFile("quarantine.xlsx", xlsx.value);
 * ```
 */
export function writeQuarantineXlsx(
  rows: readonly QuarantinedRow[],
  options: QuarantineFileOptions = {},
): Result<Uint8Array, string> {
  return guardInput(() => {
    const checked = checkOptions(rows, options);
    if (!checked.ok) return invalid(checked.option, "en");
    const o = checked.value;
    const table = tableOf(rows, o);
    if (table.rows.length > MAX_XLSX_ROWS || table.headers.length > MAX_XLSX_COLUMNS) {
      return {
        ok: false,
        issues: [
          makeIssue(ingestMessages, "ingest.quarantine_too_large", o.locale, [], {
            params: {
              rows: table.rows.length,
              columns: table.headers.length,
              maxRows: MAX_XLSX_ROWS,
              maxColumns: MAX_XLSX_COLUMNS,
            },
          }),
        ],
      };
    }
    const keys = table.headers.map((_, k) => `c${k + 1}`);
    const cut = (t: string) => (t.length <= MAX_XLSX_CELL ? t : t.slice(0, MAX_XLSX_CELL));
    const title = formatMessage(ingestLabels.sheet, o.locale);
    const doc: ReportDocument = {
      format: "madani.report/1",
      meta: {
        title,
        language: o.locale,
        generatedAt: new Date(o.generatedAt ?? Date.now()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      },
      sections: [
        {
          heading: title,
          blocks: [
            {
              type: "table",
              id: "quarantine",
              title,
              columns: table.headers.map((h, k) => ({ key: keys[k] as string, label: cut(h), type: "text" as const })),
              rows: table.rows.map((cells) => {
                const row: Record<string, string> = {};
                for (let k = 0; k < cells.length; k++) {
                  const c = cells[k] as string;
                  if (c !== "") row[keys[k] as string] = cut(c);
                }
                return row;
              }),
            },
          ],
        },
      ],
    };
    // The document is valid by construction (text cells, within the limits checked above).
    const rendered = renderXlsx(doc, { trusted: true, issuesLocale: o.locale });
    return rendered.ok ? rendered : { ok: false, issues: rendered.issues };
  });
}
