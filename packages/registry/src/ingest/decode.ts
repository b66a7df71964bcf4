import * as z from "zod";
import type { IngestIssueCode } from "./messages.js";

/**
 * The text encodings {@link ingest} reads, and `auto` (the default): a
 * byte-order mark decides, else valid UTF-8 is UTF-8, else a single-byte
 * Windows code page is guessed (`windows-1256` when the bytes look like Arabic
 * words, otherwise `windows-1252`).
 */
export const IngestEncoding = z.enum(["auto", "utf-8", "utf-16le", "utf-16be", "windows-1256", "windows-1252"]);

/** An encoding option of {@link ingest}; see {@link IngestEncoding}. */
export type IngestEncodingValue = z.infer<typeof IngestEncoding>;

/** What a binary input looks like. */
export type BinaryKind = "xlsx" | "xls" | "pdf" | "gzip" | "binary";

/** A problem of the input as a whole, raised while decoding it; {@link ingest} turns it into an issue. */
export class IngestStop extends Error {
  /**
   * @param code - the issue code (`ingest.binary_input`, `ingest.invalid_chunk`).
   * @param params - the parameters of its message.
   */
  constructor(
    readonly code: IngestIssueCode,
    readonly params: Readonly<Record<string, string | number>>,
  ) {
    super(code);
  }
}

/** How the input was decoded. */
export interface DecodingInfo {
  /** The encoding used for bytes (`undefined` while none was read, or when the input is text). */
  encoding: Exclude<IngestEncodingValue, "auto"> | undefined;
  /** `true` when the encoding was guessed (no byte-order mark, not valid UTF-8, not given). */
  guessed: boolean;
}

/** Bytes read before the encoding is decided. */
const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (bytes[i] !== prefix[i]) return false;
  return true;
}

/**
 * What the first bytes of an input say when it is not text: a zip archive
 * (an `.xlsx` workbook), an OLE2 file (an `.xls` workbook), a PDF, a gzip file,
 * or NUL bytes in the first kilobyte (skipped for UTF-16).
 *
 * @param bytes - the first bytes of the input.
 * @param utf16 - whether the input is UTF-16, whose text holds NUL bytes.
 * @returns the kind of binary file, or `undefined` for text.
 * @example
 * ```ts
 * binaryKind(new Uint8Array([0x50, 0x4b, 3, 4]), false); // "xlsx"
 * ```
 */
export function binaryKind(bytes: Uint8Array, utf16: boolean): BinaryKind | undefined {
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return "xlsx";
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return "xls";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "pdf";
  if (startsWith(bytes, [0x1f, 0x8b])) return "gzip";
  if (!utf16) {
    const end = Math.min(bytes.length, 1024);
    for (let i = 0; i < end; i++) if (bytes[i] === 0) return "binary";
  }
  return undefined;
}

/** The same checks on text already decoded (a file read as a string). */
function binaryKindOfText(text: string): BinaryKind | undefined {
  if (text.startsWith("PK\u0003\u0004")) return "xlsx";
  if (text.startsWith("\u00D0\u00CF\u0011\u00E0") || text.startsWith("\uFFFD\uFFFD\u0011\uFFFD")) return "xls";
  if (text.startsWith("%PDF-")) return "pdf";
  return undefined;
}

/** The end of the longest prefix that does not cut a UTF-8 sequence (the whole length at the end of the input). */
function completeUtf8(bytes: Uint8Array, eof: boolean): number {
  const end = bytes.length;
  if (eof) return end;
  let i = end - 1;
  while (i >= 0 && i >= end - 3 && ((bytes[i] as number) & 0xc0) === 0x80) i--;
  if (i < 0) return end;
  const lead = bytes[i] as number;
  const need = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
  return end - i < need ? i : end;
}

/**
 * Whether bytes read as UTF-8: valid, or with a few invalid bytes among many
 * valid multi-byte sequences (a UTF-8 file with a damaged row). Text in a
 * single-byte code page almost never forms valid multi-byte sequences.
 */
function looksUtf8(bytes: Uint8Array, eof: boolean): boolean {
  const end = completeUtf8(bytes, eof);
  let multi = 0;
  let invalid = 0;
  let i = 0;
  while (i < end) {
    const b = bytes[i] as number;
    if (b < 0x80) {
      i++;
      continue;
    }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    let ok = need > 0 && i + need < end + 1;
    for (let k = 1; ok && k <= need; k++) ok = i + k < end && ((bytes[i + k] as number) & 0xc0) === 0x80;
    if (ok) {
      multi++;
      i += need + 1;
    } else {
      invalid++;
      i++;
    }
  }
  return invalid === 0 || multi >= invalid * 4;
}

