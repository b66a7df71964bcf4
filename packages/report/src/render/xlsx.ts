import type { Money, Result } from "@madani/model";
import { guardInput } from "@madani/model";
import { strToU8, type Zippable, zipSync } from "fflate";
import type {
  AnySection,
  Block,
  Cell,
  Column,
  ReportDocument,
  ReportLanguage,
  ReportText,
} from "../document/document.js";
import type { Formatter } from "../format/formatter.js";
import { prepare } from "../internal/prepare.js";
import type { ReportIssueCode } from "../messages.js";
import { captionsFor, currencyDigits, formatDate, minorToMajor, textOf, withColon } from "./cells.js";
import type { RenderOptions } from "./options.js";

/**
 * Options of {@link renderXlsx}: those of every renderer (issue messages' language, `trusted`).
 *
 * @example
 * ```ts
 * renderXlsx(doc, { issuesLocale: "fr" });
 * ```
 */
export interface XlsxOptions extends RenderOptions {}

type Table = Extract<Block, { type: "table" }>;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isMoney = (v: unknown): v is Money =>
  isRecord(v) && typeof v.amount === "number" && typeof v.currency === "string";

/** Excel's limits: characters in a cell, characters in a sheet name. */
const MAX_CELL_CHARS = 32_767;
const MAX_SHEET_NAME = 31;

/** What the name of an empty workbook's only sheet is in Excel of each language. */
const DEFAULT_SHEET: Readonly<Record<ReportLanguage, string>> = { ar: "ورقة1", fr: "Feuil1", en: "Sheet1" };

// ---------------------------------------------------------------------------------------------------------------
// XML text

/**
 * What SpreadsheetML text cannot hold as it is: the markup characters, the characters XML 1.0 forbids (control
 * characters, U+FFFE, U+FFFF, lone surrogates), a carriage return (end-of-line normalization would turn it into a
 * line feed), and an underscore that starts `_xHHHH_`, which Excel reads as an escaped character.
 */
const TEXT_ESCAPES =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: characters that XML 1.0 forbids
  /[&<>]|_(?=x[0-9A-Fa-f]{4}_)|[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const hex4 = (code: number) => code.toString(16).toUpperCase().padStart(4, "0");

/**
 * Escape the text of a cell or a shared string (ECMA-376 ST_Xstring): a character XML cannot hold is written
 * `_xHHHH_` (its UTF-16 code unit), as Excel does, so every string survives the round trip exactly.
 */
function escapeCellText(s: string): string {
  return s.replace(TEXT_ESCAPES, (c) => {
    if (c === "&") return "&amp;";
    if (c === "<") return "&lt;";
    if (c === ">") return "&gt;";
    return `_x${hex4(c.charCodeAt(0))}_`;
  });
}

const FORBIDDEN =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: characters that XML 1.0 forbids
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escape plain XML text (metadata, defined names): forbidden characters become U+FFFD. */
function escapeXml(s: string): string {
  return s
    .replace(FORBIDDEN, "\uFFFD")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r/g, "&#13;");
}

/** Escape an attribute value, also the quotes and the white space attribute normalization would change. */
function escapeAttribute(s: string): string {
  return escapeXml(s).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;");
}

/** At most `max` UTF-16 code units, never cutting a surrogate pair in two. */
function truncate(s: string, max: number): string {
  if (s.length <= max) return s;
  const code = s.charCodeAt(max - 1);
  return s.slice(0, code >= 0xd800 && code <= 0xdbff ? max - 1 : max);
}

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

// ---------------------------------------------------------------------------------------------------------------
// Styles and shared strings

/** Number formats every Excel knows by id (ECMA-376 §18.8.30); others are declared from id 164. */
const BUILTIN_FORMATS: ReadonlyMap<string, number> = new Map([
  ["General", 0],
  ["0", 1],
  ["0.00", 2],
  ["#,##0", 3],
  ["#,##0.00", 4],
  ["0%", 9],
  ["0.00%", 10],
]);
/** Built-in format 14: the short date of the reader's regional settings (27/12/2024 in French). */
const DATE_FORMAT = 14;

