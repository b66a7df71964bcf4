import { parse as parseCsv } from "csv-parse/sync";
import type { IngestIssueCode } from "./messages.js";
import type { SheetCellInfo, SheetRow } from "./xlsx.js";

/**
 * Input of an import: the whole text, or a stream of text or byte chunks (a Node `Readable` qualifies); bytes
 * are decoded with the `encoding` option of {@link ingest}, detected by default.
 */
export type IngestInput = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** A record that could not be read, with the reason and the text it covers. */
export interface BrokenRecord {
  readonly kind: "broken";
  readonly code: IngestIssueCode;
  readonly params?: Readonly<Record<string, string | number>>;
  readonly raw: string;
  readonly line: number;
}

/** One record read from the input, before mapping. */
export type RawRecord =
  | {
      readonly kind: "fields";
      readonly fields: readonly string[];
      readonly raw: string;
      readonly line: number;
      /** For a row of a sheet: what its cells held beyond their text (numbers, dates, errors), by column. */
      readonly info?: readonly (SheetCellInfo | undefined)[] | undefined;
    }
  | { readonly kind: "object"; readonly value: unknown; readonly raw: string; readonly line: number }
  | BrokenRecord;

/** The text with a leading BOM removed, and the first non-blank character (or `""`). */
export function firstSignificant(text: string): string {
  const m = /[^\s\uFEFF]/.exec(text);
  return m === null ? "" : m[0];
}

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** The delimiter of a CSV header line: the most frequent of `,` `;` tab and `|` outside quotes (`,` by default). */
export function detectDelimiter(line: string): string {
  const counts = new Map<string, number>([
    [",", 0],
    [";", 0],
    ["\t", 0],
    ["|", 0],
  ]);
  let inQuote = false;
  for (const ch of line) {
    if (ch === '"') inQuote = !inQuote;
    else if (!inQuote && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = ",";
  let bestCount = 0;
  for (const [d, n] of counts) {
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** The first line of a text: up to its first CR or LF. */
export function firstLine(text: string): string {
  const m = /[\r\n]/.exec(text);
  return m === null ? text : text.slice(0, m.index);
}

/** The characters of a line up to its end or its first quote (sticky: read from `lastIndex`). */
const PLAIN_LINE = /[^"\r\n]*/y;

/** A record text found by {@link CsvScanner}, or a record it could not read. */
export type CsvPiece = { readonly kind: "text"; readonly text: string; readonly line: number } | BrokenRecord;

/** Where the scanner stands inside the current record. */
enum At {
  /** At the start of a field (after a delimiter or a line end). */
  FieldStart = 0,
  /** In a field that does not start with a quote. */
  Unquoted = 1,
  /** In a quoted field. */
  Quoted = 2,
  /** Just after the closing quote of a field: a delimiter or a line end must follow. */
  AfterQuote = 3,
}

/**
 * Finds CSV records in a stream of text, following RFC 4180 quoting: a field
 * that starts with `"` runs to the `"` that a delimiter or a line end follows
 * (`""` is a quote inside it), and may hold delimiters and line ends. Records
 * end with LF, CRLF or CR. A quote inside an unquoted field is an ordinary
 * character.
 *
 * @remarks No line is lost: a quoted field that the end of the input closes
 * (a quote never closed), or whose closing quote is followed by anything but a
 * delimiter or a line end, makes the first line of its record a broken record
 * (`ingest.csv_unbalanced_quote` when the field ran over lines,
 * `ingest.csv_malformed` otherwise), and reading starts again on the next
 * line. A record longer than `maxRecordLength` characters is one broken record
 * (`ingest.record_too_large`, its first 1,000 characters kept); reading goes
 * on after its end.
 */
export class CsvScanner {
  private buf = "";
  /** Next character to look at. */
  private pos = 0;
  /** Start of the current record. */
  private start = 0;
  private at: At = At.FieldStart;
  /** Line where the current record starts (1-based). */
  private line = 1;
  /** Line ends inside the current record before `pos`. */
  private breaks = 0;
  /** End of the first line of the current record, once seen. */
  private firstLineEnd = -1;
  /** Inside a record too large: its characters are dropped until its end. */
  private skipping = false;
  /** The current record has a closing quote followed by text on its first line. */
  private malformed = false;
  private readonly delim: number;

  constructor(
    private readonly delimiter: string,
    private readonly maxRecordLength: number,
  ) {
    this.delim = delimiter.charCodeAt(0);
  }

  /**
   * Add text and return the records complete so far.
   *
   * @param text - the next chunk of the input.
   * @param done - `true` at the end of the input.
   * @returns the record texts and broken records found, in input order.
   */
  push(text: string, done: boolean): CsvPiece[] {
    const out: CsvPiece[] = [];
    if (text !== "") this.buf += text;
    this.scan(done, out);
    if (done) {
      // Each quote still open at the end gives up its first line; what follows is read again.
      while (this.at === At.Quoted && !this.skipping) {
        this.recover(out);
        this.scan(true, out);
      }
      if (this.skipping) this.skipping = false;
      else if (this.start < this.buf.length) this.emit(this.buf.length, out);
      this.buf = "";
      this.pos = 0;
      this.start = 0;
      return out;
    }
    const keep = this.skipping ? this.pos : this.start;
    if (keep > 0) {
      this.buf = this.buf.slice(keep);
      this.pos -= keep;
      this.start -= keep;
      if (this.firstLineEnd !== -1) this.firstLineEnd -= keep;
      if (this.start < 0) this.start = 0;
    }
    return out;
  }

  /** Emit the current record, ending at `end`, and start the next one at `pos`. */
  private emit(end: number, out: CsvPiece[]): void {
    if (this.skipping) {
      // Reported when it grew too large.
    } else if (this.malformed) {
      out.push({
        kind: "broken",
        code: "ingest.csv_malformed",
        params: { reason: "quote" },
        raw: this.buf.slice(this.start, end),
        line: this.line,
      });
    } else {
      const text = this.buf.slice(this.start, end);
      // A blank line is not a record; a line of white space and delimiters is one (of empty cells).
      if (text.trim() !== "" || text.includes(this.delimiter)) out.push({ kind: "text", text, line: this.line });
    }
    this.skipping = false;
    this.malformed = false;
    this.line += this.breaks + 1;
    this.breaks = 0;
    this.firstLineEnd = -1;
    this.start = this.pos;
    this.at = At.FieldStart;
  }

  /** The first line of the current record is broken; start again on the next line. */
  private recover(out: CsvPiece[]): void {
    const code: IngestIssueCode = "ingest.csv_unbalanced_quote";
    const buf = this.buf;
    let end = this.firstLineEnd;
    if (end === -1) {
      const m = /[\r\n]/g;
      m.lastIndex = this.start;
      const found = m.exec(buf);
      end = found === null ? buf.length : found.index;
    }
    let next = end;
    if (buf.charCodeAt(next) === CR) {
      next++;
      if (buf.charCodeAt(next) === LF) next++;
    } else if (buf.charCodeAt(next) === LF) next++;
    out.push({ kind: "broken", code, raw: buf.slice(this.start, end), line: this.line });
    this.line++;
    this.breaks = 0;
    this.firstLineEnd = -1;
    this.start = next;
    this.pos = next;
    this.at = At.FieldStart;
  }

  private scan(done: boolean, out: CsvPiece[]): void {
    const delim = this.delim;
    const max = this.maxRecordLength;
    for (;;) {
      const buf = this.buf;
      const len = buf.length;
      let pos = this.pos;
      let stop = true;
      while (pos < len) {
        if (pos === this.start && this.at === At.FieldStart && !this.skipping) {
          // At the start of a record: a line without quotes is a whole record, found without the state machine.
          PLAIN_LINE.lastIndex = pos;
          PLAIN_LINE.test(buf);
          const end = PLAIN_LINE.lastIndex;
          const c = buf.charCodeAt(end);
          if (end - pos <= max && (c === LF || (c === CR && (end + 1 < len || done)))) {
            pos = end + (c === CR && buf.charCodeAt(end + 1) === LF ? 2 : 1);
            this.pos = pos;
            this.emit(end, out);
            continue;
          }
        }
        const c = buf.charCodeAt(pos);
        if (this.at === At.Quoted) {
          if (c === QUOTE) {
            if (pos + 1 >= len && !done) break; // the next character decides
            const n = buf.charCodeAt(pos + 1);
            if (n === QUOTE) {
              pos += 2;
              continue;
            }
            pos++;
            if (pos >= len || n === delim || n === CR || n === LF) {
              this.at = At.AfterQuote;
              continue;
            }
            if (this.skipping) {
              this.at = At.Unquoted;
              continue;
            }
            if (this.breaks === 0) {
              // A closing quote followed by text on the record's first line: the line is malformed.
              this.malformed = true;
              this.at = At.Unquoted;
              continue;
            }
            // The quoted field ran over lines and did not close well: a quote opened on the first line is unbalanced.
            this.pos = pos;
            this.recover(out);
            stop = false;
            break;
          }
          if (c === CR || c === LF) {
            if (c === CR && pos + 1 >= len && !done) break;
            if (this.firstLineEnd === -1) this.firstLineEnd = pos;
            this.breaks++;
            pos += c === CR && buf.charCodeAt(pos + 1) === LF ? 2 : 1;
          } else pos++;
        } else if (c === CR || c === LF) {
          if (c === CR && pos + 1 >= len && !done) break; // CRLF or CR alone
          const end = pos;
          pos += c === CR && buf.charCodeAt(pos + 1) === LF ? 2 : 1;
          this.pos = pos;
          this.emit(end, out);
          continue;
        } else {
          if (c === QUOTE && this.at === At.FieldStart) this.at = At.Quoted;
          else this.at = c === delim ? At.FieldStart : At.Unquoted;
          pos++;
        }
        if (!this.skipping && pos - this.start > max) {
          out.push({
            kind: "broken",
            code: "ingest.record_too_large",
            params: { maximum: max },
            raw: buf.slice(this.start, this.start + 1000),
            line: this.line,
          });
          this.skipping = true;
        }
      }
      if (stop) {
        this.pos = pos;
        return;
      }
    }
  }
}

/** csv-parse options shared by batch and single-record parsing. */
function csvOptions(delimiter: string) {
  return {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    bom: false,
    record_delimiter: "\n",
  } as const;
}

function reasonOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error && typeof error.code === "string")
    return error.code;
  return "unreadable";
}

/** What makes a record text need csv-parse: a quote or a line end. */
const NOT_PLAIN = /["\r\n]/;

/**
 * Parse record texts into fields with csv-parse, the whole batch at once;
 * when the batch does not parse into exactly one record per text, each text is
 * parsed alone and a text that fails becomes a broken record.
 */
export function parseCsvRecords(pieces: readonly CsvPiece[], delimiter: string): RawRecord[] {
  // A record text without a quote has no quoted field, and (the scanner ends records at line ends) no line
  // end: its fields are exactly its pieces between delimiters, which is what csv-parse gives for it. Only
  // the texts with quotes go through csv-parse.
  const texts: string[] = [];
  const splittable = !NOT_PLAIN.test(delimiter);
  const plain = (text: string): boolean => splittable && text !== "" && !NOT_PLAIN.test(text);
  for (const p of pieces) if (p.kind === "text" && !plain(p.text)) texts.push(p.text);
  let parsed: string[][] | undefined;
  if (texts.length > 0) {
    try {
      const records = parseCsv(texts.join("\n"), csvOptions(delimiter)) as string[][];
      if (records.length === texts.length) parsed = records;
    } catch {
      parsed = undefined;
    }
  }
  const out: RawRecord[] = [];
  let k = 0;
  for (const p of pieces) {
    if (p.kind === "broken") {
      out.push(p);
      continue;
    }
    if (plain(p.text)) {
      out.push({ kind: "fields", fields: p.text.split(delimiter), raw: p.text, line: p.line });
      continue;
    }
    const fromBatch = parsed?.[k];
    k++;
    if (fromBatch !== undefined) {
      out.push({ kind: "fields", fields: fromBatch, raw: p.text, line: p.line });
      continue;
    }
    try {
      const one = parseCsv(p.text, csvOptions(delimiter)) as string[][];
      const [fields] = one;
      if (one.length === 1 && fields !== undefined) out.push({ kind: "fields", fields, raw: p.text, line: p.line });
      else
        out.push({
          kind: "broken",
          code: "ingest.csv_malformed",
          params: { reason: `${one.length} records` },
          raw: p.text,
          line: p.line,
        });
    } catch (error) {
      out.push({
        kind: "broken",
        code: "ingest.csv_malformed",
        params: { reason: reasonOf(error) },
        raw: p.text,
        line: p.line,
      });
    }
  }
  return out;
}

/** Splits NDJSON text into lines; blank lines are not records. */
export class NdjsonSplitter {
  private buf = "";
  private line = 1;

  /**
   * Add text and return the complete records so far. Lines end with LF, CRLF or CR (JSON text holds no raw
   * line end).
   *
   * @param text - the next chunk of the input.
   * @param done - `true` at the end of the input.
   * @returns the parsed or broken records, in input order.
   */
  push(text: string, done: boolean): RawRecord[] {
    this.buf += text;
    const out: RawRecord[] = [];
    const buf = this.buf;
    const ends = /\r\n|\r|\n/g;
    let start = 0;
    for (let m = ends.exec(buf); m !== null; m = ends.exec(buf)) {
      // A CR at the end of a chunk may be the first half of a CRLF.
      if (m[0] === "\r" && m.index === buf.length - 1 && !done) break;
      this.emit(buf.slice(start, m.index), out);
      start = m.index + m[0].length;
    }
    this.buf = buf.slice(start);
    if (done) {
      this.emit(this.buf, out);
      this.buf = "";
    }
    return out;
  }

  private emit(raw: string, out: RawRecord[]): void {
    const line = this.line++;
    if (raw.trim() === "") return;
    out.push(jsonRecord(raw, line));
  }
}

function jsonRecord(raw: string, line: number): RawRecord {
  try {
    return { kind: "object", value: JSON.parse(raw) as unknown, raw, line };
  } catch (error) {
    const reason = error instanceof Error ? error.message.slice(0, 120) : "unreadable";
    return { kind: "broken", code: "ingest.json_malformed", params: { reason }, raw, line };
  }
}

const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const COMMA = 44;
const COLON = 58;
const BACKSLASH = 92;

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === LF || c === CR;
}

function isStructural(c: number): boolean {
  return (
    c === OPEN_OBJECT ||
    c === CLOSE_OBJECT ||
    c === OPEN_ARRAY ||
    c === CLOSE_ARRAY ||
    c === COMMA ||
    c === COLON ||
    c === QUOTE
  );
}

/** What the JSON grammar expects next inside an element. */
enum Expect {
  Value = 0,
  ValueOrClose = 1,
  Key = 2,
  KeyOrClose = 3,
  Colon = 4,
  CommaOrClose = 5,
}

/** Where the splitter stands in the array. */
enum Phase {
  /** Before the opening `[`. */
  Before = 0,
  /** Between elements: an element, a comma or `]`. */
  Between = 1,
  /** After an element: a comma or `]`. */
  AfterElement = 2,
  /** Inside an element. */
  Element = 3,
  /** Inside a malformed element, looking for the start of the next one. */
  Resync = 4,
  /** After the closing `]`. */
  After = 5,
}

/**
 * Splits a JSON array (`[ {...}, {...} ]`) into its elements as it streams,
 * following the JSON grammar (strings, nesting, keys, colons and commas); each
 * element is parsed alone, so one bad element is one broken record.
 *
 * @remarks A malformed element (a bracket that does not match, a missing
 * comma or colon, a line end inside a string) is a broken record up to the
 * next `{` that follows a comma and, when the elements start lines, starts a
 * line at the same indentation as the broken one: the elements after it are
 * read as usual. An element longer than `maxRecordLength` characters is one
 * broken record (`ingest.record_too_large`); reading goes on after its end.
 * Text after the closing bracket, or an array that never closes, ends as a
 * broken record too.
 */
export class JsonArraySplitter {
  private buf = "";
  private pos = 0;
  private phase: Phase = Phase.Before;
  private start = -1;
  private startLine = 1;
  /** Column of the element's start when it starts a line, else -1. */
  private startColumn = -1;
  private stack: number[] = [];
  private expect: Expect = Expect.Value;
  private inString = false;
  private stringIsKey = false;
  private escaped = false;
  private inScalar = false;
  /** The current element grew too large: reported, its text dropped until its end. */
  private dropping = false;
  private line = 1;
  private column = 0;
  private onlySpaceOnLine = true;
  /** The last character that is not white space. */
  private previous = 0;

  constructor(private readonly maxRecordLength: number) {}

  /**
   * Add text and return the complete elements so far.
   *
   * @param text - the next chunk of the input.
   * @param done - `true` at the end of the input.
   * @returns the elements (parsed or broken), in input order.
   */
  push(text: string, done: boolean): RawRecord[] {
    if (text !== "") this.buf += text;
    const out: RawRecord[] = [];
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    while (pos < len) {
      const c = buf.charCodeAt(pos);
      const advance = this.step(c, pos, out);
      if (!advance) continue;
      if (c === LF) {
        this.line++;
        this.column = 0;
        this.onlySpaceOnLine = true;
      } else {
        this.column++;
        if (!isSpace(c)) {
          this.onlySpaceOnLine = false;
          this.previous = c;
        }
      }
      pos++;
      this.pos = pos;
      if (
        (this.phase === Phase.Element || this.phase === Phase.Resync) &&
        !this.dropping &&
        pos - this.start > this.maxRecordLength
      ) {
        out.push({
          kind: "broken",
          code: "ingest.record_too_large",
          params: { maximum: this.maxRecordLength },
          raw: buf.slice(this.start, this.start + 1000),
          line: this.startLine,
        });
        this.dropping = true;
      }
    }
    this.pos = pos;
    if (done) {
      this.finish(out);
      this.buf = "";
      this.pos = 0;
      this.start = -1;
      return out;
    }
    const keep = this.start === -1 || this.dropping ? pos : this.start;
    if (keep > 0) {
      this.buf = buf.slice(keep);
      this.pos -= keep;
      if (this.start !== -1) this.start = Math.max(0, this.start - keep);
    }
    return out;
  }

  private finish(out: RawRecord[]): void {
    const rest = this.start === -1 ? "" : this.buf.slice(this.start);
    if (this.phase === Phase.Element && this.inScalar && this.stack.length === 0) {
      if (!this.dropping) out.push(jsonRecord(rest.trim(), this.startLine));
    } else if (this.phase === Phase.Element || this.phase === Phase.Resync) {
      if (!this.dropping) {
        const raw = rest.trim().replace(/\]$/, "").trimEnd();
        out.push(
          this.phase === Phase.Element
            ? jsonRecord(raw, this.startLine)
            : {
                kind: "broken",
                code: "ingest.json_malformed",
                params: { reason: "structure" },
                raw,
                line: this.startLine,
              },
        );
      }
    } else if (this.phase === Phase.After && this.start !== -1) {
      out.push({
        kind: "broken",
        code: "ingest.json_malformed",
        params: { reason: "text after the array" },
        raw: rest.trim(),
        line: this.startLine,
      });
    }
  }

  private begin(pos: number): void {
    this.start = pos;
    this.startLine = this.line;
    this.startColumn = this.onlySpaceOnLine ? this.column : -1;
    this.stack = [];
    this.expect = Expect.Value;
    this.inString = false;
    this.escaped = false;
    this.inScalar = false;
    this.dropping = false;
    this.phase = Phase.Element;
  }

  private endElement(end: number, out: RawRecord[]): void {
    if (!this.dropping) out.push(jsonRecord(this.buf.slice(this.start, end), this.startLine));
    this.start = -1;
    this.dropping = false;
    this.phase = Phase.AfterElement;
  }

  /** A value ended at `end` (exclusive). */
  private valueDone(end: number, out: RawRecord[]): void {
    if (this.stack.length === 0) this.endElement(end, out);
    else this.expect = Expect.CommaOrClose;
  }

  /** Process one character; `false` when it must be processed again (in the new state). */
  private step(c: number, pos: number, out: RawRecord[]): boolean {
    switch (this.phase) {
      case Phase.Before:
        if (c === OPEN_ARRAY) this.phase = Phase.Between;
        else if (!isSpace(c)) {
          // Not an array: its values are read as elements all the same, none is dropped.
          this.phase = Phase.Between;
          return false;
        }
        return true;
      case Phase.After:
        if (!isSpace(c) && this.start === -1) {
          this.start = pos;
          this.startLine = this.line;
        }
        return true;
      case Phase.Between:
      case Phase.AfterElement:
        if (isSpace(c)) return true;
        if (c === CLOSE_ARRAY) this.phase = Phase.After;
        else if (c === COMMA) this.phase = Phase.Between;
        else {
          // An element (after a missing comma too).
          this.begin(pos);
          return false;
        }
        return true;
      case Phase.Resync:
        if (
          c === OPEN_OBJECT &&
          this.previous === COMMA &&
          (this.startColumn === -1 || (this.onlySpaceOnLine && this.column === this.startColumn))
        ) {
          if (!this.dropping) {
            const raw = this.buf.slice(this.start, pos).trim().replace(/,$/, "").trimEnd();
            out.push({
              kind: "broken",
              code: "ingest.json_malformed",
              params: { reason: "structure" },
              raw,
              line: this.startLine,
            });
          }
          this.begin(pos);
          return false;
        }
        return true;
      default:
        return this.grammar(c, pos, out);
    }
  }

  /** The element is malformed: look again at this character for the start of the next one. */
  private malformed(): boolean {
    this.phase = Phase.Resync;
    return false;
  }

  private grammar(c: number, pos: number, out: RawRecord[]): boolean {
    if (this.inString) {
      if (this.escaped) this.escaped = false;
      else if (c === BACKSLASH) this.escaped = true;
      else if (c === QUOTE) {
        this.inString = false;
        if (this.stringIsKey) this.expect = Expect.Colon;
        else this.valueDone(pos + 1, out);
      } else if (c === LF || c === CR) return this.malformed();
      return true;
    }
    if (this.inScalar) {
      if (!isSpace(c) && !isStructural(c)) return true;
      this.inScalar = false;
      this.valueDone(pos, out);
      return false;
    }
    if (isSpace(c)) return true;
    const top = this.stack[this.stack.length - 1];
    switch (this.expect) {
      case Expect.Value:
      case Expect.ValueOrClose:
        if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
          this.stack.push(c);
          this.expect = c === OPEN_OBJECT ? Expect.KeyOrClose : Expect.ValueOrClose;
        } else if (c === QUOTE) {
          this.inString = true;
          this.stringIsKey = false;
        } else if (c === CLOSE_ARRAY && this.expect === Expect.ValueOrClose) {
          this.stack.pop();
          this.valueDone(pos + 1, out);
        } else if (isStructural(c)) return this.malformed();
        else this.inScalar = true;
        return true;
      case Expect.Key:
      case Expect.KeyOrClose:
        if (c === QUOTE) {
          this.inString = true;
          this.stringIsKey = true;
        } else if (c === CLOSE_OBJECT && this.expect === Expect.KeyOrClose) {
          this.stack.pop();
          this.valueDone(pos + 1, out);
        } else return this.malformed();
        return true;
      case Expect.Colon:
        if (c === COLON) this.expect = Expect.Value;
        else return this.malformed();
        return true;
      default:
        if (c === COMMA) this.expect = top === OPEN_OBJECT ? Expect.Key : Expect.Value;
        else if ((c === CLOSE_OBJECT && top === OPEN_OBJECT) || (c === CLOSE_ARRAY && top === OPEN_ARRAY)) {
          this.stack.pop();
          this.valueDone(pos + 1, out);
        } else return this.malformed();
        return true;
    }
  }
}

/** C0 control characters other than TAB, LF and CR. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to remove.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g;
/** A surrogate code unit that is not part of a pair. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters to find.
const NEEDS_SANITIZING = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF]/;

/**
 * Whether {@link sanitizeText} may change a text: it holds a control
 * character or a surrogate. When not, the text can be kept as it is.
 *
 * @param text - a cell, a key or a raw row.
 * @returns `false` when the text is certainly unchanged by {@link sanitizeText}.
 * @example
 * ```ts
 * needsSanitizing("جمعية الأمل"); // false
 * ```
 */
export function needsSanitizing(text: string): boolean {
  return NEEDS_SANITIZING.test(text);
}

/**
 * Text that PostgreSQL and JSON stores accept: U+0000 and the other C0
 * control characters except TAB, LF and CR removed, lone surrogates replaced
 * by U+FFFD.
 *
 * @param text - a cell, a key or a raw row.
 * @returns the text, and whether anything was changed.
 * @example
 * ```ts
 * sanitizeText("Amal\u0000"); // { text: "Amal", changed: true }
 * ```
 */
export function sanitizeText(text: string): { readonly text: string; readonly changed: boolean } {
  if (!NEEDS_SANITIZING.test(text)) return { text, changed: false };
  const out = text.replace(CONTROLS, "").replace(LONE_SURROGATE, "\uFFFD");
  return { text: out, changed: out !== text };
}

/**
 * {@link sanitizeText} on every string of a JSON value, keys included,
 * without recursion (any depth).
 *
 * @param value - a parsed JSON value.
 * @returns the cleaned value (the same value when nothing changed) and whether anything was changed.
 */
export function sanitizeValue(value: unknown): { readonly value: unknown; readonly changed: boolean } {
  if (typeof value === "string") {
    const s = sanitizeText(value);
    return { value: s.text, changed: s.changed };
  }
  if (typeof value !== "object" || value === null) return { value, changed: false };
  let changed = false;
  const clean = (s: string): string => {
    const r = sanitizeText(s);
    if (r.changed) changed = true;
    return r.text;
  };
  const root: { v: unknown } = { v: value };
  // Each entry: a container to fill, and the source it copies.
  const work: [Record<string, unknown> | unknown[], Record<string, unknown> | unknown[]][] = [];
  const copy = (v: unknown): unknown => {
    if (typeof v === "string") return clean(v);
    if (typeof v !== "object" || v === null) return v;
    const target: Record<string, unknown> | unknown[] = Array.isArray(v) ? [] : {};
    work.push([target, v as Record<string, unknown> | unknown[]]);
    return target;
  };
  root.v = copy(value);
  for (let item = work.pop(); item !== undefined; item = work.pop()) {
    const [target, source] = item;
    if (Array.isArray(source)) {
      const t = target as unknown[];
      for (const v of source) t.push(copy(v));
    } else {
      const t = target as Record<string, unknown>;
      for (const [k, v] of Object.entries(source)) {
        Object.defineProperty(t, clean(k), { value: copy(v), enumerable: true, writable: true, configurable: true });
      }
    }
  }
  return changed ? { value: root.v, changed } : { value, changed: false };
}

/**
 * The records of CSV text chunks: record texts found by {@link CsvScanner},
 * then split into fields by csv-parse.
 *
 * @param chunks - text chunks of the input.
 * @param delimiter - the field delimiter.
 * @param maxRecordLength - the longest record, in characters.
 * @returns every record (the header too) and every broken record, in input order.
 * @example
 * ```ts
 * for await (const r of csvRecords(["a,b\r1,\"x\ny\"\r"], ",", 1e6)) r; // fields ["a","b"], then ["1","x\ny"]
 * ```
 */
export async function* csvRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  delimiter: string,
  maxRecordLength: number,
): AsyncGenerator<RawRecord> {
  for await (const batch of csvRecordBatches(chunks, delimiter, maxRecordLength)) yield* batch;
}

