import {
  compareCodePoints,
  formatMessage,
  guardInput,
  type Issue,
  isLocale,
  type Locale,
  localeOfOptions,
  type Organization,
  type Result,
  unreadable,
} from "@madani/model";
import { type ReportDocument, renderXlsx } from "@madani/report";
import { parse as parseCsv } from "csv-parse/sync";
import * as z from "zod";
import type { DuplicateCluster, MatchReason } from "../dedup/findDuplicates.js";
import { IngestStop } from "../ingest/decode.js";
import { ingestMessages } from "../ingest/messages.js";
import { readSheet } from "../ingest/xlsx.js";
import { type ReviewDecision, ReviewDecisionSchema, ReviewTimestampSchema } from "../storage/review.js";
import { type ReviewIssueCode, reviewIssue } from "./messages.js";

/**
 * The columns of a review file, in order: one row per proposed pair, both organizations' key
 * fields side by side (`_a` and `_b`), the score and reasons, and the `decision` and `note`
 * columns the reviewer fills in.
 */
export const REVIEW_FILE_COLUMNS = [
  "cluster",
  "decision",
  "note",
  "score",
  "id_a",
  "id_b",
  "name_a",
  "name_b",
  "legal_form_a",
  "legal_form_b",
  "commune_a",
  "commune_b",
  "founded_on_a",
  "founded_on_b",
  "phone_a",
  "phone_b",
  "reasons",
] as const;

/** Words read as `accept` in the `decision` column (compared without case or accents). */
export const ACCEPT_WORDS: readonly string[] = Object.freeze([
  "accept",
  "accepted",
  "yes",
  "y",
  "same",
  "merge",
  "oui",
  "o",
  "accepter",
  "accepte",
  "acceptee",
  "fusionner",
  "نعم",
  "قبول",
  "مقبول",
  "دمج",
]);

/** Words read as `reject` in the `decision` column (compared without case or accents). */
export const REJECT_WORDS: readonly string[] = Object.freeze([
  "reject",
  "rejected",
  "no",
  "n",
  "different",
  "non",
  "rejeter",
  "rejete",
  "rejetee",
  "distinct",
  "differente",
  "لا",
  "رفض",
  "مرفوض",
]);

/**
 * Options of {@link writeReviewFile}.
 *
 * @example
 * ```ts
 * const options: ReviewFileOptions = { delimiter: ";" };
 * ```
 */
export interface ReviewFileOptions {
  /** The separator: `,` (default) or `;` (what a spreadsheet set to French or Arabic expects). */
  readonly delimiter?: "," | ";" | undefined;
}

