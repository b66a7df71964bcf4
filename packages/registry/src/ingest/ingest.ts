import {
  formatMessage,
  type IsoDate,
  IsoDateSchema,
  type Issue,
  isLocale,
  LegalForm,
  type LegalFormValue,
  type Locale,
  localeOfOptions,
  makeIssue,
  type Organization,
  type ValidationResult,
  validateOrganization,
} from "@madani/model";
import * as z from "zod";
import { PhoneCache } from "../normalize/phone.js";
import {
  type ColumnMapping,
  type ColumnOverrides,
  columnMapping,
  headerKey,
  IngestField,
  type IngestFieldValue,
  recognizeColumn,
} from "./columns.js";
import {
  type BinaryKind,
  byteChunks,
  type DecodingInfo,
  decodeInput,
  IngestEncoding,
  type IngestEncodingValue,
  IngestStop,
  sniffContainer,
} from "./decode.js";
import { archiveKindLabels, binaryKindLabels, type IngestIssueCode, ingestMessages } from "./messages.js";
import {
  csvRecordBatches,
  detectDelimiter,
  firstLine,
  firstSignificant,
  type IngestInput,
  JsonArraySplitter,
  NdjsonSplitter,
  needsSanitizing,
  type RawRecord,
  sanitizeText,
  sanitizeValue,
  sheetRecords,
} from "./records.js";
import { buildOrganization, cleanDeep, type FieldValues, isCertainlyValid, PlaceCache } from "./toOrganization.js";
import { isEncryptedPackage, readSheet, type SheetInfo } from "./xlsx.js";

/** The formats {@link ingest} reads: CSV, NDJSON, a JSON array, and Excel workbooks (`.xlsx`). */
export const IngestFormat = z.enum(["csv", "ndjson", "json", "xlsx"]);

/** A format {@link ingest} reads; see {@link IngestFormat}. */
export type IngestFormatValue = z.infer<typeof IngestFormat>;

export type { IngestEncodingValue } from "./decode.js";
export { IngestEncoding } from "./decode.js";

/**
 * Schema of a checkpoint: where an import stands after a delivered batch. A
 * plain JSON-serializable object; give it back as `resumeFrom` to go on.
 *
 * @remarks `rowsRead`, `accepted` and `quarantined` count every row of the
 * import so far (all runs); `ids` and `idRows` are the ids of accepted rows and
 * their row numbers, so that a resumed import still reports duplicate ids
 * across the interruption; `headers` are the CSV or sheet headers, and `sheet` the
 * name of the sheet read, both checked on resume.
 */
export const IngestCheckpointSchema = z.strictObject({
  version: z.literal(1),
  format: IngestFormat,
  rowsRead: z.number().int().nonnegative(),
  accepted: z.number().int().nonnegative(),
  quarantined: z.number().int().nonnegative(),
  headers: z.array(z.string()).optional(),
  sheet: z.string().optional(),
  ids: z.array(z.string()),
  idRows: z.array(z.number().int().positive()),
});

/** A checkpoint; see {@link IngestCheckpointSchema}. */
export type IngestCheckpoint = z.infer<typeof IngestCheckpointSchema>;

/** A row that became a valid organization. */
export interface AcceptedRow {
  /** Row number in the import (1-based, header and blank lines not counted). */
  readonly row: number;
  /** Line of the input where the row starts (1-based); for a sheet, the row's number in the sheet. */
  readonly line: number;
  /** The validated organization. */
  readonly organization: Organization;
  /** Warnings of the mapping (`ingest.unknown_value`, `ingest.board_undated`) and of validation. */
  readonly warnings: readonly Issue<string>[];
}

/** A row set aside with the reasons and the row exactly as read. */
export interface QuarantinedRow {
  /** Row number in the import (1-based, header and blank lines not counted). */
  readonly row: number;
  /** Line of the input where the row starts (1-based); for a sheet, the row's number in the sheet, as Excel shows it. */
  readonly line: number;
  /**
   * The row as read: its CSV text or its JSON text (the first 1,000 characters of a record too large to
   * keep); for a sheet, its cells as one CSV line.
   */
  readonly raw: string;
  /**
   * The row's cells as read, one per column of the summary's `columns.headers` (dates of date columns of a
   * sheet as `YYYY-MM-DD`), for a CSV row that could be split into cells and for a row of a sheet; absent for
   * JSON and for CSV lines that could not be read. `writeQuarantineCsv` and `writeQuarantineXlsx` writes them back under the
   * file's own headers.
   */
  readonly cells?: readonly string[];
  /**
   * Why it was set aside; at least one issue of severity `error`. For a CSV or sheet row, an issue about one
   * cell has `params.column`, the header of that column as the file spells it, and `value`, the cell as read.
   */
  readonly issues: readonly Issue<string>[];
}

/** What {@link ingest} delivers after each batch of rows. */
export interface IngestBatch {
  /** Rows that became organizations, in input order. */
  readonly accepted: readonly AcceptedRow[];
  /** Rows set aside, in input order. */
  readonly quarantined: readonly QuarantinedRow[];
  /**
   * Where the import stands once this batch is stored. Its `ids` and `idRows`
   * are copied when first read (JSON, spreading and reading them all do), so
   * that an import does not copy every id at every batch.
   */
  readonly checkpoint: IngestCheckpoint;
}

/** Counts reported to `onProgress` after each batch (all runs of the import). */
export interface IngestProgress {
  readonly rowsRead: number;
  readonly accepted: number;
  readonly quarantined: number;
  /** Characters of input read so far in this run (for a workbook, of its sheet's XML). */
  readonly charsRead: number;
}

/** The counts of an import: every row read is accepted or quarantined. */
export interface Reconciliation {
  /** Rows read from the input (header and blank lines are not rows). */
  readonly rowsRead: number;
  /** Rows that became valid organizations. */
  readonly accepted: number;
  /** Rows set aside. */
  readonly quarantined: number;
  /** `rowsRead === accepted + quarantined`. */
  readonly balanced: boolean;
}