/** UTF-16 without a byte-order mark: NUL bytes on one side of most ASCII characters. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const end = Math.min(bytes.length, 1024) & ~1;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = end / 2;
  if (pairs < 8) return undefined;
  if (odd >= pairs * 0.5 && even === 0) return "utf-16le";
  if (even >= pairs * 0.5 && odd === 0) return "utf-16be";
  return undefined;
}

/**
 * Guess the Windows code page of bytes that are not UTF-8: Arabic words in
 * windows-1256 are runs of bytes from 0xC1 up, French text in windows-1252 has
 * one accented letter at a time between ASCII letters.
 *
 * @param bytes - a sample of the input.
 * @returns `"windows-1256"` or `"windows-1252"`.
 * @example
 * ```ts
 * guessSingleByte(new Uint8Array([0xc7, 0xe1, 0xc7, 0xd3, 0xe3])); // "windows-1256" (الاسم)
 * ```
 */
export function guessSingleByte(bytes: Uint8Array): "windows-1256" | "windows-1252" {
  let high = 0;
  let inRuns = 0;
  let upperLatin = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (b < 0x80) continue;
    high++;
    if (b >= 0xc1 && b <= 0xdf && b !== 0xd7) upperLatin++;
    const prev = i > 0 ? (bytes[i - 1] as number) : 0;
    const next = i + 1 < bytes.length ? (bytes[i + 1] as number) : 0;
    if (prev >= 0x80 || next >= 0x80) inRuns++;
  }
  if (high === 0) return "windows-1252";
  // Arabic letters come in words; capital accented letters (0xC1–0xDF in windows-1252) are rare in French.
  return inRuns / high > 0.5 || upperLatin / high > 0.5 ? "windows-1256" : "windows-1252";
}

/** The encoding of the first bytes of an input: BOM, UTF-16 pattern, valid UTF-8, else a guess. */
function decide(bytes: Uint8Array, eof: boolean): { encoding: Exclude<IngestEncodingValue, "auto">; guessed: boolean } {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return { encoding: "utf-8", guessed: false };
  if (startsWith(bytes, [0xff, 0xfe])) return { encoding: "utf-16le", guessed: false };
  if (startsWith(bytes, [0xfe, 0xff])) return { encoding: "utf-16be", guessed: false };
  const utf16 = utf16WithoutBom(bytes);
  if (utf16 !== undefined) return { encoding: utf16, guessed: true };
  if (looksUtf8(bytes, eof)) return { encoding: "utf-8", guessed: false };
  return { encoding: guessSingleByte(bytes), guessed: true };
}

/** A chunk as bytes, or `undefined` when it is neither bytes nor a buffer of bytes. */
function asBytes(chunk: unknown): Uint8Array | undefined {
  if (chunk instanceof Uint8Array) return chunk;
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return undefined;
}

/** A short description of a value's type, for an issue. */
export function typeName(value: unknown): string {
  if (value === null) return "null";
  if (typeof value !== "object") return typeof value;
  try {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? name : "object";
  } catch {
    return "object";
  }
}