/** A cell that a spreadsheet would read as a formula (`=`, `+`, `-`, `@`) is written with a leading `'`. */
function neutralize(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The value of a cell as written, without the `'` that {@link neutralize} added. */
function unneutralize(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

function quote(value: string, delimiter: string): string {
  const v = neutralize(value);
  return v.includes(delimiter) || /["\r\n]/.test(v) || v !== v.trim() ? `"${v.replaceAll('"', '""')}"` : v;
}

const nameOf = (o: Organization | undefined): string =>
  o === undefined ? "" : [o.name.ar, o.name.fr, o.name.en, o.name.zgh].filter((x) => x !== undefined).join(" / ");
const phoneOf = (o: Organization | undefined): string =>
  (o?.contacts ?? [])
    .filter((c) => c.kind === "phone")
    .map((c) => c.value)
    .join(" ");
const communeOf = (o: Organization | undefined): string =>
  o?.seat?.communeCode ?? o?.seat?.provinceCode ?? o?.seat?.regionCode ?? "";

/**
 * Write the review file of proposed duplicates: CSV with a byte-order mark and CRLF line ends, which
 * opens as it is in a spreadsheet on Windows. One row per proposed pair, cluster by cluster: the
 * cluster's number, an empty `decision` and `note` to fill in, the score, both organizations' id,
 * name (all languages), legal form, commune, founding date and phones side by side, and the reasons.
 *
 * @remarks Cells a spreadsheet would take for a formula (starting with `=`, `+`, `-` or `@`, such as
 * a phone `+212…`) are written with a leading `'`, which {@link readReviewFile} removes. Read the file
 * back, filled, with {@link readReviewFile}.
 * @param clusters - the clusters to review (e.g. `proposeDuplicates(…).value.clusters`).
 * @param organizations - the organizations, to show their fields (ids not found show empty fields).
 * @param options - {@link ReviewFileOptions}.
 * @returns the CSV text, starting with U+FEFF; or `review.invalid_option` naming the argument that is not
 * what it should be. Never throws.
 * @example
 * ```ts
 * const csv = writeReviewFile(proposals.clusters, organizations);
 * if (csv.ok) await writeFile("review.csv", csv.value, "utf8");
 * ```
 */
export function writeReviewFile(
  clusters: readonly Pick<DuplicateCluster, "pairs">[],
  organizations: Iterable<Organization>,
  options: ReviewFileOptions = {},
): Result<string, ReviewIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const fail = (path: string): Result<string, ReviewIssueCode> => ({
      ok: false,
      issues: [reviewIssue("review.invalid_option", "en", [path], { option: path })],
    });
    const delimiter = options?.delimiter ?? ",";
    if (delimiter !== "," && delimiter !== ";") return fail("delimiter");
    if (!Array.isArray(clusters)) return fail("clusters");
    if (organizations === null || typeof organizations !== "object" || !(Symbol.iterator in organizations)) {
      return fail("organizations");
    }
    const rows = reviewRows(clusters, organizations);
    if (rows === undefined) return fail("clusters");
    const lines = [REVIEW_FILE_COLUMNS.join(delimiter)];
    for (const cells of rows) lines.push(cells.map((v) => quote(String(v), delimiter)).join(delimiter));
    return { ok: true, value: `\uFEFF${lines.join("\r\n")}\r\n` };
  });
}

/** The cells of the review file's rows, one per proposed pair; `undefined` when a cluster is not one. */
function reviewRows(
  clusters: readonly Pick<DuplicateCluster, "pairs">[],
  organizations: Iterable<Organization>,
): (string | number)[][] | undefined {
  const byId = new Map<string, Organization>();
  for (const o of organizations) if (typeof o?.id === "string") byId.set(o.id, o);
  const rows: (string | number)[][] = [];
  for (const [i, c] of clusters.entries()) {
    if (!Array.isArray(c?.pairs)) return undefined;
    for (const p of c.pairs) {
      if (typeof p?.a !== "string" || typeof p.b !== "string" || !Array.isArray(p.reasons)) return undefined;
      const a = byId.get(p.a);
      const b = byId.get(p.b);
      rows.push([
        i + 1,
        "",
        "",
        p.score,
        p.a,
        p.b,
        nameOf(a),
        nameOf(b),
        a?.legalForm ?? "",
        b?.legalForm ?? "",
        communeOf(a),
        communeOf(b),
        a?.foundedOn ?? "",
        b?.foundedOn ?? "",
        phoneOf(a),
        phoneOf(b),
        (p.reasons as readonly MatchReason[])
          .map((r) => `${r.detail} (${r.weight > 0 ? "+" : ""}${r.weight})`)
          .join("; "),
      ]);
    }
  }
  return rows;
}

/**
 * Options of {@link writeReviewXlsx}.
 *
 * @example
 * ```ts
 * const options: ReviewXlsxOptions = { language: "fr", generatedAt: "2026-12-03T09:00:00Z" };
 * ```
 */
export interface ReviewXlsxOptions {
  /** Language of the workbook (its sheet's direction: right to left in Arabic). Default `"en"`. */
  readonly language?: Locale | undefined;
  /** When it was written (ISO 8601 with an offset), the workbook's date. Default now. */
  readonly generatedAt?: string | undefined;
}