/** The outcome of an import that started. */
export interface IngestSummary {
  /** `completed`; `cancelled` by the signal; `failed` when the source or `onBatch` failed (see `issues`). */
  readonly status: "completed" | "cancelled" | "failed";
  /** The format read. */
  readonly format: IngestFormatValue;
  /** The encoding bytes were decoded with (`"text"` when the input was given as text). */
  readonly encoding: Exclude<IngestEncodingValue, "auto"> | "text";
  /** Warnings about the whole input: `ingest.encoding_guessed`, and `ingest.control_characters` in the header. */
  readonly warnings: readonly Issue<string>[];
  /** How CSV or sheet columns were understood (absent for JSON input). */
  readonly columns?: ColumnMapping;
  /** The name of the sheet read, for a workbook. */
  readonly sheet?: string;
  /** The CSV delimiter used (detected or given), for CSV input. */
  readonly delimiter?: string;
  /** Counts of all runs, up to the last delivered batch. */
  readonly reconciliation: Reconciliation;
  /** Counts of this run; `rowsSkipped` rows were already imported before the checkpoint. */
  readonly run: Reconciliation & { readonly rowsSkipped: number };
  /** Number of quarantined rows of this run by the code of their first issue. */
  readonly issueCounts: Readonly<Record<string, number>>;
  /** Rows of this run whose id was already taken by an accepted row, with that row. */
  readonly duplicateIds: readonly { readonly id: string; readonly row: number; readonly firstRow: number }[];
  /** Where to resume from: the state after the last delivered batch. */
  readonly checkpoint: IngestCheckpoint;
  /** Why the import stopped early (`ingest.source_error`, `ingest.invalid_chunk`, `ingest.batch_failed`); empty otherwise. */
  readonly issues: readonly Issue<string>[];
  /** Every accepted row of this run, when `collect` is set. */
  readonly accepted?: readonly AcceptedRow[];
  /** Every quarantined row of this run, when `collect` is set. */
  readonly quarantined?: readonly QuarantinedRow[];
}

/**
 * Options of {@link ingest}.
 */
export interface IngestOptions {
  /**
   * `csv`, `ndjson`, `json` (an array), `xlsx` (an Excel workbook) or `auto`: a zip archive is a workbook,
   * else `[` starts JSON, `{` NDJSON, anything else CSV. Default `"auto"`.
   */
  readonly format?: IngestFormatValue | "auto";
  /**
   * The sheet of a workbook to read, by name (case and surrounding spaces aside). Default: the first visible
   * worksheet. Not used for other inputs.
   */
  readonly sheet?: string;
  /**
   * Most bytes the parts of a workbook read may expand to when unzipped (and most compressed bytes of a
   * worksheet held while the parts it refers to come): over it, `ingest.xlsx_too_large` stops the import. Default 1 GiB.
   */
  readonly maxXlsxBytes?: number;
  /**
   * Encoding of byte input (text input is read as it is): `utf-8`, `utf-16le`,
   * `utf-16be`, `windows-1256`, `windows-1252`, or `auto` (the default): a
   * byte-order mark, else UTF-8 when the bytes are valid UTF-8, else a guess
   * between windows-1256 (Arabic) and windows-1252 (French), reported as the
   * warning `ingest.encoding_guessed`. See {@link IngestEncoding}.
   */
  readonly encoding?: IngestEncodingValue;
  /** CSV delimiter. Default: detected on the header line among `,` `;` tab `|`. */
  readonly delimiter?: string;
  /** Headers of a CSV input or sheet that has no header row; the first line is then a row. Default: the first line is the header. */
  readonly headers?: readonly string[];
  /** Column mapping overrides (header → field, or `null` to ignore); see {@link ColumnOverrides}. */
  readonly columns?: ColumnOverrides;
  /** Language of the issue messages. Default `"en"`. */
  readonly locale?: Locale;
  /** Date of reference for validation (dates in the future are refused). Default: none. */
  readonly asOf?: IsoDate;
  /** Prefix of the id given to rows without one: `${idPrefix}${row}`. Default `"row-"`. */
  readonly idPrefix?: string;
  /** Legal form of rows that give none and whose name does not tell. Default: none (such rows are quarantined). */
  readonly defaultLegalForm?: LegalFormValue;
  /** Rows per delivered batch. Default `1000`. */
  readonly batchSize?: number;
  /** Longest field, in characters; longer ones quarantine the row (`ingest.field_too_large`). Default `10000`. */
  readonly maxFieldLength?: number;
  /** Longest record, in characters (`ingest.record_too_large`). Default `1000000`. */
  readonly maxRecordLength?: number;
  /** Stops the import between rows; the summary then has status `cancelled` and the last checkpoint. */
  readonly signal?: AbortSignal;
  /** Checkpoint of an earlier run over the same input: its rows are skipped, counts and ids carried on. */
  readonly resumeFrom?: IngestCheckpoint;
  /** Receives each batch; awaited before reading on (back-pressure). A rejection stops the import (`ingest.batch_failed`). */
  readonly onBatch?: (batch: IngestBatch) => void | Promise<void>;
  /** Receives the counts after each batch. */
  readonly onProgress?: (progress: IngestProgress) => void;
  /** Keep every row in the summary (`accepted`, `quarantined`). Default `false`. */
  readonly collect?: boolean;
}

const OptionsSchema = z.object({
  format: z.enum(["csv", "ndjson", "json", "xlsx", "auto"]).optional(),
  sheet: z.string().min(1).max(200).optional(),
  maxXlsxBytes: z
    .number()
    .int()
    .min(1024)
    .max(2 ** 52)
    .optional(),
  encoding: IngestEncoding.optional(),
  delimiter: z.string().length(1).optional(),
  headers: z.array(z.string()).optional(),
  columns: z.record(z.string(), IngestField.nullable()).optional(),
  locale: z.string().refine(isLocale).optional(),
  asOf: IsoDateSchema.optional(),
  idPrefix: z.string().max(64).optional(),
  defaultLegalForm: LegalForm.schema.optional(),
  batchSize: z.number().int().min(1).max(1_000_000).optional(),
  maxFieldLength: z.number().int().min(1).optional(),
  maxRecordLength: z.number().int().min(16).optional(),
  signal: z.custom<AbortSignal>((v) => typeof v === "object" && v !== null && "aborted" in v).optional(),
  resumeFrom: IngestCheckpointSchema.optional(),
  onBatch: z.custom<(b: IngestBatch) => void>((v) => typeof v === "function").optional(),
  onProgress: z.custom<(p: IngestProgress) => void>((v) => typeof v === "function").optional(),
  collect: z.boolean().optional(),
});

