import { Inflate, Unzip, type UnzipFile, UnzipPassThrough } from "fflate";
import { IngestStop } from "./decode.js";
import { attribute, eachAttribute, type XmlHandler, XmlScanner } from "./xml.js";

/** What a cell of a sheet held, beyond its text: a number, a date, an error. */
export interface SheetCellInfo {
  /** The cell is a number (its text is the number as Excel shows it in the General format). */
  readonly number?: true;
  /** The ISO date (`YYYY-MM-DD`) of a number shown with a date format, or of a date cell. */
  readonly date?: string;
  /** The cell holds an Excel error (`#N/A`, `#DIV/0!`…), its text. */
  readonly error?: true;
}

/** A row of a sheet that holds at least one value. */
export interface SheetRow {
  /** The row's number in the sheet (1-based, as Excel shows it). */
  readonly line: number;
  /** The text of each cell by column (A is 0), `""` for an empty cell, up to the last cell with a value. */
  readonly texts: string[];
  /** What the cells that are not plain text held, by column; `undefined` when every cell is text. */
  readonly info: (SheetCellInfo | undefined)[] | undefined;
}

/** Options of {@link readSheet}. */
export interface SheetOptions {
  /** The name of the sheet to read; default the first visible worksheet. */
  readonly sheet?: string | undefined;
  /** Most bytes the parts read may expand to, and most compressed bytes held back; over it, `ingest.xlsx_too_large`. */
  readonly maxBytes: number;
}

/** What {@link readSheet} found out about the workbook, filled in as it reads. */
export interface SheetInfo {
  /** The name of the sheet read, once known. */
  sheet: string | undefined;
  /** Characters of the sheet's XML read so far. */
  chars: number;
}

/** The most columns a worksheet has (XFD). */
const MAX_COLUMNS = 16_384;
/** Compressed bytes given to the inflater at once: what one step can expand to stays bounded. */
const SLICE = 16 * 1024;
/** Rows gathered before they are handed on. */
const ROWS_PER_BATCH = 512;
/** Longest markup or text the XML reader waits for (Excel's cells hold at most 32,767 characters). */
const MAX_PENDING = 16 * 1024 * 1024;
/** Largest part read whole (workbook, relationships, styles). */
const MAX_SMALL_PART = 64 * 1024 * 1024;

const REL_WORKSHEET = "/worksheet";
const REL_SHARED_STRINGS = "/sharedStrings";
const REL_STYLES = "/styles";
const REL_OFFICE_DOCUMENT = "/officeDocument";