/** The sheet of a review workbook, by language. */
const REVIEW_SHEET: Readonly<Record<Locale, string>> = { ar: "مراجعة", fr: "Examen", en: "Review" };

/**
 * Write the review file of proposed duplicates as an Excel workbook (`.xlsx`): the same columns as the CSV
 * form ({@link REVIEW_FILE_COLUMNS}, row 1, bold and frozen, with a filter), one row per proposed pair, the
 * cluster's number and the score as numbers, every other cell as text (ids, phones and dates as written,
 * never turned into numbers or formulas). Read it back, filled, with {@link readReviewXlsx}.
 *
 * @param clusters - the clusters to review.
 * @param organizations - the organizations, to show their fields.
 * @param options - {@link ReviewXlsxOptions}.
 * @returns the bytes of the workbook; or `review.invalid_option`. Never throws.
 * @example
 * ```ts
 * const xlsx = writeReviewXlsx(proposals.clusters, organizations, { language: "fr" });
 * if (xlsx.ok) await writeFile("review.xlsx", xlsx.value);
 * ```
 */
export function writeReviewXlsx(
  clusters: readonly Pick<DuplicateCluster, "pairs">[],
  organizations: Iterable<Organization>,
  options: ReviewXlsxOptions = {},
): Result<Uint8Array, string> {
  return guardInput(() => {
    const fail = (path: string): Result<Uint8Array, ReviewIssueCode> => ({
      ok: false,
      issues: [reviewIssue("review.invalid_option", "en", [path], { option: path })],
    });
    const language = options?.language ?? "en";
    if (!isLocale(language)) return fail("language");
    const at = options?.generatedAt;
    if (at !== undefined && (typeof at !== "string" || Number.isNaN(Date.parse(at)))) return fail("generatedAt");
    if (!Array.isArray(clusters)) return fail("clusters");
    if (organizations === null || typeof organizations !== "object" || !(Symbol.iterator in organizations)) {
      return fail("organizations");
    }
    const rows = reviewRows(clusters, organizations);
    if (rows === undefined) return fail("clusters");
    if (rows.length > 1_000_000) return fail("clusters");
    const cut = (t: string) => (t.length <= 20_000 ? t : t.slice(0, 20_000));
    const title = REVIEW_SHEET[language];
    const doc: ReportDocument = {
      format: "madani.report/1",
      meta: {
        title,
        language,
        generatedAt: new Date(at ?? Date.now()).toISOString().replace(/\.\d{3}Z$/, "Z"),
      },
      sections: [
        {
          heading: title,
          blocks: [
            {
              type: "table",
              id: "review",
              title,
              columns: REVIEW_FILE_COLUMNS.map((key) =>
                key === "cluster"
                  ? { key, label: key, type: "integer" as const }
                  : key === "score"
                    ? { key, label: key, type: "decimal" as const, decimals: 2 }
                    : { key, label: key, type: "text" as const },
              ),
              rows: rows.map((cells) => {
                const row: Record<string, string | number> = {};
                REVIEW_FILE_COLUMNS.forEach((key, k) => {
                  const c = cells[k];
                  if (typeof c === "number") row[key] = c;
                  else if (c !== undefined && c !== "") row[key] = cut(c);
                });
                return row;
              }),
            },
          ],
        },
      ],
    };
    // Valid by construction: text, integer and decimal cells within a report table's limits.
    const rendered = renderXlsx(doc, { trusted: true });
    return rendered.ok ? rendered : { ok: false, issues: rendered.issues };
  });
}

/**
 * Options of {@link readReviewFile}.
 *
 * @example
 * ```ts
 * const options: ReadReviewFileOptions = { by: "clerk-safi", isKnown: (id) => ids.has(id) };
 * ```
 */