/** The cell formats (`cellXfs`) of the workbook, each made once, in the order first asked for. */
class Styles {
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = [];

  constructor() {
    this.xf(0, false, false, false);
  }

  /** The id of a number format code. */
  numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS.get(code);
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = 164 + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  /** The index of a cell format: a number format, bold or not, quote-prefixed or not, wrapped or not. */
  xf(numFmtId: number, bold: boolean, quote: boolean, wrap: boolean): number {
    const key = `${numFmtId}|${bold ? 1 : 0}|${quote ? 1 : 0}|${wrap ? 1 : 0}`;
    let index = this.xfs.get(key);
    if (index === undefined) {
      index = this.xfXml.length;
      this.xfs.set(key, index);
      let attrs = `numFmtId="${numFmtId}" fontId="${bold ? 1 : 0}" fillId="0" borderId="0" xfId="0"`;
      if (numFmtId !== 0) attrs += ' applyNumberFormat="1"';
      if (bold) attrs += ' applyFont="1"';
      // quotePrefix is what Excel sets for text typed after an apostrophe: the cell stays text when edited.
      if (quote) attrs += ' quotePrefix="1"';
      this.xfXml.push(wrap ? `<xf ${attrs} applyAlignment="1"><alignment wrapText="1"/></xf>` : `<xf ${attrs}/>`);
    }
    return index;
  }

  xml(): string {
    const numFmts = [...this.formats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`,
    );
    const font = (bold: boolean) =>
      `<font>${bold ? "<b/>" : ""}<sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (numFmts.length === 0 ? "" : `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>`) +
      `<fonts count="2">${font(false)}${font(true)}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join("")}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      "</styleSheet>"
    );
  }
}

/** The shared-string table: each distinct text once, cells refer to it by index. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly items: string[] = [];
  private count = 0;

  add(text: string): number {
    this.count += 1;
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.items.length;
      this.index.set(text, i);
      const space = /^[ \t\n]|[ \t\n]$|[\t\n]/.test(text) ? ' xml:space="preserve"' : "";
      this.items.push(`<si><t${space}>${escapeCellText(text)}</t></si>`);
    }
    return i;
  }

  xml(): string {
    return `${XML_HEAD}<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.items.length}">${this.items.join("")}</sst>`;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Cells

/** What one cell holds: a number with its format, or a text; `undefined` is an empty cell. */
type XCell =
  | { readonly kind: "number"; readonly value: string; readonly format: number; readonly width: number }
  | { readonly kind: "text"; readonly text: string };

/** Text a spreadsheet would run as a formula if typed (OWASP, "CSV Injection"), as in `renderCsv`. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters shown for an integer part of `abs`, with grouping separators. */
function integerWidth(abs: number): number {
  const digits = abs < 10 ? 1 : Math.min(Math.floor(Math.log10(abs)) + 1, 309);
  return digits + Math.floor((digits - 1) / 3);
}

/** Width in characters of a number shown with `decimals` fraction digits and grouping. */
const numberWidth = (n: number, decimals: number) =>
  integerWidth(Math.abs(n)) + (decimals > 0 ? decimals + 1 : 0) + (n < 0 ? 1 : 0);

/** A finite number as XML Schema `xsd:double` text; `-0` as `0`. */
const numberText = (n: number) => String(n === 0 ? 0 : n);

/**
 * A value in percent units as a fraction (45.5 → 0.455), through the decimal text so that the result is the
 * double nearest to the exact quotient (`14.3 / 100` would give 0.14300000000000002).
 */
function percentFraction(n: number): number {
  const [mantissa = "0", exponent = "0"] = String(n).split("e");
  return Number(`${mantissa}e${Number(exponent) - 2}`);
}

const MS_PER_DAY = 86_400_000;
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * The Excel serial number of an ISO date (1900 date system): days since 1899-12-30, one less before
 * 1900-03-01 (Excel counts the 29 February 1900 that never was). `undefined` before 1900-01-01, which
 * Excel cannot show as a date, and for anything that is not a calendar date.
 */
function excelSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (m === null) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1900) return undefined;
  const t = Date.UTC(y, mo - 1, d);
  const back = new Date(t);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  const days = Math.round((t - EXCEL_EPOCH) / MS_PER_DAY);
  return days < 61 ? days - 1 : days;
}