/** Excel's escapes of characters XML cannot hold: `_x000D_` is U+000D, `_x005F_` an underscore (ECMA-376 ST_Xstring). */
const XSTRING_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text of a string item or cell with Excel's `_xHHHH_` escapes decoded. */
export function decodeXstring(text: string): string {
  if (!text.includes("_x")) return text;
  return text.replace(XSTRING_ESCAPE, (_m, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

/** The index of a cell reference's column (`B12` → 1), or -1. */
export function columnIndex(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
    if (col > MAX_COLUMNS) return -1;
  }
  return i === 0 ? -1 : col - 1;
}

/** The number of a cell reference's row (`B12` → 12), or `undefined`. */
function rowOfRef(ref: string): number | undefined {
  const m = /\d+$/.exec(ref);
  return m === null ? undefined : Number(m[0]);
}

/**
 * A number as Excel shows it in the General format, the way a clerk reads it: integers below 10^15 in
 * full (`612345678`), others with 15 significant digits, in scientific notation from 10^15 up
 * (`1.17E+23`, the fate of a 24-digit RIB typed as a number).
 */
export function numberText(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e15) return String(n === 0 ? 0 : n);
  const p = Number(n.toPrecision(15));
  const abs = Math.abs(p);
  if (abs >= 1e-5 && abs < 1e15) return String(p);
  if (p === 0) return "0";
  const [mantissa = "0", exponent = "0"] = p.toExponential().split("e");
  const e = Number(exponent);
  return `${mantissa}E${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
}

const DAY_MS = 86_400_000;

/**
 * The ISO date of an Excel serial number (its whole days): days since 1899-12-30 in the 1900 date system
 * (before 1 March 1900, since 1899-12-31: Excel counts a 29 February 1900 that never was, and that serial,
 * 60, has no date), days since 1904-01-01 in the 1904 date system. `undefined` outside 1900-01-01…9999-12-31.
 */
export function serialDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  let days = Math.floor(serial);
  if (date1904) days += 1462;
  if (days < 1 || days === 60 || days > 2_958_465) return undefined;
  const t = (days < 60 ? Date.UTC(1899, 11, 31) : Date.UTC(1899, 11, 30)) + days * DAY_MS;
  return new Date(t).toISOString().slice(0, 10);
}

/** Built-in number formats that show a date (ECMA-376 §18.8.30; 27–36 and 50–58 are East Asian dates). */
function isBuiltinDate(id: number): boolean {
  return (id >= 14 && id <= 17) || id === 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
}

/** Whether a number format code shows a date: day or year parts, or months without hours or seconds. */
export function isDateFormat(code: string): boolean {
  const first = code.split(";")[0] ?? "";
  // Elapsed time ([h]:mm) is a duration, not a date.
  if (/\[(?:h+|m+|s+)\]/i.test(first)) return false;
  const bare = first
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/[_*]./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[dy]/i.test(bare)) return true;
  if (/[hs]/i.test(bare)) return false;
  return /m/i.test(bare) && !/general/i.test(bare);
}

/** A part's path with `.` and `..` resolved, without a leading `/`, lower-cased (OPC part names ignore case). */
function partKey(path: string): string {
  const out: string[] = [];
  for (const seg of path.replace(/\\/g, "/").split("/")) {
    if (seg === "" || seg === ".") continue;
    if (seg === "..") out.pop();
    else out.push(seg);
  }
  return out.join("/").toLowerCase();
}

/** The part a relationship's target names, from the part that holds the relationship. */
function resolveTarget(source: string, target: string): string {
  if (target.startsWith("/")) return partKey(target);
  const dir = source.includes("/") ? source.slice(0, source.lastIndexOf("/") + 1) : "";
  return partKey(dir + target);
}

/** The relationships part of a part (`xl/workbook.xml` → `xl/_rels/workbook.xml.rels`). */
function relsOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return partKey(`${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`);
}

/** A relationship: its id, type (the end of its URI) and target part. */
interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
}

/** Parse a relationships part. */
function parseRels(xml: string, source: string): Relationship[] {
  const rels: Relationship[] = [];
  const handler: XmlHandler = {
    capture: false,
    open(name, attrs) {
      if (name !== "Relationship") return;
      let id = "";
      let type = "";
      let target = "";
      let external = false;
      eachAttribute(attrs, (k, v) => {
        if (k === "Id") id = v;
        else if (k === "Type") type = v.slice(v.lastIndexOf("/"));
        else if (k === "Target") target = v;
        else if (k === "TargetMode") external = v === "External";
      });
      if (!external && target !== "") rels.push({ id, type, target: resolveTarget(source, target) });
    },
    close() {},
    text() {},
  };
  new XmlScanner(handler, MAX_PENDING).push(xml, true);
  return rels;
}

/** A sheet listed by the workbook. */
interface SheetEntry {
  readonly name: string;
  readonly relId: string;
  readonly hidden: boolean;
}

/** Parse the workbook part: its sheets in order and its date system. */
function parseWorkbook(xml: string): { sheets: SheetEntry[]; date1904: boolean } {
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  const handler: XmlHandler = {
    capture: false,
    open(name, attrs) {
      if (name === "workbookPr") {
        const v = attribute(attrs, "date1904");
        date1904 = v === "1" || v === "true";
      } else if (name === "sheet") {
        let sheetName = "";
        let relId = "";
        let state = "";
        eachAttribute(attrs, (k, v) => {
          if (k === "name") sheetName = v;
          else if (k === "id") relId = v;
          else if (k === "state") state = v;
        });
        sheets.push({ name: sheetName, relId, hidden: state === "hidden" || state === "veryHidden" });
      }
    },
    close() {},
    text() {},
  };
  new XmlScanner(handler, MAX_PENDING).push(xml, true);
  return { sheets, date1904 };
}

/** Parse the styles part: which cell formats (`s` of a cell) show dates. */
function parseStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  let inCellXfs = false;
  const handler: XmlHandler = {
    capture: false,
    open(name, attrs, empty) {
      if (name === "numFmt") {
        const id = Number(attribute(attrs, "numFmtId"));
        const code = attribute(attrs, "formatCode");
        if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
      } else if (name === "cellXfs") {
        inCellXfs = !empty;
      } else if (name === "xf" && inCellXfs) {
        formats.push(Number(attribute(attrs, "numFmtId") ?? 0));
      }
    },
    close(name) {
      if (name === "cellXfs") inCellXfs = false;
    },
    text() {},
  };
  new XmlScanner(handler, MAX_PENDING).push(xml, true);
  return formats.map((id) => {
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : isBuiltinDate(id);
  });
}

/** Reads `<si>` items of a shared-strings part as they come. */
class SharedStringsHandler implements XmlHandler {
  capture = false;
  readonly strings: string[] = [];
  private current = "";
  private inSi = false;
  private phonetic = 0;

  open(name: string, _attrs: string, empty: boolean): void {
    if (name === "si") {
      this.inSi = true;
      this.current = "";
    } else if (name === "rPh") this.phonetic++;
    else if (name === "t" && this.inSi && this.phonetic === 0 && !empty) this.capture = true;
  }

  close(name: string): void {
    if (name === "t") this.capture = false;
    else if (name === "rPh") this.phonetic = Math.max(0, this.phonetic - 1);
    else if (name === "si") {
      this.strings.push(decodeXstring(this.current));
      this.inSi = false;
    }
  }

  text(text: string): void {
    this.current += text;
  }
}

/** Cell types (`t`) of SpreadsheetML. */
enum CellType {
  Number = 0,
  Shared = 1,
  Inline = 2,
  Formula = 3,
  Boolean = 4,
  Error = 5,
  Date = 6,
}

function cellType(t: string | undefined): CellType {
  switch (t) {
    case "s":
      return CellType.Shared;
    case "inlineStr":
      return CellType.Inline;
    case "str":
      return CellType.Formula;
    case "b":
      return CellType.Boolean;
    case "e":
      return CellType.Error;
    case "d":
      return CellType.Date;
    default:
      return CellType.Number;
  }
}

/** Reads the rows of a worksheet part as they come. */
class SheetHandler implements XmlHandler {
  capture = false;
  readonly rows: SheetRow[] = [];
  private inData = false;
  private rowLine = 0;
  private nextCol = 0;
  private texts: string[] = [];
  private info: (SheetCellInfo | undefined)[] | undefined;
  private filled = false;
  private col = -1;
  private type = CellType.Number;
  private style = 0;
  private value = "";
  private inIs = false;
  private phonetic = 0;
  private inRow = false;
  private lineGuessed = false;

  constructor(
    private readonly shared: readonly string[],
    private readonly dateStyles: readonly boolean[],
    private readonly date1904: boolean,
  ) {}

  open(name: string, attrs: string, empty: boolean): void {
    switch (name) {
      case "sheetData":
        this.inData = !empty;
        return;
      case "row": {
        if (!this.inData) return;
        const r = attribute(attrs, "r");
        const line = r === undefined ? Number.NaN : Number(r);
        this.lineGuessed = !(Number.isInteger(line) && line > 0);
        this.rowLine = this.lineGuessed ? this.rowLine + 1 : line;
        this.texts = [];
        this.info = undefined;
        this.filled = false;
        this.nextCol = 0;
        this.inRow = true;
        return;
      }
      case "c": {
        if (!this.inRow) return;
        let ref: string | undefined;
        let t: string | undefined;
        let s = 0;
        if (attrs !== "") {
          eachAttribute(attrs, (k, v) => {
            if (k === "r") ref = v;
            else if (k === "t") t = v;
            else if (k === "s") s = Number(v);
          });
        }
        const col = ref === undefined ? this.nextCol : columnIndex(ref);
        if (ref !== undefined && this.lineGuessed) {
          // A row without its number: the first cell's reference gives it.
          this.rowLine = rowOfRef(ref) ?? this.rowLine;
          this.lineGuessed = false;
        }
        this.col = col;
        this.nextCol = col < 0 ? this.nextCol + 1 : col + 1;
        this.type = cellType(t);
        this.style = Number.isInteger(s) ? s : 0;
        this.value = "";
        return;
      }
      case "v":
        if (this.col >= 0 && !empty) this.capture = true;
        return;
      case "is":
        this.inIs = true;
        return;
      case "rPh":
        this.phonetic++;
        return;
      case "t":
        if (this.inIs && this.phonetic === 0 && this.col >= 0 && !empty) this.capture = true;
        return;
      default:
        return;
    }
  }

  close(name: string): void {
    switch (name) {
      case "v":
      case "t":
        this.capture = false;
        return;
      case "rPh":
        this.phonetic = Math.max(0, this.phonetic - 1);
        return;
      case "is":
        this.inIs = false;
        return;
      case "c":
        if (this.col >= 0 && this.col < MAX_COLUMNS) this.endCell();
        this.col = -1;
        this.capture = false;
        return;
      case "row":
        if (!this.inRow) return;
        this.inRow = false;
        if (this.filled) this.rows.push({ line: this.rowLine, texts: this.texts, info: this.info });
        return;
      case "sheetData":
        this.inData = false;
        return;
      default:
        return;
    }
  }

  text(text: string): void {
    this.value += text;
  }

  private put(text: string, info: SheetCellInfo | undefined): void {
    const col = this.col;
    const texts = this.texts;
    while (texts.length < col) texts.push("");
    texts[col] = text;
    if (info !== undefined) {
      this.info ??= [];
      this.info[col] = info;
    }
    this.filled = true;
  }

  private endCell(): void {
    const v = this.value;
    switch (this.type) {
      case CellType.Shared: {
        if (v === "") return;
        const text = this.shared[Number(v)];
        if (text === undefined) {
          const index = /^\s*\d{1,10}\s*$/.test(v) ? `${Number(v)}` : "?";
          throw new IngestStop("ingest.xlsx_corrupt", {
            reason: `a cell refers to shared string ${index}, which is missing`,
          });
        }
        if (text !== "") this.put(text, undefined);
        return;
      }
      case CellType.Inline:
      case CellType.Formula: {
        const text = decodeXstring(v);
        if (text !== "") this.put(text, undefined);
        return;
      }
      case CellType.Boolean:
        if (v !== "") this.put(v.trim() === "1" || v.trim() === "true" ? "TRUE" : "FALSE", undefined);
        return;
      case CellType.Error:
        if (v !== "") this.put(v.trim(), { error: true });
        return;
      case CellType.Date: {
        const text = v.trim();
        if (text === "") return;
        const m = /^\d{4}-\d{2}-\d{2}/.exec(text);
        this.put(m === null ? text : m[0], m === null ? undefined : { date: m[0] });
        return;
      }
      default: {
        const text = v.trim();
        if (text === "") return;
        const n = Number(text);
        if (!Number.isFinite(n)) {
          this.put(text, undefined);
          return;
        }
        const date = this.dateStyles[this.style] === true ? serialDate(n, this.date1904) : undefined;
        this.put(numberText(n), date === undefined ? NUMBER : { number: true, date });
      }
    }
  }
}

const NUMBER: SheetCellInfo = Object.freeze({ number: true });

/** fflate's decoder for deflated entries, replaced by one that hands on the compressed bytes as they are. */
class RawDeflate {
  static readonly compression = 8;
  ondata: (err: Error | null, data: Uint8Array, final: boolean) => void = () => {};
  push(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk, final);
  }
}

/** What is done with an entry of the archive. */
enum Use {
  /** Not needed: its bytes are dropped as they come. */
  Drop = 0,
  /** A small part read whole once complete (relationships, workbook, styles). */
  Whole = 1,
  /** The shared strings, read as they come. */
  Strings = 2,
  /** A worksheet that may be the one to read: held until the workbook says which. */
  Hold = 3,
  /** The worksheet to read. */
  Sheet = 4,
}

/** An entry of the archive and its compressed bytes not yet read. */
interface Entry {
  readonly name: string;
  readonly key: string;
  readonly compression: number;
  use: Use;
  chunks: Uint8Array[];
  /** Position in `chunks[0]` already read. */
  offset: number;
  /** All its bytes have arrived. */
  complete: boolean;
  /** All its bytes are read. */
  done: boolean;
  error: string | undefined;
  inflater: Inflate | undefined;
  decoder: InstanceType<typeof TextDecoder> | undefined;
  /** The text of a part read whole. */
  text: string;
  scanner: XmlScanner | undefined;
  /** The CRC-32 of the bytes inflated so far. */
  crc: number;
}

/** The CRC-32 tables of zip archives (polynomial 0xEDB88320), eight of them to read eight bytes a step. */
const CRC_TABLES = (() => {
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n] as number;
    for (let k = 1; k < 8; k++) {
      c = (t[c & 0xff] as number) ^ (c >>> 8);
      t[k * 256 + n] = c;
    }
  }
  return t;
})();

/** The CRC-32 of `data` continued from `crc` (start with 0), eight bytes at a time. */
export function crc32(crc: number, data: Uint8Array): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = 0;
  const n = data.length;
  for (; i + 8 <= n; i += 8) {
    const a =
      c ^
      ((data[i] as number) |
        ((data[i + 1] as number) << 8) |
        ((data[i + 2] as number) << 16) |
        ((data[i + 3] as number) << 24));
    c =
      (t[1792 + (a & 0xff)] as number) ^
      (t[1536 + ((a >>> 8) & 0xff)] as number) ^
      (t[1280 + ((a >>> 16) & 0xff)] as number) ^
      (t[1024 + (a >>> 24)] as number) ^
      (t[768 + (data[i + 4] as number)] as number) ^
      (t[512 + (data[i + 5] as number)] as number) ^
      (t[256 + (data[i + 6] as number)] as number) ^
      (t[data[i + 7] as number] as number);
  }
  for (; i < n; i++) c = (t[(c ^ (data[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return ~c >>> 0;
}

/** The CRC-32 of each entry as the central directory at the end of an archive gives it, when the bytes hold it whole. */
function centralCrcs(tail: Uint8Array, total: number): Map<string, number> | undefined {
  const view = new DataView(tail.buffer, tail.byteOffset, tail.byteLength);
  let end = -1;
  for (let i = tail.length - 22; i >= 0 && i >= tail.length - 22 - 65_535; i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return undefined;
  const count = view.getUint16(end + 10, true);
  const offset = view.getUint32(end + 16, true);
  const start = offset - (total - tail.length);
  if (offset === 0xffffffff || start < 0 || start > end) return undefined;
  const crcs = new Map<string, number>();
  let at = start;
  const names = new TextDecoder();
  for (let k = 0; k < count; k++) {
    if (at + 46 > end || view.getUint32(at, true) !== 0x02014b50) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const name = names.decode(tail.subarray(at + 46, at + 46 + nameLength));
    crcs.set(partKey(name), view.getUint32(at + 16, true));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return crcs;
}

/** The UTF-16LE bytes of a name, as an OLE2 directory holds it. */
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) out[i * 2] = text.charCodeAt(i);
  return out;
}

const ENCRYPTED_PACKAGE = utf16le("EncryptedPackage");
const ENCRYPTION_INFO = utf16le("EncryptionInfo");

function indexOfBytes(haystack: Uint8Array, needle: Uint8Array): number {
  const first = needle[0] as number;
  for (
    let i = haystack.indexOf(first);
    i >= 0 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/**
 * Whether an OLE2 compound file (the container of `.xls` workbooks) is an encrypted Office document: a
 * workbook saved with a password is an OLE2 file whose directory names the streams `EncryptionInfo` and
 * `EncryptedPackage`. Reads the bytes as they come, holding none but the last few.
 *
 * @param chunks - the bytes of the file.
 * @returns `true` when both names are found.
 */
export async function isEncryptedPackage(chunks: AsyncIterable<Uint8Array>): Promise<boolean> {
  let tail = new Uint8Array(0);
  let packageSeen = false;
  let infoSeen = false;
  for await (const chunk of chunks) {
    const bytes = new Uint8Array(tail.length + chunk.length);
    bytes.set(tail);
    bytes.set(chunk, tail.length);
    packageSeen ||= indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0;
    infoSeen ||= indexOfBytes(bytes, ENCRYPTION_INFO) >= 0;
    if (packageSeen && infoSeen) return true;
    tail = bytes.slice(Math.max(0, bytes.length - ENCRYPTED_PACKAGE.length));
  }
  return false;
}

/**
 * Read the rows of one worksheet of an `.xlsx` workbook (Office Open XML SpreadsheetML), streaming.
 *
 * @remarks The archive is read with fflate's streaming `Unzip` as its bytes come; entries are inflated
 * with fflate's streaming `Inflate`, 16 KB of compressed bytes at a time, and their XML read by
 * {@link XmlScanner} as it is inflated: the shared strings first (every string is kept, as Excel does),
 * then the sheet's rows, handed on in batches as they are read. Entries come in the order their writer
 * chose: Excel writes the worksheets before the shared strings and the styles, so the compressed bytes of
 * the sheet to read (and of every worksheet, until the workbook says which one it is) are held until those
 * are read; other entries (images, themes, other sheets) are dropped as they come. The sheet's XML is never
 * held whole, nor are its rows. Expanded bytes over `maxBytes`, and compressed bytes held over it, stop
 * the reading with `ingest.xlsx_too_large`.
 * @param input - the bytes of the file.
 * @param options - the sheet to read and the size limit.
 * @param info - receives the sheet's name and the characters read.
 * @returns batches of rows that hold a value, in sheet order.
 * @throws {@link IngestStop} `ingest.xlsx_corrupt`, `ingest.xlsx_not_workbook`, `ingest.xlsx_no_sheet`,
 * `ingest.xlsx_sheet_not_found` or `ingest.xlsx_too_large`.
 */
export async function* readSheet(
  input: AsyncIterable<Uint8Array>,
  options: SheetOptions,
  info: SheetInfo,
): AsyncGenerator<SheetRow[]> {
  const entries = new Map<string, Entry>();
  const order: Entry[] = [];
  let expanded = 0;
  let held = 0;
  let mimetype = "";

  // What the workbook says, as its parts are read.
  let workbookPart = "xl/workbook.xml";
  let rootRelsRead = false;
  let workbook: { sheets: SheetEntry[]; date1904: boolean } | undefined;
  let workbookRels: Relationship[] | undefined;
  let stringsPart: string | undefined;
  let stylesPart: string | undefined;
  let target: string | undefined;
  let strings: SharedStringsHandler | undefined;
  let dateStyles: boolean[] = [];
  let stylesRead = false;
  let sheet: SheetHandler | undefined;
  const worksheetParts = new Set<string>();

  /** The CRC-32 of the entries, once the central directory is read. */
  let crcs: Map<string, number> | undefined;
  const tooLarge = () => new IngestStop("ingest.xlsx_too_large", { maximum: options.maxBytes });

  const useOf = (key: string): Use => {
    if (key.endsWith(".rels")) return Use.Whole;
    if (key === workbookPart || (!rootRelsRead && /(^|\/)workbook\.xml$/.test(key))) return Use.Whole;
    if (workbookRels !== undefined) {
      if (key === stylesPart) return Use.Whole;
      if (key === stringsPart) return Use.Strings;
      if (key === target) return Use.Sheet;
      if (target === undefined && worksheetParts.has(key)) return Use.Hold;
      return Use.Drop;
    }
    if (/(^|\/)styles\.xml$/.test(key)) return Use.Whole;
    if (/(^|\/)sharedstrings\.xml$/.test(key)) return Use.Strings;
    if (/(^|\/)worksheets\/[^/]+\.xml$/.test(key)) return Use.Hold;
    return Use.Drop;
  };

  const unzip = new Unzip((file: UnzipFile) => {
    const key = partKey(file.name);
    const entry: Entry = {
      name: file.name,
      key,
      compression: file.compression,
      use: key === "mimetype" ? Use.Whole : useOf(key),
      chunks: [],
      offset: 0,
      complete: false,
      done: false,
      error: undefined,
      inflater: undefined,
      decoder: undefined,
      text: "",
      scanner: undefined,
      crc: 0,
    };
    entries.set(key, entry);
    order.push(entry);
    file.ondata = (err, data, final) => {
      if (err !== null) {
        entry.error = err.message;
        entry.complete = true;
        return;
      }
      if (entry.use !== Use.Drop && data.length > 0) {
        entry.chunks.push(data);
        if (entry.use === Use.Hold || entry.use === Use.Sheet) held += data.length;
      }
      if (final) entry.complete = true;
    };
    if (file.compression !== 0 && file.compression !== 8) {
      entry.error = `compression method ${file.compression} is not supported`;
      entry.complete = true;
      return;
    }
    file.start();
  });
  unzip.register(UnzipPassThrough);
  unzip.register(RawDeflate);

  /** Inflate the bytes of an entry that have arrived, at most `SLICE` compressed bytes at a time; `false` when none are left. */
  const step = (entry: Entry, sink: (text: string, final: boolean) => void): boolean => {
    if (entry.error !== undefined) {
      throw new IngestStop("ingest.xlsx_corrupt", { reason: `${entry.name}: ${entry.error}`.slice(0, 200) });
    }
    const first = entry.chunks[0];
    if (first === undefined) {
      if (entry.complete && !entry.done) {
        entry.done = true;
        if (entry.compression === 8 && entry.inflater !== undefined) {
          try {
            entry.inflater.push(new Uint8Array(0), true);
          } catch (error) {
            throw corrupt(entry, error);
          }
        }
        const expected = crcs?.get(entry.key);
        if (expected !== undefined && expected !== entry.crc) {
          throw new IngestStop("ingest.xlsx_corrupt", {
            reason: `${entry.name} is damaged (its CRC-32 does not match)`,
          });
        }
        sink(entry.decoder?.decode() ?? "", true);
      }
      return false;
    }
    const slice = first.subarray(entry.offset, entry.offset + SLICE);
    entry.offset += slice.length;
    if (entry.offset >= first.length) {
      entry.chunks.shift();
      entry.offset = 0;
    }
    if (entry.use === Use.Sheet) held -= slice.length;
    entry.decoder ??= new TextDecoder("utf-8", { ignoreBOM: false });
    const decoder = entry.decoder;
    const out = (data: Uint8Array) => {
      expanded += data.length;
      if (expanded > options.maxBytes) throw tooLarge();
      entry.crc = crc32(entry.crc, data);
      const text = decoder.decode(data, { stream: true });
      if (text !== "") sink(text, false);
    };
    if (entry.compression === 0) out(slice);
    else {
      entry.inflater ??= new Inflate((data) => out(data));
      try {
        entry.inflater.push(slice, false);
      } catch (error) {
        if (error instanceof IngestStop) throw error;
        throw corrupt(entry, error);
      }
    }
    return true;
  };

  const corrupt = (entry: Entry, error: unknown) =>
    new IngestStop("ingest.xlsx_corrupt", {
      reason: `${entry.name}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 200),
    });

  /** Read what has arrived of a part read whole; its text once complete. */
  const readWhole = (entry: Entry): string | undefined => {
    let finished = false;
    while (
      step(entry, (text, final) => {
        entry.text += text;
        if (entry.text.length > MAX_SMALL_PART) throw tooLarge();
        if (final) finished = true;
      })
    ) {
      // read on
    }
    return finished ? entry.text : undefined;
  };

  const chooseSheet = (): void => {
    if (workbook === undefined || workbookRels === undefined || target !== undefined) return;
    const byId = new Map(workbookRels.map((r) => [r.id, r]));
    const sheets = workbook.sheets.filter((s) => byId.get(s.relId)?.type === REL_WORKSHEET);
    if (sheets.length === 0) throw new IngestStop("ingest.xlsx_no_sheet", {});
    let chosen: SheetEntry | undefined;
    if (options.sheet !== undefined) {
      const wanted = options.sheet.normalize("NFC").trim().toLowerCase();
      chosen =
        sheets.find((s) => s.name === options.sheet) ??
        sheets.find((s) => s.name.normalize("NFC").trim().toLowerCase() === wanted);
      if (chosen === undefined) {
        throw new IngestStop("ingest.xlsx_sheet_not_found", {
          sheet: options.sheet,
          sheets: sheets
            .map((s) => `“${s.name}”`)
            .join(", ")
            .slice(0, 300),
        });
      }
    } else chosen = sheets.find((s) => !s.hidden) ?? sheets[0];
    const rel = byId.get((chosen as SheetEntry).relId) as Relationship;
    target = rel.target;
    info.sheet = (chosen as SheetEntry).name;
    for (const e of order) {
      if (e.use === Use.Hold) {
        if (e.key === target) e.use = Use.Sheet;
        else {
          for (const c of e.chunks) held -= c.length;
          e.use = Use.Drop;
          e.chunks = [];
        }
      }
    }
  };

  /** Read the parts that can be read now; the sheet's rows as they come. */
  function* drain(atEnd: boolean): Generator<SheetRow[]> {
    for (const entry of order) {
      if (entry.done || entry.use === Use.Drop || entry.use === Use.Hold || entry.use === Use.Sheet) continue;
      if (entry.use === Use.Strings) {
        if (stringsPart !== undefined && entry.key !== stringsPart) {
          entry.use = Use.Drop;
          entry.chunks = [];
          continue;
        }
        strings ??= new SharedStringsHandler();
        const handler = strings;
        entry.scanner ??= new XmlScanner(handler, MAX_PENDING);
        const scanner = entry.scanner;
        while (step(entry, (text, final) => scanner.push(text, final))) {
          // read on
        }
        continue;
      }
      const text = readWhole(entry);
      if (text === undefined) continue;
      entry.text = "";
      if (entry.key === "mimetype") mimetype = text.trim();
      else if (entry.key === "_rels/.rels") {
        rootRelsRead = true;
        const office = parseRels(text, "").find((r) => r.type === REL_OFFICE_DOCUMENT);
        if (office !== undefined) workbookPart = office.target;
      } else if (entry.key === relsOf(workbookPart)) {
        workbookRels = parseRels(text, workbookPart);
        for (const r of workbookRels) {
          if (r.type === REL_WORKSHEET) worksheetParts.add(r.target);
          else if (r.type === REL_SHARED_STRINGS) stringsPart ??= r.target;
          else if (r.type === REL_STYLES) stylesPart ??= r.target;
        }
        // Entries that came before the relationships, seen again in their light.
        for (const e of order) {
          if (e.done || e.use === Use.Whole) continue;
          const use = useOf(e.key);
          if (use === Use.Drop) {
            if (e.use === Use.Hold || e.use === Use.Sheet) for (const c of e.chunks) held -= c.length;
            e.chunks = [];
          }
          if (e.use !== Use.Strings || use === Use.Drop) e.use = use;
        }
      } else if (entry.key === workbookPart) {
        workbook = parseWorkbook(text);
      } else if (stylesPart !== undefined ? entry.key === stylesPart : /(^|\/)styles\.xml$/.test(entry.key)) {
        dateStyles = parseStyles(text);
        stylesRead = true;
      }
      chooseSheet();
    }
    if (held > options.maxBytes) throw tooLarge();
    // The sheet, once what it refers to is read (or the archive has no more to give).
    if (target === undefined) return;
    const entry = entries.get(target);
    if (entry === undefined || entry.use !== Use.Sheet || entry.done) return;
    const stringsDone = stringsPart === undefined || entries.get(stringsPart)?.done === true;
    const stylesDone = stylesPart === undefined || stylesRead;
    if (!atEnd && !(stringsDone && stylesDone)) return;
    if (sheet === undefined) {
      sheet = new SheetHandler(strings?.strings ?? [], dateStyles, workbook?.date1904 ?? false);
      entry.scanner = new XmlScanner(sheet, MAX_PENDING);
    }
    const handler = sheet;
    const scanner = entry.scanner as XmlScanner;
    while (
      step(entry, (text, final) => {
        info.chars += text.length;
        scanner.push(text, final);
      })
    ) {
      if (handler.rows.length >= ROWS_PER_BATCH) yield handler.rows.splice(0);
    }
    if (handler.rows.length > 0) yield handler.rows.splice(0);
  }

  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      throw new IngestStop("ingest.xlsx_corrupt", {
        reason: (error instanceof Error ? error.message : String(error)).slice(0, 200),
      });
    }
  };

  // The last bytes of the archive, where its central directory is, to check the entries read against it.
  const TAIL = 1024 * 1024;
  const recent: Uint8Array[] = [];
  let recentBytes = 0;
  let total = 0;
  for await (const chunk of input) {
    total += chunk.length;
    recent.push(chunk);
    recentBytes += chunk.length;
    while (recent.length > 1 && recentBytes - (recent[0] as Uint8Array).length >= TAIL) {
      recentBytes -= (recent.shift() as Uint8Array).length;
    }
    for (let at = 0; at < chunk.length; at += 1024 * 1024) {
      push(chunk.subarray(at, at + 1024 * 1024), false);
      yield* drain(false);
    }
  }
  push(new Uint8Array(0), true);
  const tail = new Uint8Array(recentBytes);
  let filled = 0;
  for (const c of recent) {
    tail.set(c, filled);
    filled += c.length;
  }
  crcs = centralCrcs(tail, total);
  yield* drain(true);
  // Parts that were still waiting for another are read now that nothing more comes.
  for (const entry of order) if (!entry.done && entry.use !== Use.Drop) entry.complete = true;
  yield* drain(true);

  // Every entry read is checked against the CRC-32 its archive gives (deflate has no check of its own).
  for (const entry of order) {
    const expected = crcs?.get(entry.key);
    if (entry.done && expected !== undefined && expected !== entry.crc) {
      throw new IngestStop("ingest.xlsx_corrupt", { reason: `${entry.name} is damaged (its CRC-32 does not match)` });
    }
  }
  if (workbook === undefined) {
    if (order.length === 0) throw new IngestStop("ingest.xlsx_corrupt", { reason: "no file found in the zip archive" });
    throw new IngestStop("ingest.xlsx_not_workbook", {
      what: mimetype.includes("opendocument.spreadsheet")
        ? "ods"
        : order.some((e) => e.key === "xl/workbook.bin")
          ? "xlsb"
          : order.some((e) => e.key.startsWith("word/"))
            ? "docx"
            : "zip",
    });
  }
  if (workbookRels === undefined)
    throw new IngestStop("ingest.xlsx_corrupt", { reason: `${relsOf(workbookPart)} is missing` });
  chooseSheet();
  const part = target === undefined ? undefined : entries.get(target);
  if (part === undefined) throw new IngestStop("ingest.xlsx_corrupt", { reason: `the part ${target} is missing` });
}