export interface ReadReviewFileOptions {
  /** Who made the decisions of the file. */
  readonly by: string;
  /** When (ISO 8601 with an offset); default now. */
  readonly at?: string | undefined;
  /** Whether an id is an organization of the registry; ids for which it returns `false` are `review.unknown_id`. */
  readonly isKnown?: ((id: string) => boolean) | undefined;
  /** Language of the issue messages; default `"en"`. */
  readonly locale?: Locale | undefined;
}

const ReadOptionsSchema = z.strictObject({
  by: z.string().trim().min(1).max(200),
  at: ReviewTimestampSchema.optional(),
  isKnown: z.custom<(id: string) => boolean>((v) => typeof v === "function").optional(),
  locale: z.string().refine(isLocale).optional(),
});

/** What {@link readReviewFile} read. */
export interface ReviewFileContent {
  /** The decisions of the rows with a decision, in row order (ids in code-point order). */
  readonly decisions: readonly ReviewDecision[];
  /** Rows left without a decision. */
  readonly undecided: number;
  /** Rows read (the header line not counted). */
  readonly rows: number;
  /** The separator found: `,`, `;` or a tab. */
  readonly delimiter: string;
}

/** A decision word without case, accents, tatweel or surrounding spaces. */
function foldWord(word: string): string {
  return word.normalize("NFD").replace(/\p{M}/gu, "").replaceAll("\u0640", "").trim().toLowerCase();
}

const ACCEPT = new Set(ACCEPT_WORDS.map(foldWord));
const REJECT = new Set(REJECT_WORDS.map(foldWord));

/** The separator of the header line: the most frequent of `,`, `;` and tab outside quotes (`,` on a tie). */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
  ]);
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && counts.has(c)) counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let best = ",";
  for (const [d, n] of counts) if (n > (counts.get(best) ?? 0)) best = d;
  return best;
}

const MAX_ISSUES = 100;

type ReviewIssueFn = (
  code: ReviewIssueCode,
  path: (string | number)[],
  params?: Record<string, string | number>,
) => Issue<ReviewIssueCode>;

/** The decisions of a review table (its first row the header), each row with its number in the file. */
function decide(
  table: readonly { readonly row: number; readonly cells: readonly string[] }[],
  o: z.infer<typeof ReadOptionsSchema>,
  issue: ReviewIssueFn,
  delimiter: string,
): Result<ReviewFileContent, ReviewIssueCode> {
  const header = (table[0]?.cells ?? []).map((h) => foldWord(h));
  const headerRow = table[0]?.row ?? 1;
  const column = (name: string) => header.indexOf(name);
  const missing = ["id_a", "id_b", "decision"].filter((c) => column(c) < 0);
  if (missing.length > 0) {
    return { ok: false, issues: missing.map((c) => issue("review.missing_column", [headerRow, c], { column: c })) };
  }
  const [ia, ib, id, inote] = [column("id_a"), column("id_b"), column("decision"), column("note")];
  const at = o.at ?? new Date().toISOString();
  const issues: Issue<ReviewIssueCode>[] = [];
  const decisions: ReviewDecision[] = [];
  const firstRow = new Map<string, { row: number; verdict: string }>();
  let undecided = 0;
  for (let r = 1; r < table.length && issues.length < MAX_ISSUES; r++) {
    const { cells, row } = table[r] as { row: number; cells: readonly string[] };
    if (cells.every((c) => c.trim() === "")) continue;
    const word = foldWord(cells[id] ?? "");
    if (word === "") {
      undecided++;
      continue;
    }
    const verdict = ACCEPT.has(word) ? "accept" : REJECT.has(word) ? "reject" : undefined;
    if (verdict === undefined) {
      issues.push(
        issue("review.unknown_decision", [row, "decision"], { row, value: (cells[id] ?? "").trim().slice(0, 60) }),
      );
      continue;
    }
    const x = unneutralize((cells[ia] ?? "").trim());
    const y = unneutralize((cells[ib] ?? "").trim());
    if (x === "" || y === "") {
      issues.push(issue("review.missing_id", [row, x === "" ? "id_a" : "id_b"], { row }));
      continue;
    }
    if (x === y) {
      issues.push(issue("review.same_id", [row, "id_b"], { row, id: x }));
      continue;
    }
    const unknown = o.isKnown === undefined ? undefined : [x, y].find((i) => o.isKnown?.(i) !== true);
    if (unknown !== undefined) {
      issues.push(issue("review.unknown_id", [row, unknown === x ? "id_a" : "id_b"], { row, id: unknown }));
      continue;
    }
    const [a, b] = compareCodePoints(x, y) < 0 ? [x, y] : [y, x];
    const key = `${a}\u0000${b}`;
    const seen = firstRow.get(key);
    if (seen !== undefined) {
      if (seen.verdict !== verdict) {
        issues.push(issue("review.conflicting_decision", [row, "decision"], { row, first: seen.row }));
      }
      continue;
    }
    firstRow.set(key, { row, verdict });
    const note = inote < 0 ? "" : (cells[inote] ?? "").trim();
    const parsed = ReviewDecisionSchema.safeParse({ a, b, verdict, by: o.by, at, ...(note === "" ? {} : { note }) });
    if (!parsed.success) {
      const field = String(parsed.error.issues[0]?.path[0] ?? "");
      issues.push(
        field === "note"
          ? issue("review.invalid_option", [row, "note"], { option: "note" })
          : issue("review.unknown_id", [row, field === "a" ? "id_a" : "id_b"], { row, id: field === "a" ? a : b }),
      );
      continue;
    }
    decisions.push(parsed.data);
  }
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, value: { decisions, undecided, rows: table.length - 1, delimiter } };
}