/**
 * The records of CSV text chunks, as {@link csvRecords} gives them, in
 * batches: the records each chunk completes (none is empty).
 *
 * @param chunks - text chunks of the input.
 * @param delimiter - the field delimiter.
 * @param maxRecordLength - the longest record, in characters.
 * @returns batches of records, in input order.
 * @example
 * ```ts
 * for await (const batch of csvRecordBatches(["a,b\n1,2\n"], ",", 1e6)) batch.length; // 2
 * ```
 */
export async function* csvRecordBatches(
  chunks: AsyncIterable<string> | Iterable<string>,
  delimiter: string,
  maxRecordLength: number,
): AsyncGenerator<RawRecord[]> {
  const scanner = new CsvScanner(delimiter, maxRecordLength);
  const parse = (pieces: readonly CsvPiece[]): RawRecord[] => {
    if (pieces.length <= 2000) return parseCsvRecords(pieces, delimiter);
    const out: RawRecord[] = [];
    for (let i = 0; i < pieces.length; i += 2000) {
      for (const r of parseCsvRecords(pieces.slice(i, i + 2000), delimiter)) out.push(r);
    }
    return out;
  };
  for await (const chunk of chunks) {
    const batch = parse(scanner.push(chunk, false));
    if (batch.length > 0) yield batch;
  }
  const last = parse(scanner.push("", true));
  if (last.length > 0) yield last;
}

