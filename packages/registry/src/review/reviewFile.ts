import {
  compareCodePoints,
  guardInput,
  type Issue,
  isLocale,
  type Locale,
  localeOfOptions,
  type Organization,
  type Result,
} from "@madani/model";
import { parse as parseCsv } from "csv-parse/sync";
import * as z from "zod";
import type { DuplicateCluster, MatchReason } from "../dedup/findDuplicates.js";
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
    const byId = new Map<string, Organization>();
    for (const o of organizations) if (typeof o?.id === "string") byId.set(o.id, o);
    const lines = [REVIEW_FILE_COLUMNS.join(delimiter)];
    for (const [i, c] of clusters.entries()) {
      if (!Array.isArray(c?.pairs)) return fail("clusters");
      for (const p of c.pairs) {
        if (typeof p?.a !== "string" || typeof p.b !== "string" || !Array.isArray(p.reasons)) return fail("clusters");
        const a = byId.get(p.a);
        const b = byId.get(p.b);
        const cells = [
          String(i + 1),
          "",
          "",
          String(p.score),
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
        ];
        lines.push(cells.map((v) => quote(String(v), delimiter)).join(delimiter));
      }
    }
    return { ok: true, value: `\uFEFF${lines.join("\r\n")}\r\n` };
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
    const header = (table[0] ?? []).map((h) => foldWord(h));
    const column = (name: string) => header.indexOf(name);
    const missing = ["id_a", "id_b", "decision"].filter((c) => column(c) < 0);
    if (missing.length > 0) {
      return { ok: false, issues: missing.map((c) => issue("review.missing_column", [1, c], { column: c })) };
    }
    const [ia, ib, id, inote] = [column("id_a"), column("id_b"), column("decision"), column("note")];
    const at = o.at ?? new Date().toISOString();
    const issues: Issue<ReviewIssueCode>[] = [];
    const decisions: ReviewDecision[] = [];
    const firstRow = new Map<string, { row: number; verdict: string }>();
    let undecided = 0;
    for (let r = 1; r < table.length && issues.length < MAX_ISSUES; r++) {
      const cells = table[r] as string[];
      const row = r + 1;
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
  });
}
