import { parse as parseCsv } from "csv-parse/sync";
import type { IngestIssueCode } from "./messages.js";

/** Input of an import: the whole text, or a stream of text or UTF-8 byte chunks (a Node `Readable` qualifies). */
export type IngestInput = string | AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;

/** One record read from the input, before mapping. */
export type RawRecord =
  | { readonly kind: "fields"; readonly fields: readonly string[]; readonly raw: string; readonly line: number }
  | { readonly kind: "object"; readonly value: unknown; readonly raw: string; readonly line: number }
  | {
      readonly kind: "broken";
      readonly code: IngestIssueCode;
      readonly params?: Readonly<Record<string, string | number>>;
      readonly raw: string;
      readonly line: number;
    };

/** Text chunks of an input, decoded from UTF-8 without failing: invalid bytes become U+FFFD, which rows then report. */
export async function* textChunks(input: IngestInput): AsyncGenerator<string> {
  if (typeof input === "string") {
    yield input;
    return;
  }
  const decoder = new TextDecoder("utf-8", { fatal: false, ignoreBOM: true });
  for await (const chunk of input as AsyncIterable<string | Uint8Array>) {
    if (typeof chunk === "string") yield chunk;
    else if (chunk instanceof Uint8Array) {
      const text = decoder.decode(chunk, { stream: true });
      if (text !== "") yield text;
    }
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

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

function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("\n", from); i !== -1 && i < to; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/** The number of fields of one CSV record, following the quoting rules of {@link CsvSplitter}. */
function countFields(text: string, delim: number): number {
  let n = 1;
  let inQuote = false;
  let fieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inQuote) {
      if (c === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) i++;
        else inQuote = false;
      }
      continue;
    }
    if (c === QUOTE && fieldStart) inQuote = true;
    if (c === delim) n++;
    fieldStart = c === delim;
  }
  return n;
}

/** The number of delimiters in a text, quotes ignored. */
function countDelimiters(text: string, delim: number): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === delim) n++;
  return n;
}

/** A record text found by {@link CsvSplitter}, or a line it could not make a record of. */
export type CsvPiece =
  | { readonly kind: "text"; readonly text: string; readonly line: number }
  | { readonly kind: "broken"; readonly code: IngestIssueCode; readonly raw: string; readonly line: number };

/**
 * Splits CSV text into record texts, following quotes, and recovers from
 * unbalanced quotes and oversized records without losing a line: a quote still
 * open at the end of the input (or after `maxRecordLength` characters) makes
 * the first line of its record a broken record, and reading resumes on the
 * next line; an unquoted line longer than `maxRecordLength` is one broken
 * record (its first 1,000 characters are kept).
 */
export class CsvSplitter {
  private buf = "";
  private pos = 0;
  private start = 0;
  private inQuote = false;
  private fieldStart = true;
  /** Line number of the record starting at `start`. */
  private line = 1;
  /** Inside an oversized unquoted line, dropping characters until its end. */
  private skipping = false;
  private readonly delim: number;
  /** Fields a record must have (the header's count unless given); a record spanning lines with another count is an unbalanced quote. */
  private expectedFields: number | undefined;

  constructor(
    delimiter: string,
    private readonly maxRecordLength: number,
    expectedFields?: number,
  ) {
    this.delim = delimiter.charCodeAt(0);
    this.expectedFields = expectedFields;
  }

  /** Add text and return the pieces complete so far; `done` marks the end of the input. */
  push(text: string, done: boolean): CsvPiece[] {
    const out: CsvPiece[] = [];
    this.buf += text;
    for (;;) {
      this.scan(done, out);
      const length = this.pos - this.start;
      if (length > this.maxRecordLength) {
        if (this.inQuote) out.push(this.recoverFirstLine());
        else {
          out.push({
            kind: "broken",
            code: "ingest.record_too_large",
            raw: this.buf.slice(this.start, this.start + 1000),
            line: this.line,
          });
          this.skipping = true;
          this.start = this.pos;
        }
        continue;
      }
      if (done && this.pos >= this.buf.length) {
        if (this.inQuote) {
          out.push(this.recoverFirstLine());
          continue;
        }
        if (!this.skipping) {
          let rest = this.buf.slice(this.start);
          if (rest.endsWith("\r")) rest = rest.slice(0, -1);
          if (rest.includes("\n") && this.expectedFields !== undefined && !this.plausible(rest)) {
            out.push(this.recoverFirstLine());
            continue;
          }
          if (rest.trim() !== "") out.push({ kind: "text", text: rest, line: this.line });
        }
        this.buf = "";
        this.pos = 0;
        this.start = 0;
        return out;
      }
      break;
    }
    if (this.start > 0) {
      this.buf = this.buf.slice(this.start);
      this.pos -= this.start;
      this.start = 0;
    }
    return out;
  }

