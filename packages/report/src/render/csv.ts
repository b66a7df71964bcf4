import type { Money, Result } from "@madani/model";
import { guardInput } from "@madani/model";
import type { AnySection, Block, Cell, Column, ReportText, Row } from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { prepare } from "../internal/prepare.js";
import type { ReportIssueCode } from "../messages.js";
import { captionsFor, minorToMajor, textOf } from "./cells.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderCsv}.
 *
 * @example
 * ```ts
 * // For French Excel: columns split on `;`, numbers with a decimal comma, Arabic shown correctly.
 * renderCsv(doc, { separator: ";", decimalSeparator: ",", bom: true });
 * ```
 */
export interface CsvOptions extends RenderOptions {
  /**
   * Start each file with a UTF-8 byte-order mark (U+FEFF), which Excel needs to read
   * the file as UTF-8 (Arabic text is garbled without it). Default false: most other
   * programs (and `cut`, `awk`, databases) prefer no mark.
   */
  readonly bom?: boolean;
  /**
   * Field separator. Default `","` (RFC 4180). `";"` is what Excel expects in
   * French and other locales whose decimal mark is a comma: it splits such a file
   * into columns on opening, where it would put a comma-separated file in one column.
   */
  readonly separator?: "," | ";";
  /**
   * Decimal mark of numbers. Default `"."`, which every program reads. With `","`
   * (pair it with `separator: ";"`) Excel in French reads the numbers as numbers.
   */
  readonly decimalSeparator?: "." | ",";
}

/**
 * One CSV file: the rows of one table of the report.
 *
 * @example
 * ```ts
 * const file: CsvFile = { name: "budget.csv", tableId: "budget", content: "Poste,Montant (MAD)\r\nTransport,14380.00\r\n" };
 * ```
 */
export interface CsvFile {
  /** File name: the table's id and `.csv`, e.g. `budget.csv`. */
  readonly name: string;
  /** The id of the table the file holds. */
  readonly tableId: string;
  /** The file's text: RFC 4180, CRLF line ends, with a byte-order mark when asked. Write it as UTF-8. */
  readonly content: string;
}

/** Text that a spreadsheet would run as a formula, or that starts a DDE command (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralize a text field against formula injection: one that starts with `=`, `+`,
 * `-`, `@`, a tab or a carriage return is prefixed with a single quote.
 */
const neutralize = (text: string): string => (FORMULA_START.test(text) ? `'${text}` : text);

/** A number written plainly: no grouping, no exponent (`1e21` → `1000000000000000000000`), `-0` as `0`. */
function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return "";
  const s = String(n === 0 ? 0 : n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(s);
  if (m === null) return s;
  const [, sign = "", int = "", frac = "", exp = "0"] = m;
  const digits = int + frac;
  const point = int.length + Number(exp);
  if (point <= 0) return `${sign}0.${"0".repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${"0".repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isMoney = (v: unknown): v is Money =>
  isRecord(v) && typeof v.amount === "number" && typeof v.currency === "string";

interface Writer {
  readonly fmt: Formatter;
  readonly sep: string;
  readonly point: string;
}

/** A field of text, neutralized. */
const textField = (w: Writer, v: ReportText | undefined): string => neutralize(textOf(w.fmt, v));
/** A field of a number, with the decimal mark asked for. */
const numberField = (w: Writer, n: number): string => {
  const s = plainNumber(n);
  return w.point === "." ? s : s.replace(".", w.point);
};

/** A cell that does not match its column (only possible with `trusted: true`): written as text, neutralized. */
function anyField(w: Writer, cell: unknown): string {
  if (typeof cell === "number") return neutralize(plainNumber(cell));
  if (typeof cell === "string") return neutralize(cell);
  if (isMoney(cell)) return neutralize(`${minorToMajor(cell.amount, cell.currency)} ${cell.currency}`);
  if (isRecord(cell) && "label" in cell) return textField(w, cell.label as ReportText);
  return isRecord(cell) ? textField(w, cell as ReportText) : "";
}

/** How one column of the table becomes one or two CSV columns. */
interface OutColumn {
  /** The key of the table column it comes from. */
  readonly key: string;
  readonly header: string;
  readonly field: (cell: Cell | undefined) => string;
}

function outColumns(w: Writer, columns: readonly Column[], rows: readonly Row[]): OutColumn[] {
  const out: OutColumn[] = [];
  for (const c of columns) {
    const label = textOf(w.fmt, c.label);
    const key = c.key;
    switch (c.type) {
      case "integer":
      case "decimal":
      case "percent":
        out.push({
          key,
          header: neutralize(label),
          field: (cell) =>
            cell === null || cell === undefined
              ? ""
              : typeof cell === "number"
                ? numberField(w, cell)
                : anyField(w, cell),
        });
        break;
      case "money": {
        const currencies = new Set<string>();
        for (const r of rows) {
          const cell = r[key];
          if (isMoney(cell)) currencies.add(cell.currency);
        }
        const amount = (cell: Cell | undefined) => {
          if (cell === null || cell === undefined) return "";
          if (!isMoney(cell)) return anyField(w, cell);
          const major = minorToMajor(cell.amount, cell.currency);
          return w.point === "." ? major : major.replace(".", w.point);
        };
        if (currencies.size <= 1) {
          const [code] = currencies;
          out.push({ key, header: neutralize(code === undefined ? label : `${label} (${code})`), field: amount });
        } else {
          out.push({ key, header: neutralize(label), field: amount });
          out.push({
            key,
            header: neutralize(`${label} (${captionsFor(w.fmt.language).currency})`),
            field: (cell) => (isMoney(cell) ? neutralize(cell.currency) : ""),
          });
        }
        break;
      }
      case "status":
        out.push({
          key,
          header: neutralize(label),
          field: (cell) =>
            cell === null || cell === undefined
              ? ""
              : isRecord(cell) && "label" in cell
                ? textField(w, cell.label as ReportText)
                : anyField(w, cell),
        });
        break;
      default:
        // text and date: dates are ISO `YYYY-MM-DD` already.
        out.push({
          key,
          header: neutralize(label),
          field: (cell) => (cell === null || cell === undefined ? "" : anyField(w, cell)),
        });
    }
  }
  return out;
}

/** RFC 4180 §2.6-2.7: a field holding the separator, a quote, CR or LF is quoted, its quotes doubled. */
function quote(field: string, sep: string): string {
  const needs =
    field.includes(sep) ||
    field.includes('"') ||
    field.includes("\n") ||
    field.includes("\r") ||
    // A leading U+FEFF would be taken for a byte-order mark and dropped by readers.
    field.charCodeAt(0) === 0xfeff;
  return needs ? `"${field.replaceAll('"', '""')}"` : field;
}