/** The number format of an amount in a currency: its minor digits and its ISO code, where the language puts it. */
function moneyFormat(language: ReportLanguage, currency: string): string {
  const code = currency.replace(/[^A-Za-z]/g, "").slice(0, 10);
  const digits = Math.min(Math.max(currencyDigits(currency), 0), 10);
  const number = digits === 0 ? "#,##0" : `#,##0.${"0".repeat(digits)}`;
  if (code === "") return number;
  return language === "en" ? `"${code} "${number}` : `${number}" ${code}"`;
}

interface Ctx {
  readonly fmt: Formatter;
  readonly styles: Styles;
  readonly strings: SharedStrings;
}

const text = (t: string): XCell | undefined => (t === "" ? undefined : { kind: "text", text: t });

/** A money cell: the exact decimal of its major units, formatted with its currency. */
function moneyCell(ctx: Ctx, m: Money): XCell | undefined {
  const major = minorToMajor(m.amount, m.currency);
  if (major === "") return undefined;
  const digits = major.indexOf(".") < 0 ? 0 : major.length - major.indexOf(".") - 1;
  const format = ctx.styles.numFmt(moneyFormat(ctx.fmt.language, m.currency));
  const whole = Math.abs(Number(major));
  const width =
    integerWidth(whole) + (digits > 0 ? digits + 1 : 0) + (major.startsWith("-") ? 1 : 0) + m.currency.length + 1;
  return { kind: "number", value: major, format, width };
}

/** A cell that does not match its column (only possible with `trusted: true`): the nearest thing that is. */
function anyCell(ctx: Ctx, cell: unknown): XCell | undefined {
  if (typeof cell === "number") {
    return Number.isFinite(cell) ? { kind: "number", value: numberText(cell), format: 0, width: 11 } : undefined;
  }
  if (typeof cell === "string") return text(cell);
  if (isMoney(cell)) return moneyCell(ctx, cell);
  if (isRecord(cell) && "label" in cell) return text(textOf(ctx.fmt, cell.label as ReportText));
  return isRecord(cell) ? text(textOf(ctx.fmt, cell as ReportText)) : undefined;
}

/** How one column of the table becomes one column of the sheet. */
interface OutColumn {
  readonly key: string;
  readonly header: string;
  readonly cell: (cell: Cell | undefined) => XCell | undefined;
}

function outColumns(ctx: Ctx, columns: readonly Column[], rows: readonly Record<string, Cell>[]): OutColumn[] {
  return columns.map((c): OutColumn => {
    const label = textOf(ctx.fmt, c.label);
    const key = c.key;
    const numeric = (decimals: number, code: string, scale: (n: number) => number): OutColumn => {
      const format = ctx.styles.numFmt(code);
      return {
        key,
        header: label,
        cell: (cell) => {
          if (cell === null || cell === undefined) return undefined;
          if (typeof cell !== "number") return anyCell(ctx, cell);
          if (!Number.isFinite(cell)) return undefined;
          const width = numberWidth(cell, decimals) + (code.endsWith("%") ? 1 : 0);
          return { kind: "number", value: numberText(scale(cell)), format, width };
        },
      };
    };
    switch (c.type) {
      case "integer":
        return numeric(0, "#,##0", (n) => n);
      case "decimal": {
        const d = Math.min(Math.max(c.decimals ?? 2, 0), 6);
        return numeric(d, d === 0 ? "#,##0" : `#,##0.${"0".repeat(d)}`, (n) => n);
      }
      case "percent": {
        const d = Math.min(Math.max(c.decimals ?? 1, 0), 6);
        return numeric(d, d === 0 ? "0%" : `0.${"0".repeat(d)}%`, percentFraction);
      }
      case "money": {
        const currencies = new Set<string>();
        for (const r of rows) {
          const cell = r[key];
          if (isMoney(cell)) currencies.add(cell.currency);
        }
        const [code] = currencies;
        // One currency: in the header too, as in CSV. Several: each cell shows its own.
        const header = currencies.size === 1 && code !== undefined ? `${label} (${code})` : label;
        return {
          key,
          header,
          cell: (cell) =>
            cell === null || cell === undefined ? undefined : isMoney(cell) ? moneyCell(ctx, cell) : anyCell(ctx, cell),
        };
      }
      case "date": {
        return {
          key,
          header: label,
          cell: (cell) => {
            if (cell === null || cell === undefined) return undefined;
            if (typeof cell !== "string") return anyCell(ctx, cell);
            const serial = excelSerial(cell);
            return serial === undefined
              ? text(cell)
              : { kind: "number", value: String(serial), format: DATE_FORMAT, width: 10 };
          },
        };
      }
      default:
        // text and status: a status by its label.
        return {
          key,
          header: label,
          cell: (cell) => (cell === null || cell === undefined ? undefined : anyCell(ctx, cell)),
        };
    }
  });
}