  private scan(done: boolean, out: CsvPiece[]): void {
    const buf = this.buf;
    const len = buf.length;
    const delim = this.delim;
    const max = this.maxRecordLength;
    let pos = this.pos;
    while (pos < len) {
      const c = buf.charCodeAt(pos);
      if (this.skipping) {
        const nl = buf.indexOf("\n", pos);
        if (nl === -1) {
          pos = len;
          this.start = len;
          break;
        }
        this.skipping = false;
        pos = nl + 1;
        this.start = pos;
        this.line++;
        this.fieldStart = true;
        continue;
      }
      if (this.inQuote) {
        if (c === QUOTE) {
          if (pos + 1 >= len && !done) break; // the next character decides
          if (buf.charCodeAt(pos + 1) === QUOTE) pos += 2;
          else {
            this.inQuote = false;
            pos++;
          }
          continue;
        }
        pos++;
        if (pos - this.start > max) break;
        continue;
      }
      if (c === LF) {
        let end = pos;
        if (end > this.start && buf.charCodeAt(end - 1) === CR) end--;
        const text = buf.slice(this.start, end);
        const recordLine = this.line;
        const lines = countLines(buf, this.start, pos);
        if (lines > 0 && this.expectedFields !== undefined && !this.plausible(text)) {
          // A quoted field running over line ends without giving a well-formed record: an unbalanced quote.
          this.pos = pos;
          out.push(this.recoverFirstLine());
          pos = this.pos;
          continue;
        }
        this.line += 1 + lines;
        pos++;
        this.start = pos;
        this.fieldStart = true;
        if (text.trim() !== "") {
          this.expectedFields ??= countFields(text, delim);
          out.push({ kind: "text", text, line: recordLine });
        }
        continue;
      }
      if (c === QUOTE && this.fieldStart) this.inQuote = true;
      this.fieldStart = c === delim;
      pos++;
      if (pos - this.start > max) break;
    }
    this.pos = pos;
  }

  /**
   * Whether a record spanning several lines is a real multi-line record: it
   * has the expected number of fields and none of its continuation lines is a
   * whole record by itself (which would mean a stray quote swallowed rows).
   */
  private plausible(text: string): boolean {
    const expected = this.expectedFields ?? 0;
    if (countFields(text, this.delim) !== expected) return false;
    const lines = text.split("\n");
    for (let k = 1; k < lines.length; k++) {
      const line = lines[k] as string;
      if (Math.max(countFields(line, this.delim), countDelimiters(line, this.delim) + 1) >= expected) return false;
    }
    return true;
  }