/** The result of {@link ingest}: a summary, or the issues that kept the import from starting. */
export type IngestResult =
  | { readonly ok: true; readonly value: IngestSummary }
  | { readonly ok: false; readonly issues: readonly Issue<string>[] };

function message(error: unknown): string {
  try {
    return error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200);
  } catch {
    return "unknown error";
  }
}

/** Chunks of text with a peek at the first significant character. */
async function detectFormat(
  chunks: AsyncGenerator<string>,
): Promise<{ first: string; buffered: string; rest: AsyncGenerator<string> }> {
  let buffered = "";
  for (;;) {
    const next = await chunks.next();
    if (next.done === true) return { first: firstSignificant(buffered), buffered, rest: chunks };
    buffered += next.value;
    const first = firstSignificant(buffered);
    if (first !== "") return { first, buffered, rest: chunks };
  }
}

async function* counted(
  head: string,
  rest: AsyncGenerator<string>,
  counter: { chars: number },
): AsyncGenerator<string> {
  counter.chars += head.length;
  yield head;
  for (;;) {
    const next = await rest.next();
    if (next.done === true) return;
    counter.chars += next.value.length;
    yield next.value;
  }
}

/** The delimiter and the text read to find it (up to the end of the first line). */
async function headerLine(
  text: string,
  rest: AsyncGenerator<string>,
  delimiterOption: string | undefined,
): Promise<{ head: string; delimiter: string; done: boolean }> {
  let head = text;
  let done = false;
  while (!done && !/[\r\n]/.test(head)) {
    const next = await rest.next();
    if (next.done === true) done = true;
    else head += next.value;
  }
  return { head, delimiter: delimiterOption ?? detectDelimiter(firstLine(head)), done };
}

async function* records(
  buffered: string,
  rest: AsyncGenerator<string>,
  format: IngestFormatValue,
  delimiterOption: string | undefined,
  maxRecordLength: number,
  counter: { chars: number; delimiter?: string },
): AsyncGenerator<readonly RawRecord[]> {
  const text = buffered.charCodeAt(0) === 0xfeff ? buffered.slice(1) : buffered;
  if (format === "csv") {
    const { head, delimiter } = await headerLine(text, rest, delimiterOption);
    counter.delimiter = delimiter;
    yield* csvRecordBatches(counted(head, rest, counter), delimiter, maxRecordLength);
    return;
  }
  const splitter = format === "ndjson" ? new NdjsonSplitter() : new JsonArraySplitter(maxRecordLength);
  for await (const chunk of counted(text, rest, counter)) yield splitter.push(chunk, false);
  yield splitter.push("", true);
}

const REPLACEMENT = "\uFFFD";
/** No issue: shared by the many rows that have none (never written to). */
const NO_ISSUES: readonly Issue<string>[] = Object.freeze([]);
const NO_VALIDATION_WARNINGS: readonly Issue[] = Object.freeze([]);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function cellText(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join("; ");
  return JSON.stringify(value);
}

const APOSTROPHE = 39;
/** A cell that starts with `'` before what a spreadsheet would read as a formula. */
const FORMULA_GUARD = /^'[=+\-@]/;

/** Fields whose digits Excel loses when it stores them as numbers, with the number of digits they have. */
const DIGIT_FIELDS: ReadonlyMap<IngestFieldValue, number> = new Map([
  ["rib", 24],
  ["ice", 15],
  ["iban", 0],
  ["phone", 0],
  ["id", 0],
  ["rc", 0],
  ["receiptNumber", 0],
  ["postalCode", 5],
]);

/**
 * Whether a number Excel stored in a field of digits lost some: shown in scientific notation (beyond 15
 * digits, Excel keeps 15), or shorter than the field's digits (its leading zeros dropped).
 */
function lostDigits(field: IngestFieldValue, text: string): boolean {
  const digits = DIGIT_FIELDS.get(field);
  if (digits === undefined) return false;
  if (/e/i.test(text)) return true;
  return digits > 0 && /^\d+$/.test(text) && text.length < digits;
}

/** Where in a row's path an issue points, as the fields that may have given that part. */
function fieldsOfPath(issue: Issue<string>): readonly IngestFieldValue[] {
  const [a, b] = issue.path;
  if (issue.code === "ingest.duplicate_id") return ["id"];
  switch (a) {
    case "name":
      return b === "ar"
        ? ["nameAr", "name"]
        : b === "fr"
          ? ["nameFr", "name"]
          : b === "en"
            ? ["nameEn", "name"]
            : ["name", "nameAr", "nameFr", "nameEn"];
    case "lifecycle":
      return b === "declaredOn" ? ["declaredOn"] : [];
    case "seat":
      switch (b) {
        case "region":
        case "regionCode":
          return ["region", "province", "commune"];
        case "province":
        case "provinceCode":
          return ["province", "commune"];
        case "commune":
        case "communeCode":
          return ["commune"];
        case "line":
          return ["address"];
        case "douar":
        case "city":
        case "postalCode":
          return [b];
        default:
          return [];
      }
    case "contacts":
      return b === "phone" || b === "email" ? [b] : [];
    case "bankAccount":
      return b === "rib" || b === "iban" || b === "bank" ? [b] : ["rib", "iban"];
    case "identifiers":
      return b === "ice" ? ["ice"] : [];
    case "governingBodies":
      return ["president", "treasurer", "secretary", "board"];
    default:
      return typeof a === "string" && IngestField.safeParse(a).success ? [a as IngestFieldValue] : [];
  }
}

/**
 * The column of a row an issue is about: among the columns of the fields its path points to, the one
 * whose cell holds the issue's value, else the first with a value, else the first. `undefined` when the
 * issue is about the row as a whole or names its column already.
 */