function record(fields: readonly string[], sep: string): string {
  // A record of one empty field is written `""`: an empty line would be skipped as blank by readers.
  if (fields.length === 1 && fields[0] === "") return '""\r\n';
  let line = "";
  for (let i = 0; i < fields.length; i++) line += (i === 0 ? "" : sep) + quote(fields[i] ?? "", sep);
  return `${line}\r\n`;
}

type Table = Extract<Block, { type: "table" }>;

function collectTables(sections: readonly AnySection[], out: Table[]): Table[] {
  for (const s of sections) {
    for (const b of s.blocks) if (b.type === "table") out.push(b);
    if (s.sections !== undefined) collectTables(s.sections, out);
  }
  return out;
}

function tableCsv(w: Writer, table: Table, bom: boolean): string {
  const rows = table.footer === undefined ? table.rows : [...table.rows, table.footer];
  const columns = outColumns(w, table.columns, rows);
  const parts: string[] = [
    bom ? "\uFEFF" : "",
    record(
      columns.map((c) => c.header),
      w.sep,
    ),
  ];
  for (const r of rows) {
    parts.push(
      record(
        columns.map((o) => o.field(r[o.key])),
        w.sep,
      ),
    );
  }
  return parts.join("");
}

/**
 * Render each table of a report document as a CSV file.
 *
 * @param document - the report document (validated here unless `options.trusted`).
 * @param options - `separator` (default `","`), `decimalSeparator` (default `"."`),
 * `bom` (default false), `issuesLocale`, `trusted`.
 * @returns one file per table, in the order of the document (a section's blocks, then
 * its sub-sections); or the document's issues. Never throws on bad input.
 * @remarks
 * - Tables only: charts, key figures and lists have no CSV file (their data is in the
 *   JSON rendering).
 * - RFC 4180: CRLF after every record, the header first; a field that holds the
 *   separator, a double quote, CR or LF is enclosed in double quotes, its quotes doubled.
 * - The header holds the column labels in the document's language. The totals row, if
 *   any, is the last record.
 * - Values are written for machines and stay readable: integers and decimals as plain
 *   numbers (no grouping, no exponent, full precision); percentages as numbers in percent
 *   units (`45.5`); money as the exact decimal of major units (`1234567` centimes →
 *   `12345.67`), with the currency in the header (`Montant (MAD)`) so the column sums in
 *   a spreadsheet; a money column whose cells use several currencies is followed by a
 *   currency column instead; dates ISO (`2024-12-27`); statuses by their label; texts in
 *   the document's language, falling back through the language chain.
 * - OWASP, "CSV Injection": a text field (texts, statuses, headers) that starts with `=`,
 *   `+`, `-`, `@`, a tab or a carriage return is prefixed with a single quote `'`, so a
 *   spreadsheet shows it instead of running it. Numbers of numeric columns are written
 *   as numbers, not neutralized: `-5` in an integer column is the number −5; the text
 *   `-5` in a text column becomes `'-5`.
 * - Deterministic: the same document gives the same files on any host.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = renderCsv(doc, { bom: true });
 * if (r.ok) for (const f of r.value) writeFileSync(join(dir, f.name), f.content);
 * ```
 */
export function renderCsv(document: unknown, options?: CsvOptions): Result<readonly CsvFile[], ReportIssueCode> {
  return guardInput(() => {
    const prepared = prepare(document, options);
    if (!prepared.ok) return prepared;
    const { doc, fmt } = prepared.value;
    const w: Writer = {
      fmt,
      sep: options?.separator === ";" ? ";" : ",",
      point: options?.decimalSeparator === "," ? "," : ".",
    };
    const bom = options?.bom === true;
    const files = collectTables(doc.sections, []).map(
      (t): CsvFile => ({ name: `${t.id}.csv`, tableId: t.id, content: tableCsv(w, t, bom) }),
    );
    return { ok: true, value: files };
  });
}