/**
 * Read a filled review file: the decisions a reviewer wrote in its `decision` column.
 *
 * @remarks Reads what {@link writeReviewFile} writes, also after a spreadsheet saved it again:
 * with or without a byte-order mark, CRLF or LF line ends, `,`, `;` or tab as separator (found on the
 * header line), columns in any order (only `id_a`, `id_b` and `decision` are needed; `note` is read
 * when present). A decision is `accept` or `reject`, or a word of {@link ACCEPT_WORDS} or
 * {@link REJECT_WORDS} (in Arabic, French or English, without regard to case or accents); an empty
 * cell leaves the pair undecided. All or nothing: any row in error fails the whole file, with one issue
 * per problem (up to 100), each with its row (the header is row 1) and column. Never throws.
 * @param text - the file's text (decoded; a leading U+FEFF is ignored).
 * @param options - {@link ReadReviewFileOptions}: who decided, when, which ids exist.
 * @returns the decisions and counts; or `review.file_empty`, `review.file_unreadable`,
 * `review.missing_column`, `review.unknown_decision`, `review.missing_id`, `review.same_id`,
 * `review.unknown_id`, `review.conflicting_decision` or `review.invalid_option`.
 * @example
 * ```ts
 * const r = readReviewFile(await readFile("review.csv", "utf8"), { by: "clerk-safi" });
 * if (r.ok) await applyDecisions(store, r.value.decisions, { by: "clerk-safi" });
 * ```
 */