  private recoverFirstLine(): CsvPiece {
    const nl = this.buf.indexOf("\n", this.start);
    const end = nl === -1 ? this.buf.length : nl;
    let raw = this.buf.slice(this.start, end);
    if (raw.endsWith("\r")) raw = raw.slice(0, -1);
    const line = this.line;
    this.line++;
    this.start = nl === -1 ? this.buf.length : nl + 1;
    this.pos = this.start;
    this.inQuote = false;
    this.fieldStart = true;
    return { kind: "broken", code: "ingest.csv_unbalanced_quote", raw, line };
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

/**
 * Parse record texts into fields with csv-parse, the whole batch at once;
 * when the batch does not parse into exactly one record per text, each text is
 * parsed alone and a text that fails becomes a broken record.
 */
export function parseCsvRecords(pieces: readonly CsvPiece[], delimiter: string): RawRecord[] {
  const texts: string[] = [];
  for (const p of pieces) if (p.kind === "text") texts.push(p.text);
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
      out.push({ kind: "broken", code: p.code, raw: p.raw, line: p.line });
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

  /** Add text and return the complete records so far; `done` marks the end of the input. */
  push(text: string, done: boolean): RawRecord[] {
    this.buf += text;
    const out: RawRecord[] = [];
    let start = 0;
    for (;;) {
      const nl = this.buf.indexOf("\n", start);
      if (nl === -1) break;
      this.emit(this.buf.slice(start, nl), out);
      start = nl + 1;
    }
    this.buf = this.buf.slice(start);
    if (done) {
      this.emit(this.buf, out);
      this.buf = "";
    }
    return out;
  }

  private emit(text: string, out: RawRecord[]): void {
    const line = this.line++;
    const raw = text.endsWith("\r") ? text.slice(0, -1) : text;
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

/**
 * Splits a JSON array (`[ {...}, {...} ]`) into its elements as it streams,
 * following strings and nesting; each element is parsed alone, so one bad
 * element is one broken record. Text after the closing bracket, or an array
 * that never closes, ends as a broken record too.
 */
export class JsonArraySplitter {
  private buf = "";
  private pos = 0;
  private start = -1;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private opened = false;
  private closed = false;
  private line = 1;
  private startLine = 1;

  constructor(private readonly maxRecordLength: number) {}

  /** Add text and return the complete elements so far; `done` marks the end of the input. */
  push(text: string, done: boolean): RawRecord[] {
    this.buf += text;
    const out: RawRecord[] = [];
    const buf = this.buf;
    const len = buf.length;
    let pos = this.pos;
    while (pos < len) {
      const ch = buf[pos] as string;
      if (ch === "\n") this.line++;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (ch === "\\") this.escaped = true;
        else if (ch === '"') this.inString = false;
        pos++;
        continue;
      }
      if (!this.opened) {
        if (ch === "[") this.opened = true;
        pos++;
        continue;
      }
      if (this.closed) {
        if (!/\s/.test(ch) && this.start === -1) {
          this.start = pos;
          this.startLine = this.line;
        }
        pos++;
        continue;
      }
      if (this.start === -1) {
        if (ch === "]") this.closed = true;
        else if (ch !== "," && !/\s/.test(ch)) {
          this.start = pos;
          this.startLine = this.line;
          this.depth = 0;
          continue;
        }
        pos++;
        continue;
      }
      if (ch === '"') this.inString = true;
      else if (ch === "{" || ch === "[") this.depth++;
      else if (ch === "}" || ch === "]") {
        if (this.depth === 0) {
          // `]` closing the array after a scalar element
          out.push(jsonRecord(buf.slice(this.start, pos).trim(), this.startLine));
          this.start = -1;
          this.closed = true;
          pos++;
          continue;
        }
        this.depth--;
        if (this.depth === 0) {
          out.push(jsonRecord(buf.slice(this.start, pos + 1), this.startLine));
          this.start = -1;
          pos++;
          continue;
        }
      } else if (ch === "," && this.depth === 0) {
        out.push(jsonRecord(buf.slice(this.start, pos).trim(), this.startLine));
        this.start = -1;
      }
      pos++;
      if (this.start !== -1 && pos - this.start > this.maxRecordLength) {
        out.push({
          kind: "broken",
          code: "ingest.record_too_large",
          raw: buf.slice(this.start, this.start + 1000),
          line: this.startLine,
        });
        // Give up on the array: the rest cannot be split reliably.
        this.start = -1;
        this.closed = true;
        this.opened = true;
        pos = len;
      }
    }
    if (done) {
      if (this.start !== -1) {
        const raw = buf.slice(this.start).trim();
        out.push(
          this.closed
            ? {
                kind: "broken",
                code: "ingest.json_malformed",
                params: { reason: "text after the array" },
                raw,
                line: this.startLine,
              }
            : jsonRecord(raw, this.startLine),
        );
      }
      this.buf = "";
      this.pos = 0;
      this.start = -1;
      return out;
    }
    const keep = this.start === -1 ? pos : this.start;
    this.buf = buf.slice(keep);
    this.pos = pos - keep;
    if (this.start !== -1) this.start -= keep;
    return out;
  }
}