function columnOfIssue(
  issue: Issue<string>,
  fieldsOfColumns: readonly (IngestFieldValue | null)[],
  cells: readonly string[],
): number | undefined {
  if (issue.code === "ingest.xlsx_error_cell" || issue.code === "ingest.number_lost_digits") {
    const k = cells.findIndex((c, i) => c === issue.params?.value && fieldsOfColumns[i] !== null);
    return k < 0 ? undefined : k;
  }
  const fields = fieldsOfPath(issue);
  let first: number | undefined;
  let filled: number | undefined;
  for (const f of fields) {
    for (let k = 0; k < fieldsOfColumns.length; k++) {
      if (fieldsOfColumns[k] !== f) continue;
      const cell = cells[k] ?? "";
      if (typeof issue.value === "string" && issue.value !== "" && cell.includes(issue.value)) return k;
      first ??= k;
      if (cell !== "") filled ??= k;
    }
  }
  return filled ?? first;
}

/**
 * Import organizations from CSV, NDJSON, a JSON array or an Excel workbook, streaming.
 *
 * @remarks Each row is read, its columns mapped to fields (headers in Arabic,
 * French or English are recognized, `columns` overrides), its values
 * normalized (NFC, white space, Arabic-Indic digits, day-first and ISO dates,
 * phones to E.164, RIB/IBAN/ICE through the model's parsers, région, province
 * and commune names to HCP codes through `@madani/model/geo`), and the result
 * validated as `validateOrganization` does (a row whose every field the import
 * built and can vouch for is accepted without running it again; any other goes
 * through it). President, treasurer, secretary and board columns become a
 * board whose mandates start on the founding date, else the declaration date,
 * else `asOf` (or the day of the import) with the warning
 * `ingest.board_undated`: the names are kept. Every row ends accepted or
 * quarantined with its issues and its raw text; the summary's
 * `reconciliation` checks `rowsRead = accepted + quarantined`. A JSON element
 * whose `name` is an object is taken as an organization already in the
 * model's shape (strings cleaned, then validated); other objects are flat rows.
 *
 * Rows are delivered in batches to `onBatch`, each with a checkpoint; a run
 * stopped by `signal` (or by a failing source or `onBatch`) reports the
 * checkpoint of the last delivered batch, and a run given that checkpoint as
 * `resumeFrom` over the same input skips the rows already delivered, so that
 * no row is delivered twice or lost. Store each batch and its checkpoint together.
 *
 * Byte input is decoded with `encoding`, or with the encoding found on its
 * first 64 KB (a byte-order mark, valid UTF-8, else windows-1256 or
 * windows-1252, a guess reported in the summary's `warnings`); a binary file
 * (an Excel 97-2003 workbook, a PDF, a gzip archive, NUL bytes) is refused with
 * `ingest.binary_input`, which says what it looks like, and a workbook saved
 * with a password with `ingest.xlsx_encrypted`. CSV records end with LF, CRLF
 * or CR; quoted fields may hold delimiters and line ends.
 *
 * A zip archive is read as an Excel workbook (`.xlsx`): the first visible
 * worksheet or the one named by `sheet`, streaming (see `readSheet`: the
 * archive is unzipped and its XML read as the bytes come; the sheet's XML is
 * never one string, its rows never all in memory). Its first row is the
 * header, and its rows go through the same mapping, validation and quarantine
 * as CSV rows; numbers shown as dates are read as dates in date columns, a
 * RIB or ICE Excel stored as a number quarantines its row
 * (`ingest.number_lost_digits`), as does an error cell
 * (`ingest.xlsx_error_cell`). A damaged, encrypted or sheetless workbook, a
 * missing sheet, and a zip bomb (over `maxXlsxBytes` unzipped) give
 * `ingest.xlsx_*` issues. Quarantined CSV and sheet rows keep their `cells`,
 * and their issues name the column by its header (`params.column`) and the
 * value: see `writeQuarantineXlsx` to hand them back to a clerk.
 *
 * Bytes not valid in the encoding (seen as U+FFFD after decoding),
 * unbalanced quotes, wrong column counts, malformed JSON and oversized fields
 * or records quarantine the rows concerned; the import goes on. A row that
 * fails in any other way (a JSON value nested too deep…) is quarantined with
 * `ingest.row_failed`. Control characters (U+0000 and the other C0 controls
 * except TAB, LF and CR) are removed and lone surrogates replaced by U+FFFD,
 * with the warning `ingest.control_characters`, so that no such character
 * reaches a store. Duplicate ids (within the import, across resumed runs too)
 * quarantine the later row with `ingest.duplicate_id`.
 *
 * Never throws and never rejects, whatever the input, the chunks or the
 * options: a source that fails stops the import with status `failed` and
 * `ingest.source_error` (`ingest.invalid_chunk` for a chunk that is neither
 * text nor bytes).
 * @param input - the whole text, or chunks of text or bytes (a Node `Readable`, a `fetch` body…).
 * @param options - see {@link IngestOptions}.
 * @returns the summary, or `{ ok: false }` with `ingest.invalid_option`,
 * `ingest.empty_input`, `ingest.binary_input`, `ingest.no_header`,
 * `ingest.duplicate_header`, `ingest.no_name_column`, `ingest.source_error`,
 * `ingest.checkpoint_mismatch` or an `ingest.xlsx_*` code when the import
 * cannot start.
 * @example
 * ```ts
 * const csv = "الاسم,الجماعة,الهاتف,تاريخ التأسيس\nجمعية الأمل,Tétouan,0612345678,12/03/2011\n";
 * const r = await ingest(csv, { onBatch: (b) => store.insert(b.accepted.map((a) => a.organization)) });
 * if (r.ok) r.value.reconciliation; // { rowsRead: 1, accepted: 1, quarantined: 0, balanced: true }
 * ```
 */
export async function ingest(input: IngestInput, options: IngestOptions = {}): Promise<IngestResult> {
  const locale = localeOfOptions(options);
  try {
    return await runIngest(input, options, locale);
  } catch (error) {
    return {
      ok: false,
      issues: [makeIssue(ingestMessages, "ingest.source_error", locale, [], { params: { reason: message(error) } })],
    };
  }
}