function concat(parts: readonly Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * Decode an input to text chunks. Text chunks are kept as they are; byte
 * chunks are decoded with the given encoding, or with the one found on the
 * first 64 KB (see {@link IngestEncoding}); a leading byte-order mark is
 * removed. Invalid bytes become U+FFFD, which rows then report.
 *
 * @param input - a string, or an (async) iterable of strings and bytes.
 * @param encoding - the encoding option of the import.
 * @param info - receives the encoding used.
 * @returns the text chunks.
 * @throws {@link IngestStop} when the input is a binary file or a chunk is neither text nor bytes;
 * errors of the source itself are passed on.
 */
export async function* decodeInput(
  input: string | AsyncIterable<unknown> | Iterable<unknown>,
  encoding: IngestEncodingValue,
  info: DecodingInfo,
): AsyncGenerator<string> {
  if (typeof input === "string") {
    const kind = binaryKindOfText(input);
    if (kind !== undefined) throw new IngestStop("ingest.binary_input", { kind });
    yield input;
    return;
  }
  let decoder: InstanceType<typeof TextDecoder> | undefined;
  let pending: Uint8Array[] = [];
  let pendingLength = 0;
  let first = true;
  const start = (bytes: Uint8Array, eof: boolean): string => {
    const chosen = encoding === "auto" ? decide(bytes, eof) : { encoding, guessed: false };
    const kind = binaryKind(bytes, chosen.encoding.startsWith("utf-16"));
    if (kind !== undefined) throw new IngestStop("ingest.binary_input", { kind });
    info.encoding = chosen.encoding;
    info.guessed = chosen.guessed;
    decoder = new TextDecoder(chosen.encoding, { fatal: false, ignoreBOM: false });
    first = false;
    return decoder.decode(bytes, { stream: !eof });
  };
  for await (const chunk of input as AsyncIterable<unknown>) {
    if (typeof chunk === "string") {
      if (first && pendingLength === 0) {
        const kind = binaryKindOfText(chunk);
        if (kind !== undefined) throw new IngestStop("ingest.binary_input", { kind });
        first = false;
      }
      if (decoder === undefined && pendingLength > 0) {
        const text = start(concat(pending, pendingLength), true);
        pending = [];
        pendingLength = 0;
        if (text !== "") yield text;
      } else if (decoder !== undefined) {
        const rest = decoder.decode();
        if (rest !== "") yield rest;
      }
      if (chunk !== "") yield chunk;
      continue;
    }
    const bytes = asBytes(chunk);
    if (bytes === undefined) throw new IngestStop("ingest.invalid_chunk", { type: typeName(chunk) });
    if (bytes.length === 0) continue;
    if (decoder === undefined) {
      pending.push(bytes);
      pendingLength += bytes.length;
      if (pendingLength < SNIFF_BYTES) continue;
      const text = start(concat(pending, pendingLength), false);
      pending = [];
      pendingLength = 0;
      if (text !== "") yield text;
      continue;
    }
    const text = decoder.decode(bytes, { stream: true });
    if (text !== "") yield text;
  }
  if (decoder === undefined) {
    if (pendingLength > 0) {
      const text = start(concat(pending, pendingLength), true);
      if (text !== "") yield text;
    }
    return;
  }
  const rest = decoder.decode();
  if (rest !== "") yield rest;
}

/** The containers a byte input may start with: a zip archive (`.xlsx`) or an OLE2 compound file (`.xls`, an encrypted workbook). */
export type Container = "zip" | "ole2";

/**
 * Look at the first bytes of an input for a zip archive or an OLE2 compound file, and give back an input
 * that yields every chunk again, from the first.
 *
 * @param input - the input of an import.
 * @returns the container found (`undefined` for text, or bytes that start otherwise) and the input to read.
 * @throws what the source throws while its first chunks are read.
 */
export async function sniffContainer(
  input: string | AsyncIterable<unknown> | Iterable<unknown>,
): Promise<{ readonly container: Container | undefined; readonly input: string | AsyncIterable<unknown> }> {
  if (typeof input === "string") return { container: undefined, input };
  const source = (async function* () {
    yield* input as AsyncIterable<unknown>;
  })();
  const head: unknown[] = [];
  const parts: Uint8Array[] = [];
  let length = 0;
  let ended = false;
  while (length < 8) {
    const next = await source.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    head.push(next.value);
    const bytes = asBytes(next.value);
    if (bytes === undefined) break;
    parts.push(bytes);
    length += bytes.length;
  }
  const first = concat(parts, length);
  const container =
    startsWith(first, [0x50, 0x4b, 0x03, 0x04]) || startsWith(first, [0x50, 0x4b, 0x05, 0x06])
      ? "zip"
      : startsWith(first, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])
        ? "ole2"
        : undefined;
  const replay = (async function* () {
    yield* head;
    if (!ended) yield* source;
  })();
  return { container, input: replay };
}

/**
 * The chunks of a byte input as bytes.
 *
 * @throws {@link IngestStop} `ingest.invalid_chunk` for a chunk that is not bytes.
 */
export async function* byteChunks(input: AsyncIterable<unknown>): AsyncGenerator<Uint8Array> {
  for await (const chunk of input) {
    const bytes = asBytes(chunk);
    if (bytes === undefined) throw new IngestStop("ingest.invalid_chunk", { type: typeName(chunk) });
    if (bytes.length > 0) yield bytes;
  }
}