export function readReviewFile(
  text: string,
  options: ReadReviewFileOptions,
): Result<ReviewFileContent, ReviewIssueCode | "input.unreadable"> {
  return guardInput(() => {
    const locale = localeOfOptions(options);
    const issue = (code: ReviewIssueCode, path: (string | number)[], params: Record<string, string | number> = {}) =>
      reviewIssue(code, locale, path, params);
    const checked = ReadOptionsSchema.safeParse(options);
    if (!checked.success) {
      const option = String(checked.error.issues[0]?.path[0] ?? "options");
      return { ok: false, issues: [issue("review.invalid_option", ["options"], { option })] };
    }
    const o = checked.data;
    if (typeof text !== "string" || text.replace(/^\uFEFF/, "").trim() === "") {
      return { ok: false, issues: [issue("review.file_empty", [])] };
    }
    const body = text.replace(/^\uFEFF/, "");
    const delimiter = detectDelimiter(body);
    let table: string[][];
    try {
      table = parseCsv(body, {
        delimiter,
        relax_column_count: true,
        skip_empty_lines: true,
        relax_quotes: true,
      }) as string[][];
    } catch (error) {
      const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0]?.slice(0, 200) ?? "";
      return { ok: false, issues: [issue("review.file_unreadable", [], { reason })] };
    }
    return decide(
      table.map((cells, r) => ({ row: r + 1, cells })),
      o,
      issue,
      delimiter,
    );
  });
}

/**
 * Read a filled review workbook (`.xlsx`, as {@link writeReviewXlsx} writes it and Excel saves it again):
 * its first visible sheet, read as the CSV form is by {@link readReviewFile} (columns in any order, only
 * `id_a`, `id_b` and `decision` needed, the same decision words, all or nothing), each issue with the row
 * number Excel shows. The workbook is read streaming, as `ingest` reads one.
 *
 * @param input - the bytes of the workbook, whole or in chunks.
 * @param options - {@link ReadReviewFileOptions}.
 * @returns the decisions and counts (`delimiter` is `""`); the issues of {@link readReviewFile}, or
 * `review.file_unreadable` (with the reason) for a workbook that cannot be read. Never throws or rejects.
 * @example
 * ```ts
 * const r = await readReviewXlsx(await readFile("review.xlsx"), { by: "clerk-safi" });
 * if (r.ok) await applyDecisions(store, r.value.decisions, { by: "clerk-safi" });
 * ```
 */
export async function readReviewXlsx(
  input: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadReviewFileOptions,
): Promise<Result<ReviewFileContent, ReviewIssueCode | "input.unreadable">> {
  let locale: Locale = "en";
  try {
    locale = localeOfOptions(options);
    return await readWorkbook(input, options, locale);
  } catch (error) {
    return unreadable(error, locale);
  }
}

async function readWorkbook(
  input: Uint8Array | AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  options: ReadReviewFileOptions,
  locale: Locale,
): Promise<Result<ReviewFileContent, ReviewIssueCode | "input.unreadable">> {
  const issue = (code: ReviewIssueCode, path: (string | number)[], params: Record<string, string | number> = {}) =>
    reviewIssue(code, locale, path, params);
  const checked = ReadOptionsSchema.safeParse(options);
  if (!checked.success) {
    const option = String(checked.error.issues[0]?.path[0] ?? "options");
    return { ok: false, issues: [issue("review.invalid_option", ["options"], { option })] };
  }
  const table: { row: number; cells: string[] }[] = [];
  try {
    const chunks = input instanceof Uint8Array ? [input] : (input as AsyncIterable<Uint8Array>);
    for await (const rows of readSheet(toBytes(chunks), { maxBytes: 2 ** 30 }, { sheet: undefined, chars: 0 })) {
      for (const r of rows) table.push({ row: r.line, cells: r.texts });
    }
  } catch (error) {
    const reason =
      error instanceof IngestStop
        ? formatMessage(ingestMessages[error.code], locale, error.params)
        : (error instanceof Error ? error.message : String(error)).slice(0, 200);
    return { ok: false, issues: [issue("review.file_unreadable", [], { reason })] };
  }
  if (table.length === 0) return { ok: false, issues: [issue("review.file_empty", [])] };
  return decide(table, checked.data, issue, "");
}

/** The chunks of a workbook as bytes (anything else is refused as the workbook reader refuses it). */
async function* toBytes(chunks: AsyncIterable<unknown> | Iterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks as AsyncIterable<unknown>) {
    if (!(chunk instanceof Uint8Array)) throw new Error("the workbook's chunks are not bytes");
    yield chunk;
  }
}