/** A cell written as CSV with `,` separators: quoted when it holds a comma, a quote or a line end. */
function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The records of a sheet's rows: the first row is the header (unless `width`, the number of columns given
 * by the `headers` option, is known), whose last header with text sets how many columns every row has:
 * shorter rows (Excel leaves out empty cells at the end) are filled with empty cells, and cells beyond the
 * last header are left out, as columns without a header are. A record's `raw` is its cells as one CSV line.
 *
 * @param rows - the rows of {@link readSheet}.
 * @param width - the number of columns when the headers are given, else `undefined`.
 * @param onBatch - called before each batch is handed on (to count what was read).
 */
export async function* sheetRecords(
  rows: AsyncIterable<readonly SheetRow[]>,
  width: number | undefined,
  onBatch: () => void,
): AsyncGenerator<RawRecord[]> {
  let columns = width;
  for await (const batch of rows) {
    const out: RawRecord[] = [];
    for (const row of batch) {
      let texts = row.texts;
      let info = row.info;
      if (columns === undefined) {
        let w = texts.length;
        while (w > 0 && texts[w - 1] === "") w--;
        columns = w;
      }
      if (texts.length > columns) {
        texts = texts.slice(0, columns);
        if (info !== undefined) info = info.slice(0, columns);
      } else while (texts.length < columns) texts.push("");
      let raw = "";
      for (let k = 0; k < texts.length; k++) {
        const t = texts[k] as string;
        raw += k === 0 ? csvCell(t) : `,${csvCell(t)}`;
      }
      out.push(
        info === undefined
          ? { kind: "fields", fields: texts, raw, line: row.line }
          : { kind: "fields", fields: texts, raw, line: row.line, info },
      );
    }
    onBatch();
    if (out.length > 0) yield out;
  }
}