function isIterable(input: unknown): boolean {
  return (
    typeof input === "string" ||
    (typeof input === "object" &&
      input !== null &&
      (typeof (input as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function" ||
        typeof (input as { [Symbol.iterator]?: unknown })[Symbol.iterator] === "function"))
  );
}

async function runIngest(input: IngestInput, rawOptions: IngestOptions, locale: Locale): Promise<IngestResult> {
  const issueOf = (code: IngestIssueCode, params?: Readonly<Record<string, string | number>>): Issue<string> =>
    makeIssue(ingestMessages, code, locale, [], params === undefined ? {} : { params });
  const fail = (code: IngestIssueCode, params?: Readonly<Record<string, string | number>>): IngestResult => ({
    ok: false,
    issues: [issueOf(code, params)],
  });
  const stopIssue = (error: unknown): Issue<string> => {
    if (error instanceof IngestStop) {
      if (error.code === "ingest.binary_input") {
        const kind = String(error.params.kind) as BinaryKind;
        return issueOf(error.code, { kind, what: binaryKindLabels[kind][locale] });
      }
      if (error.code === "ingest.xlsx_not_workbook") {
        const kind = String(error.params.what) as keyof typeof archiveKindLabels;
        return issueOf(error.code, { kind, what: (archiveKindLabels[kind] ?? archiveKindLabels.zip)[locale] });
      }
      return issueOf(error.code, error.params);
    }
    return issueOf("ingest.source_error", { reason: message(error) });
  };
  // Read each option once: later reads see this copy, not getters or proxies.
  let checked: ReturnType<typeof OptionsSchema.safeParse>;
  try {
    checked = OptionsSchema.safeParse(rawOptions ?? {});
  } catch {
    return fail("ingest.invalid_option", { option: "options" });
  }
  if (!checked.success) {
    const option = String(checked.error.issues[0]?.path[0] ?? "options");
    return fail("ingest.invalid_option", { option });
  }
  const options = checked.data;
  let valid = false;
  try {
    valid = isIterable(input);
  } catch {
    valid = false;
  }
  if (!valid) return fail("ingest.invalid_option", { option: "input" });

  const batchSize = options.batchSize ?? 1000;
  const maxRecordLength = options.maxRecordLength ?? 1_000_000;
  const resume = options.resumeFrom;
  const decoding: DecodingInfo = { encoding: undefined, guessed: false };
  const counter: { chars: number; delimiter?: string } = { chars: 0 };
  const sheetInfo: SheetInfo = { sheet: undefined, chars: 0 };
  let format: IngestFormatValue;
  let source: AsyncGenerator<readonly RawRecord[]>;
  let sniffed: Awaited<ReturnType<typeof sniffContainer>>;
  try {
    sniffed = await sniffContainer(input);
  } catch (error) {
    return { ok: false, issues: [stopIssue(error)] };
  }
  const textFormat = options.format === "csv" || options.format === "ndjson" || options.format === "json";
  if (sniffed.container === "ole2" && !textFormat) {
    // An Excel 97-2003 workbook, or a workbook saved with a password (an encrypted package in an OLE2 file).
    let encrypted: boolean;
    try {
      encrypted = typeof sniffed.input !== "string" && (await isEncryptedPackage(byteChunks(sniffed.input)));
    } catch (error) {
      return { ok: false, issues: [stopIssue(error)] };
    }
    return encrypted
      ? fail("ingest.xlsx_encrypted")
      : { ok: false, issues: [stopIssue(new IngestStop("ingest.binary_input", { kind: "xls" }))] };
  }
  if (options.format === "xlsx" || (sniffed.container === "zip" && !textFormat)) {
    format = "xlsx";
    if (typeof sniffed.input === "string") {
      return { ok: false, issues: [stopIssue(new IngestStop("ingest.binary_input", { kind: "xlsx" }))] };
    }
    const sheetOptions = { sheet: options.sheet, maxBytes: options.maxXlsxBytes ?? 2 ** 30 };
    const rows = readSheet(byteChunks(sniffed.input), sheetOptions, sheetInfo);
    const sheetSource = sheetRecords(rows, options.headers?.length, () => {
      counter.chars = sheetInfo.chars;
    });
    // The first rows are read now: a workbook that cannot be read is refused before the import starts.
    let first: IteratorResult<readonly RawRecord[]>;
    try {
      first = await sheetSource.next();
    } catch (error) {
      return { ok: false, issues: [stopIssue(error)] };
    }
    if (first.done === true && options.headers === undefined) return fail("ingest.empty_input");
    decoding.encoding = "utf-8";
    source = (async function* () {
      if (first.done !== true) yield first.value;
      yield* sheetSource;
    })();
  } else {
    const chunks = decodeInput(sniffed.input, options.encoding ?? "auto", decoding);
    let detected: Awaited<ReturnType<typeof detectFormat>>;
    try {
      detected = await detectFormat(chunks);
    } catch (error) {
      return { ok: false, issues: [stopIssue(error)] };
    }
    if (detected.first === "") return fail("ingest.empty_input");
    format =
      options.format === undefined || options.format === "auto"
        ? detected.first === "["
          ? "json"
          : detected.first === "{"
            ? "ndjson"
            : "csv"
        : options.format;
    source = records(detected.buffered, detected.rest, format, options.delimiter, maxRecordLength, counter);
  }
  if (resume !== undefined && resume.format !== format) return fail("ingest.checkpoint_mismatch", { reason: "format" });
  if (resume?.sheet !== undefined && resume.sheet !== sheetInfo.sheet) {
    return fail("ingest.checkpoint_mismatch", { reason: "sheet" });
  }
  const tabular = format === "csv" || format === "xlsx";
  const encodingUsed = decoding.encoding ?? "text";
  const inputWarnings: Issue<string>[] = [];
  if (decoding.guessed && decoding.encoding !== undefined) {
    inputWarnings.push(
      makeIssue(ingestMessages, "ingest.encoding_guessed", locale, [], {
        params: { encoding: decoding.encoding },
        severity: "warning",
      }),
    );
  }

  const places = new PlaceCache();
  const build = {
    locale,
    idPrefix: options.idPrefix ?? "row-",
    defaultLegalForm: options.defaultLegalForm,
    maxFieldLength: options.maxFieldLength ?? 10_000,
    places,
    phones: new PhoneCache(locale, ["contacts", "phone"]),
  };
  const validateOptions = options.asOf === undefined ? { locale } : { locale, asOf: options.asOf };

  // Committed state (after the last delivered batch).
  const ids = resume === undefined ? [] : [...resume.ids];
  const idRows = resume === undefined ? [] : [...resume.idRows];
  const firstRowOf = new Map<string, number>();
  for (let k = 0; k < ids.length; k++) firstRowOf.set(ids[k] as string, idRows[k] ?? 0);
  let committed = {
    rowsRead: resume?.rowsRead ?? 0,
    accepted: resume?.accepted ?? 0,
    quarantined: resume?.quarantined ?? 0,
  };
  const run = { rowsRead: 0, accepted: 0, quarantined: 0 };
  const issueCounts: Record<string, number> = {};
  const duplicateIds: { id: string; row: number; firstRow: number }[] = [];
  const collected: { accepted: AcceptedRow[]; quarantined: QuarantinedRow[] } = { accepted: [], quarantined: [] };
  let headers: readonly string[] | undefined = tabular ? options.headers : undefined;
  let mapping: ColumnMapping | undefined;
  let checkpoint: IngestCheckpoint = resume ?? {
    version: 1,
    format,
    rowsRead: 0,
    accepted: 0,
    quarantined: 0,
    ids: [],
    idRows: [],
  };

  /** Map the CSV headers; an issue when they cannot be used. */
  const useHeaders = (given: readonly string[]): IngestResult | undefined => {
    const cleaned = given.map((h) => sanitizeText(h));
    if (cleaned.some((c) => c.changed)) {
      inputWarnings.push(
        makeIssue(ingestMessages, "ingest.control_characters", locale, ["headers"], { severity: "warning" }),
      );
    }
    headers = cleaned.map((c) => c.text.trim());
    mapping = columnMapping(headers, options.columns ?? {});
    const seen = new Set<string>();
    for (let k = 0; k < headers.length; k++) {
      const h = headers[k] as string;
      const key = headerKey(h);
      if (key === "" || mapping.fields[k] === null) continue;
      if (seen.has(key)) return fail("ingest.duplicate_header", { column: h });
      seen.add(key);
    }
    if (!mapping.fields.some((f) => f === "name" || f === "nameAr" || f === "nameFr" || f === "nameEn")) {
      return fail("ingest.no_name_column", { columns: headers.join(", ").slice(0, 300) });
    }
    if (resume?.headers !== undefined && resume.headers.join("\u0000") !== headers.join("\u0000")) {
      return fail("ingest.checkpoint_mismatch", { reason: "headers" });
    }
    return undefined;
  };
  if (headers !== undefined) {
    const refused = useHeaders(headers);
    if (refused !== undefined) return refused;
  }

  // Pending (not yet delivered) state.
  let pendingAccepted: AcceptedRow[] = [];
  let pendingQuarantined: QuarantinedRow[] = [];
  let pendingRead = 0;
  const pendingIds: string[] = [];
  const pendingIdRows: number[] = [];
  const pendingCounts: Record<string, number> = {};
  const pendingDuplicates: { id: string; row: number; firstRow: number }[] = [];
  let row = 0;
  const stopIssues: Issue<string>[] = [];
  let status: IngestSummary["status"] = "completed";

  const quarantine = (
    r: number,
    line: number,
    raw: string,
    issues: readonly Issue<string>[],
    cells?: readonly string[],
  ): void => {
    pendingQuarantined.push(
      cells === undefined
        ? { row: r, line, raw: sanitizeText(raw).text, issues }
        : { row: r, line, raw: sanitizeText(raw).text, cells, issues },
    );
    const code = issues[0]?.code ?? "unknown";
    pendingCounts[code] = (pendingCounts[code] ?? 0) + 1;
  };
  const rowIssue = (
    code: IngestIssueCode,
    params?: Readonly<Record<string, string | number>>,
    severity: "error" | "warning" = "error",
  ): Issue<string> =>
    makeIssue(ingestMessages, code, locale, [], params === undefined ? { severity } : { params, severity });

  const flush = async (): Promise<boolean> => {
    if (pendingRead === 0) return true;
    // The ids go on the committed lists now; they are taken back if the batch is not delivered.
    const before = ids.length;
    for (let k = 0; k < pendingIds.length; k++) {
      ids.push(pendingIds[k] as string);
      idRows.push(pendingIdRows[k] as number);
    }
    const next = {
      rowsRead: committed.rowsRead + pendingRead,
      accepted: committed.accepted + pendingAccepted.length,
      quarantined: committed.quarantined + pendingQuarantined.length,
    };
    const nextCheckpoint = checkpointOf(
      {
        version: 1,
        format,
        ...next,
        ...(headers === undefined ? {} : { headers: [...headers] }),
        ...(sheetInfo.sheet === undefined ? {} : { sheet: sheetInfo.sheet }),
      },
      ids,
      idRows,
    );
    const batch: IngestBatch = {
      accepted: pendingAccepted,
      quarantined: pendingQuarantined,
      checkpoint: nextCheckpoint,
    };
    try {
      await options.onBatch?.(batch);
    } catch (error) {
      materialize(nextCheckpoint);
      ids.length = before;
      idRows.length = before;
      stopIssues.push(rowIssue("ingest.batch_failed", { reason: message(error) }));
      status = "failed";
      return false;
    }
    run.rowsRead += pendingRead;
    run.accepted += pendingAccepted.length;
    run.quarantined += pendingQuarantined.length;
    for (const [k, v] of Object.entries(pendingCounts)) {
      issueCounts[k] = (issueCounts[k] ?? 0) + v;
      delete pendingCounts[k];
    }
    duplicateIds.push(...pendingDuplicates);
    if (options.collect === true) {
      collected.accepted.push(...pendingAccepted);
      collected.quarantined.push(...pendingQuarantined);
    }
    committed = next;
    checkpoint = nextCheckpoint;
    pendingAccepted = [];
    pendingQuarantined = [];
    pendingRead = 0;
    pendingIds.length = 0;
    pendingIdRows.length = 0;
    pendingDuplicates.length = 0;
    try {
      options.onProgress?.({ ...committed, charsRead: counter.chars });
    } catch (error) {
      stopIssues.push(rowIssue("ingest.batch_failed", { reason: message(error) }));
      status = "failed";
      return false;
    }
    return true;
  };

  const overrideKeys = new Map<string, IngestFieldValue | null>();
  for (const [h, f] of Object.entries(options.columns ?? {})) overrideKeys.set(headerKey(h), f);
  const keyFields = new Map<string, IngestFieldValue | null>();
  const fieldOfKey = (key: string): IngestFieldValue | null => {
    let f = keyFields.get(key);
    if (f === undefined) {
      f = overrideKeys.get(headerKey(key)) ?? recognizeColumn(key) ?? null;
      keyFields.set(key, f);
    }
    return f;
  };

  const rowValues = new Map<IngestFieldValue, string[]>();
  const fieldLists = new Map<IngestFieldValue, string[]>();

  /**
   * The issues of a CSV or sheet row with the column at fault named by its header (`params.column`) and the
   * cell as read (`value`); messages of this package that name the column are worded again with the header.
   */
  const locate = (issues: readonly Issue<string>[], cells: readonly string[]): Issue<string>[] =>
    issues.map((issue) => {
      const fieldsOfColumns = mapping?.fields ?? [];
      const k = columnOfIssue(issue, fieldsOfColumns, cells);
      if (k === undefined) return issue;
      const column = headers?.[k] ?? "";
      const value = (cells[k] ?? "").slice(0, 200);
      const params = { ...issue.params, column };
      const template = (ingestMessages as Readonly<Record<string, (typeof ingestMessages)[IngestIssueCode]>>)[
        issue.code
      ];
      const message = template === undefined ? issue.message : formatMessage(template, locale, params);
      return { ...issue, message, params, value };
    });

  /** The cells of a row as the import read them: dates of the date columns of a sheet as `YYYY-MM-DD`. */
  const cellsOf = (record: Extract<RawRecord, { kind: "fields" }>, sanitize: boolean): readonly string[] => {
    const info = record.info;
    const fieldsOfColumns = mapping?.fields ?? [];
    const out = record.fields.map((text, k) => {
      const date = info?.[k]?.date;
      const f = fieldsOfColumns[k];
      return date !== undefined && (f === "foundedOn" || f === "declaredOn") ? date : text;
    });
    return sanitize ? out.map((c) => sanitizeText(c).text) : out;
  };

  /** Map, validate and file one record (the caller catches what it throws). */
  const processRecord = (record: RawRecord, r: number, line: number): void => {
    if (record.kind === "broken") {
      quarantine(r, line, record.raw, [rowIssue(record.code, record.params)]);
      return;
    }
    if (record.raw.includes(REPLACEMENT)) {
      quarantine(
        r,
        line,
        record.raw,
        [rowIssue("ingest.encoding", { encoding: encodingUsed })],
        record.kind === "fields" ? cellsOf(record, true) : undefined,
      );
      return;
    }
    let rawText = record.raw;
    let rawChanged = false;
    if (needsSanitizing(rawText)) {
      const c = sanitizeText(rawText);
      rawText = c.text;
      rawChanged = c.changed;
    }
    let sanitized = rawChanged;
    let candidate: unknown;
    let warnings: readonly Issue<string>[] = [];
    let errors: readonly Issue<string>[] = [];
    let built = false;
    if (record.kind === "fields") {
      const fieldsOfColumns = mapping?.fields ?? [];
      if (record.fields.length !== fieldsOfColumns.length) {
        errors = [rowIssue("ingest.column_count", { expected: fieldsOfColumns.length, actual: record.fields.length })];
      } else {
        // One map and one list per field serve every row (the builder keeps none of them).
        const values = rowValues;
        values.clear();
        // Cells are pieces of the record's text: when it holds nothing to remove, neither do they.
        const cleanCells = rawChanged;
        const cells = record.fields;
        const info = record.info;
        let cellErrors: Issue<string>[] | undefined;
        for (let k = 0; k < cells.length; k++) {
          const f = fieldsOfColumns[k];
          let text = cells[k] as string;
          if (f === null || f === undefined || text === "") continue;
          const cell = info?.[k];
          if (cell !== undefined) {
            // What Excel made of the cell: an error, a date, a number that lost digits.
            const column = headers?.[k] ?? f;
            if (cell.error === true) {
              cellErrors ??= [];
              cellErrors.push(rowIssue("ingest.xlsx_error_cell", { column, value: text }));
              continue;
            }
            if (cell.date !== undefined && (f === "foundedOn" || f === "declaredOn")) text = cell.date;
            else if (cell.number === true && lostDigits(f, text)) {
              cellErrors ??= [];
              cellErrors.push(rowIssue("ingest.number_lost_digits", { column, value: text }));
              continue;
            }
          } else if (text.charCodeAt(0) === APOSTROPHE && FORMULA_GUARD.test(text)) {
            // A spreadsheet's mark of text that would read as a formula (`'+212…`), as CSV writers add it.
            text = text.slice(1);
          }
          if (cleanCells) {
            const c = sanitizeText(text);
            if (c.changed) sanitized = true;
            text = c.text;
          }
          let list = values.get(f);
          if (list === undefined) {
            list = fieldLists.get(f);
            if (list === undefined) {
              list = [];
              fieldLists.set(f, list);
            }
            list.length = 0;
            values.set(f, list);
          }
          list.push(text);
        }
        const made = buildOrganization(values as FieldValues, r, build);
        candidate = made.candidate;
        errors = cellErrors === undefined ? made.errors : [...cellErrors, ...made.errors];
        warnings = made.warnings;
        built = true;
      }
    } else {
      const clean = sanitizeValue(record.value);
      if (clean.changed) sanitized = true;
      const value = clean.value;
      if (!isPlainObject(value)) {
        errors = [rowIssue("ingest.not_an_object")];
      } else if (isPlainObject(value.name)) {
        candidate = cleanDeep(value);
      } else {
        const values = new Map<IngestFieldValue, string[]>();
        for (const [k, v] of Object.entries(value)) {
          const f = fieldOfKey(k);
          if (f === null) continue;
          const text = cellText(v);
          if (text === undefined || text === "") continue;
          const list = values.get(f);
          if (list === undefined) values.set(f, [text]);
          else list.push(text);
        }
        const made = buildOrganization(values, r, build);
        candidate = made.candidate;
        errors = made.errors;
        warnings = made.warnings;
        built = true;
      }
    }
    const notes = sanitized ? [rowIssue("ingest.control_characters", undefined, "warning")] : NO_ISSUES;
    /** Set the row aside; a CSV or sheet row with its cells and its issues located in them. */
    const setAside = (issues: readonly Issue<string>[]): void => {
      if (record.kind !== "fields") {
        quarantine(r, line, rawText, issues);
        return;
      }
      const cells = cellsOf(record, sanitized);
      quarantine(r, line, rawText, locate(issues, cells), cells);
    };
    if (errors.length > 0 || candidate === undefined) {
      setAside([...(errors.length > 0 ? errors : [rowIssue("ingest.name_missing")]), ...notes]);
      return;
    }
    // A candidate the builder made is accepted as it is when it is certainly valid; any other is validated.
    const v: ValidationResult<Organization> =
      built && isCertainlyValid(candidate as Record<string, unknown>, options.asOf)
        ? { ok: true, value: candidate as Organization, warnings: NO_VALIDATION_WARNINGS }
        : validateOrganization(candidate, validateOptions);
    if (!v.ok) {
      setAside([...v.issues, ...notes]);
      return;
    }
    const id = v.value.id;
    const firstRow = firstRowOf.get(id);
    if (firstRow !== undefined) {
      setAside([rowIssue("ingest.duplicate_id", { id, firstRow }), ...notes]);
      pendingDuplicates.push({ id, row: r, firstRow });
      return;
    }
    firstRowOf.set(id, r);
    pendingIds.push(id);
    pendingIdRows.push(r);
    const all = v.warnings.length === 0 && notes.length === 0 ? warnings : [...warnings, ...v.warnings, ...notes];
    pendingAccepted.push({ row: r, line, organization: v.value, warnings: all.length === 0 ? NO_ISSUES : all });
  };

  const skip = resume?.rowsRead ?? 0;
  let rowsSkipped = 0;
  try {
    // Records come in batches (one per chunk of input), read here one by one.
    reading: for await (const records of source) {
      for (const record of records) {
        if (options.signal?.aborted === true) {
          status = "cancelled";
          break reading;
        }
        // The CSV header.
        if (tabular && headers === undefined) {
          if (record.kind !== "fields" || record.raw.includes(REPLACEMENT)) return fail("ingest.no_header");
          const refused = useHeaders(record.fields);
          if (refused !== undefined) return refused;
          continue;
        }
        row++;
        if (row <= skip) {
          rowsSkipped++;
          continue;
        }
        pendingRead++;
        const pendingBefore = pendingAccepted.length + pendingQuarantined.length;
        try {
          processRecord(record, row, record.line);
        } catch (error) {
          // A row files itself last: when it failed, it is not filed yet.
          if (pendingAccepted.length + pendingQuarantined.length === pendingBefore) {
            quarantine(row, record.line, safeRaw(record), [rowIssue("ingest.row_failed", { reason: message(error) })]);
          }
        }
        if (pendingRead >= batchSize && !(await flush())) break reading;
      }
    }
  } catch (error) {
    stopIssues.push(stopIssue(error));
    status = "failed";
  }
  if (status === "completed") {
    if (tabular && headers === undefined) return fail("ingest.empty_input");
    await flush();
  } else {
    // Rows read but not delivered are not counted: a resumed run reads them again.
    for (const id of pendingIds) firstRowOf.delete(id);
  }
  const reconciliation: Reconciliation = {
    ...committed,
    balanced: committed.rowsRead === committed.accepted + committed.quarantined,
  };
  const summary: IngestSummary = {
    status,
    format,
    encoding: encodingUsed,
    warnings: inputWarnings,
    ...(mapping === undefined ? {} : { columns: mapping }),
    ...(sheetInfo.sheet === undefined ? {} : { sheet: sheetInfo.sheet }),
    ...(counter.delimiter === undefined ? {} : { delimiter: counter.delimiter }),
    reconciliation,
    run: { ...run, balanced: run.rowsRead === run.accepted + run.quarantined, rowsSkipped },
    issueCounts,
    duplicateIds,
    checkpoint,
    issues: stopIssues,
    ...(options.collect === true ? collected : {}),
  };
  return { ok: true, value: summary };
}

/**
 * A checkpoint whose `ids` and `idRows` are the current entries of the
 * committed lists, copied when first read: the lists only grow, so the copy is
 * the same whenever it is made, and an import does not copy every id at every
 * batch (which grows with the square of the rows).
 */
function checkpointOf(
  base: Omit<IngestCheckpoint, "ids" | "idRows">,
  ids: readonly string[],
  idRows: readonly number[],
): IngestCheckpoint {
  const count = ids.length;
  let idsCopy: string[] | undefined;
  let rowsCopy: number[] | undefined;
  const checkpoint = { ...base } as IngestCheckpoint;
  Object.defineProperty(checkpoint, "ids", {
    enumerable: true,
    configurable: true,
    get: () => {
      idsCopy ??= ids.slice(0, count);
      return idsCopy;
    },
    set: (value: string[]) => {
      idsCopy = value;
    },
  });
  Object.defineProperty(checkpoint, "idRows", {
    enumerable: true,
    configurable: true,
    get: () => {
      rowsCopy ??= idRows.slice(0, count);
      return rowsCopy;
    },
    set: (value: number[]) => {
      rowsCopy = value;
    },
  });
  return checkpoint;
}

/** Copy the id lists of a checkpoint now (before the lists it reads from shrink). */
function materialize(checkpoint: IngestCheckpoint): void {
  void checkpoint.ids;
  void checkpoint.idRows;
}

/** The raw text of a record, whatever it holds. */
function safeRaw(record: RawRecord): string {
  try {
    return typeof record.raw === "string" ? record.raw.slice(0, 100_000) : "";
  } catch {
    return "";
  }
}