/** Width in characters of the longest line of a text (code points; a long text counts as 100). */
function textWidth(s: string): number {
  let longest = 0;
  let line = 0;
  let seen = 0;
  for (const ch of s) {
    if (ch === "\n") {
      line = 0;
      continue;
    }
    line += 1;
    if (line > longest) longest = line;
    seen += 1;
    if (seen >= 1000) break;
  }
  return Math.min(longest, 100);
}

/** The letters of a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    name = String.fromCharCode(65 + r) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

// ---------------------------------------------------------------------------------------------------------------
// Sheets

/** The bytes of a part, written in chunks so that a large sheet never becomes one huge string. */
class PartWriter {
  private readonly chunks: Uint8Array[] = [];
  private parts: string[] = [];
  private pending = 0;

  push(s: string): void {
    this.parts.push(s);
    this.pending += s.length;
    if (this.pending >= 1 << 20) this.flush();
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    this.chunks.push(strToU8(this.parts.join("")));
    this.parts = [];
    this.pending = 0;
  }

  /** The bytes written, between a head and a tail. */
  bytes(head: string, tail: string): Uint8Array {
    this.flush();
    const all = [strToU8(head), ...this.chunks, strToU8(tail)];
    let size = 0;
    for (const c of all) size += c.length;
    const out = new Uint8Array(size);
    let at = 0;
    for (const c of all) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}

/** A sheet of the workbook: its name, bytes, and what the workbook says about it. */
interface SheetPart {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The autofilter's range and the print titles, absent for an empty sheet. */
  readonly filter?: string;
}

/** Sheet names Excel refuses or keeps for itself, upper-cased. */
const RESERVED_NAMES = new Set(["HISTORY"]);

/**
 * A sheet name from a table's title: the characters Excel forbids (`[]:*?/\`) replaced, control characters and
 * runs of white space made one space, no apostrophe at either end, at most 31 characters, unique in the workbook
 * without regard to case (a number in parentheses is added to repeats).
 */
function sheetName(title: string, fallback: string, taken: Set<string>): string {
  const clean = (s: string) =>
    truncate(
      s
        .replace(FORBIDDEN, " ")
        .replace(/[[]/g, "(")
        .replace(/[\]]/g, ")")
        .replace(/[:/\\]/g, "-")
        .replace(/[*?]/g, " ")
        .replace(/\s+/g, " ")
        .trim()
        .replace(/^'+|'+$/g, "")
        .trim(),
      MAX_SHEET_NAME,
    )
      .replace(/'+$/, "")
      .trim();
  let base = clean(title);
  if (base === "") base = clean(fallback);
  if (base === "") base = "-";
  let name = base;
  for (let n = 2; taken.has(name.toUpperCase()) || RESERVED_NAMES.has(name.toUpperCase()); n += 1) {
    const suffix = ` (${n})`;
    name = `${truncate(base, MAX_SHEET_NAME - suffix.length).replace(/'+$/, "")}${suffix}`;
  }
  taken.add(name.toUpperCase());
  return name;
}

/** A sheet name in a formula: always quoted, its apostrophes doubled. */
const sheetRef = (name: string) => `'${name.replace(/'/g, "''")}'`;

function sheetViewXml(rtl: boolean, first: boolean, frozen: boolean): string {
  const attrs = `${first ? ' tabSelected="1"' : ""}${rtl ? ' rightToLeft="1"' : ""} workbookViewId="0"`;
  if (!frozen) return `<sheetViews><sheetView${attrs}/></sheetViews>`;
  return (
    `<sheetViews><sheetView${attrs}>` +
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/>' +
    "</sheetView></sheetViews>"
  );
}

const PAGE_MARGINS = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';

function tableSheet(ctx: Ctx, table: Table, name: string, rtl: boolean, first: boolean): SheetPart {
  const { styles, strings } = ctx;
  const rows = table.footer === undefined ? table.rows : [...table.rows, table.footer];
  const columns = outColumns(ctx, table.columns, rows);
  const widths = columns.map((c) => textWidth(c.header) + 3);
  const letters = columns.map((_, i) => columnName(i));
  const last = letters[letters.length - 1] ?? "A";
  const rowCount = rows.length + 1;
  const used = `A1:${last}${rowCount}`;

  const body = new PartWriter();
  const headerStyle = (t: string) => styles.xf(0, true, FORMULA_START.test(t), false);
  let row = `<row r="1">`;
  columns.forEach((c, i) => {
    const t = truncate(c.header, MAX_CELL_CHARS);
    row += `<c r="${letters[i]}1" s="${headerStyle(t)}" t="s"><v>${strings.add(t)}</v></c>`;
  });
  body.push(`${row}</row>`);

  rows.forEach((r, index) => {
    const bold = table.footer !== undefined && index === rows.length - 1;
    const at = index + 2;
    let xml = `<row r="${at}">`;
    columns.forEach((c, i) => {
      const cell = c.cell(r[c.key]);
      if (cell === undefined) return;
      const ref = `${letters[i]}${at}`;
      if (cell.kind === "number") {
        const s = styles.xf(cell.format, bold, false, false);
        xml += `<c r="${ref}"${s === 0 ? "" : ` s="${s}"`}><v>${cell.value}</v></c>`;
        if (cell.width > (widths[i] ?? 0)) widths[i] = cell.width;
      } else {
        const t = truncate(cell.text, MAX_CELL_CHARS);
        const s = styles.xf(0, bold, FORMULA_START.test(t), t.includes("\n"));
        xml += `<c r="${ref}"${s === 0 ? "" : ` s="${s}"`} t="s"><v>${strings.add(t)}</v></c>`;
        const w = textWidth(t);
        if (w > (widths[i] ?? 0)) widths[i] = w;
      }
    });
    body.push(`${xml}</row>`);
  });

  const cols = widths
    .map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(Math.max(w + 2, 8), 80)}" customWidth="1"/>`)
    .join("");
  // The totals row stays out of the filter, so that sorting never moves it.
  const filter = `A1:${last}${table.rows.length + 1}`;
  const head =
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<dimension ref="${used}"/>${sheetViewXml(rtl, first, true)}` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData>`;
  const tail =
    `</sheetData><autoFilter ref="${filter}"/>${PAGE_MARGINS}` +
    `<pageSetup paperSize="9" orientation="${columns.length >= 8 ? "landscape" : "portrait"}"/>` +
    `<ignoredErrors><ignoredError sqref="${used}" numberStoredAsText="1"/></ignoredErrors></worksheet>`;
  return { name, bytes: body.bytes(head, tail), filter };
}

function emptySheet(rtl: boolean, name: string): SheetPart {
  const xml =
    `${XML_HEAD}<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><dimension ref="A1"/>` +
    `${sheetViewXml(rtl, true, false)}<sheetFormatPr defaultRowHeight="15"/><sheetData/>${PAGE_MARGINS}</worksheet>`;
  return { name, bytes: strToU8(xml) };
}

function collectTables(sections: readonly AnySection[], out: Table[]): Table[] {
  for (const s of sections) {
    for (const b of s.blocks) if (b.type === "table") out.push(b);
    if (s.sections !== undefined) collectTables(s.sections, out);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Workbook

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The fields of an ISO 8601 date-time as written, and its instant in UTC milliseconds. */
interface Stamp {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly utc: number;
}

function parseStamp(value: unknown): Stamp | undefined {
  if (typeof value !== "string") return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:([Zz])|([+-])(\d{2}):?(\d{2}))$/.exec(
    value,
  );
  if (m === null) return undefined;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((x) => Number(x ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const offset = m[7] !== undefined ? 0 : (m[8] === "-" ? -1 : 1) * (Number(m[9]) * 60 + Number(m[10]));
  const at = new Date(0);
  at.setUTCFullYear(year, month - 1, day);
  at.setUTCHours(hour, minute, second, 0);
  const utc = at.getTime() - offset * 60_000;
  if (!Number.isFinite(utc)) return undefined;
  return { year, month, day, hour, minute, second, utc };
}

/** An instant as W3CDTF in UTC (`2025-01-15T09:00:00Z`), as Excel writes document dates; `undefined` outside years 0-9999. */
function w3cdtf(stamp: Stamp | undefined): string | undefined {
  if (stamp === undefined) return undefined;
  const d = new Date(stamp.utc);
  const y = d.getUTCFullYear();
  if (!(y >= 0 && y <= 9999)) return undefined;
  return (
    `${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}Z`
  );
}

/**
 * The MS-DOS date and time of the zip entries: the wall-clock time written in `generatedAt` (the report's own
 * time zone), within the years 1980-2107 that the format holds.
 */
function dosStamp(stamp: Stamp | undefined): number {
  if (stamp === undefined || stamp.year < 1980) return (1 << 21) | (1 << 16);
  if (stamp.year > 2107) return ((127 << 25) | (12 << 21) | (31 << 16) | (23 << 11) | (59 << 5) | 29) >>> 0;
  const { year, month, day, hour, minute, second } = stamp;
  return (
    (((year - 1980) << 25) |
      (month << 21) |
      (day << 16) |
      (Math.min(hour, 23) << 11) |
      (Math.min(minute, 59) << 5) |
      (Math.min(second, 59) >> 1)) >>>
    0
  );
}

/**
 * Write the same MS-DOS date and time into every local and central header of a zip made by `zipSync`. fflate takes
 * them from the host's local time zone: set here, they are the same on every host.
 */
function setZipTimes(zip: Uint8Array, dos: number): void {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.length - 22;
  if (end < 0 || view.getUint32(end, true) !== 0x06054b50) return;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entries && at + 46 <= zip.length; i += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) return;
    view.setUint32(at + 12, dos, true);
    const local = view.getUint32(at + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) view.setUint32(local + 10, dos, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
}

/** An mtime fflate accepts in every time zone (its DOS year must be 1980-2099); overwritten by {@link setZipTimes}. */
const FFLATE_MTIME = Date.UTC(2000, 0, 1, 12);

function coreXml(doc: ReportDocument, fmt: Formatter, stamp: Stamp | undefined): string {
  const meta = doc.meta;
  const element = (name: string, value: string | undefined) =>
    value === undefined || value === "" ? "" : `<${name}>${escapeXml(value)}</${name}>`;
  const title = textOf(fmt, meta.title);
  const subtitle = meta.subtitle === undefined ? undefined : textOf(fmt, meta.subtitle);
  const organization = meta.organization === undefined ? undefined : textOf(fmt, meta.organization.name);
  let period: string | undefined;
  if (meta.period !== undefined) {
    const from = formatDate(fmt, meta.period.startOn);
    const to = formatDate(fmt, meta.period.endOn);
    period = `${withColon(fmt.language, captionsFor(fmt.language).period)} ${from === to ? from : `${from} – ${to}`}`;
  }
  const when = w3cdtf(stamp);
  const date = (name: string) => (when === undefined ? "" : `<${name} xsi:type="dcterms:W3CDTF">${when}</${name}>`);
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"` +
    ' xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/"' +
    ' xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    element("dc:title", title) +
    element("dc:subject", subtitle) +
    element("dc:creator", organization) +
    element("dc:description", period) +
    element("dc:language", fmt.language) +
    date("dcterms:created") +
    date("dcterms:modified") +
    "</cp:coreProperties>"
  );
}

function appXml(doc: ReportDocument, fmt: Formatter): string {
  const organization = doc.meta.organization === undefined ? "" : textOf(fmt, doc.meta.organization.name);
  return (
    `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"` +
    ' xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>Madani</Application>${organization === "" ? "" : `<Company>${escapeXml(organization)}</Company>`}` +
    "</Properties>"
  );
}

const absolute = (range: string) => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

function workbookXml(sheets: readonly SheetPart[]): string {
  const entries = sheets.map(
    (s, i) => `<sheet name="${escapeAttribute(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`,
  );
  const names: string[] = [];
  sheets.forEach((s, i) => {
    if (s.filter === undefined) return;
    const ref = sheetRef(s.name);
    names.push(
      `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(`${ref}!${absolute(s.filter)}`)}</definedName>`,
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escapeXml(`${ref}!$1:$1`)}</definedName>`,
    );
  });
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${entries.join("")}</sheets>` +
    (names.length === 0 ? "" : `<definedNames>${names.join("")}</definedNames>`) +
    "</workbook>"
  );
}

function workbookRelsXml(sheets: readonly SheetPart[]): string {
  const type = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
  const rels = sheets.map(
    (_, i) => `<Relationship Id="rId${i + 1}" Type="${type("worksheet")}" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const n = sheets.length;
  rels.push(
    `<Relationship Id="rId${n + 1}" Type="${type("styles")}" Target="styles.xml"/>`,
    `<Relationship Id="rId${n + 2}" Type="${type("sharedStrings")}" Target="sharedStrings.xml"/>`,
  );
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${rels.join("")}</Relationships>`;
}

function contentTypesXml(sheets: readonly SheetPart[]): string {
  const ml = "application/vnd.openxmlformats-officedocument.spreadsheetml";
  const override = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override("/xl/workbook.xml", `${ml}.sheet.main+xml`) +
    sheets.map((_, i) => override(`/xl/worksheets/sheet${i + 1}.xml`, `${ml}.worksheet+xml`)).join("") +
    override("/xl/styles.xml", `${ml}.styles+xml`) +
    override("/xl/sharedStrings.xml", `${ml}.sharedStrings+xml`) +
    override("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    override("/docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    "</Types>"
  );
}

const ROOT_RELS =
  `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">` +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>' +
  "</Relationships>";

function workbook(doc: ReportDocument, fmt: Formatter): Uint8Array {
  const ctx: Ctx = { fmt, styles: new Styles(), strings: new SharedStrings() };
  const rtl = fmt.dir === "rtl";
  const taken = new Set<string>();
  const tables = collectTables(doc.sections, []);
  const sheets =
    tables.length === 0
      ? [emptySheet(rtl, sheetName(textOf(fmt, doc.meta.title), DEFAULT_SHEET[fmt.language] ?? "Sheet1", taken))]
      : tables.map((t, i) => tableSheet(ctx, t, sheetName(textOf(fmt, t.title), t.id, taken), rtl, i === 0));
  const stamp = parseStamp(doc.meta.generatedAt);
  const files: Zippable = {
    "[Content_Types].xml": strToU8(contentTypesXml(sheets)),
    "_rels/.rels": strToU8(ROOT_RELS),
    "docProps/app.xml": strToU8(appXml(doc, fmt)),
    "docProps/core.xml": strToU8(coreXml(doc, fmt, stamp)),
    "xl/workbook.xml": strToU8(workbookXml(sheets)),
    "xl/_rels/workbook.xml.rels": strToU8(workbookRelsXml(sheets)),
  };
  sheets.forEach((s, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = s.bytes;
  });
  files["xl/styles.xml"] = strToU8(ctx.styles.xml());
  files["xl/sharedStrings.xml"] = strToU8(ctx.strings.xml());
  // Level 4: half the time of fflate's default 6 on large tables, for files about 5 % larger.
  const zip = zipSync(files, { level: 4, mtime: FFLATE_MTIME });
  setZipTimes(zip, dosStamp(stamp));
  return zip;
}

/**
 * Render a report document as an Excel workbook (`.xlsx`, Office Open XML SpreadsheetML): one worksheet per table.
 *
 * @param document - the report document (validated here unless `options.trusted`).
 * @param options - language of the issue messages, `trusted`.
 * @returns the bytes of the `.xlsx` file; or the document's issues. Never throws on bad input.
 * @remarks
 * - One worksheet per table, in the order of the document (a section's blocks, then its sub-sections); charts,
 *   key figures and lists have no sheet. A document without tables gives a workbook of one empty sheet (a
 *   workbook cannot have none), named after the report's title.
 * - Sheet names come from the tables' titles in the document's language: the characters Excel forbids
 *   (`[]:*?/\`) are replaced, names are cut to 31 characters and made unique (`Budget (2)`); a title with nothing
 *   left gives the table's id.
 * - Row 1 holds the column labels in the document's language, bold, frozen (it stays in view when scrolling),
 *   repeated on each printed page, with an autofilter over the rows; the totals row, if any, is last, bold, and
 *   out of the filter so that sorting never moves it. Column widths follow the content. An Arabic document has
 *   right-to-left sheets.
 * - Cells are typed: integers and decimals are numbers with a format of the column's digits (`#,##0.00`);
 *   percentages, stored in percent units (45.5), are the fraction 0.455 with a percent format (`0.0%`), so that
 *   Excel shows 45.5 % and computes with them; money is a number in major units (`1234567` centimes → 12345.67),
 *   exact to the decimal text, with a format of the currency's digits and its ISO code (`#,##0.00" MAD"`), the
 *   code also in the header when the column has one currency, as in CSV; dates are Excel dates (serial numbers
 *   with the reader's short date format), an ISO date before 1900 stays text; statuses are their label; texts are
 *   in the document's language, falling back through the language chain; `null` or an absent key is an empty
 *   cell. Excel shows the separators of the reader's locale.
 * - Formulas: the workbook holds none. Every text is a string cell (from the shared-string table), never a formula,
 *   whatever it starts with; a text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return is also marked
 *   quote-prefixed, as Excel does for text typed after an apostrophe, so that editing the cell keeps it text. Its
 *   value is the text itself, without the `'` that CSV adds.
 * - Every string is kept exactly: characters XML cannot hold (control characters, lone surrogates) are written as
 *   Excel's `_xHHHH_` escapes. A text longer than Excel's 32,767 characters per cell is cut there.
 * - Workbook properties: title, subject (subtitle), author (organization), description (period), language, and
 *   created and modified dates from `generatedAt`.
 * - Deterministic: the same document gives the same bytes on any host. Dates come from `generatedAt`, never
 *   from the clock (the zip entries carry its wall-clock time, whatever the host's time zone); nothing is random.
 * Never throws: input that throws when read gives `input.unreadable`.
 * @example
 * ```ts
 * const r = renderXlsx(doc);
 * if (r.ok) writeFileSync("rapport.xlsx", r.value);
 * ```
 */
export function renderXlsx(document: unknown, options?: XlsxOptions): Result<Uint8Array, ReportIssueCode> {
  return guardInput(() => {
    const prepared = prepare(document, options);
    if (!prepared.ok) return prepared;
    const { doc, fmt } = prepared.value;
    return { ok: true, value: workbook(doc, fmt) };
  });
}
