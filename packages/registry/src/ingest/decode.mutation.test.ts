import { describe, expect, it } from "vitest";
import { binaryKind, type DecodingInfo, decodeInput, guessSingleByte, IngestStop, typeName } from "./decode.js";

/** Decode an input to one string, with the decoding info. */
async function decode(
  input: Parameters<typeof decodeInput>[0],
  encoding: Parameters<typeof decodeInput>[1] = "auto",
): Promise<{ text: string; chunks: string[]; info: DecodingInfo }> {
  const info: DecodingInfo = { encoding: undefined, guessed: false };
  const chunks: string[] = [];
  for await (const c of decodeInput(input, encoding, info)) chunks.push(c);
  return { text: chunks.join(""), chunks, info };
}

/** The stop an input raises, as `[code, params]`, or `"no stop"`. */
async function stopOf(input: Parameters<typeof decodeInput>[0]): Promise<unknown> {
  try {
    await decode(input);
    return "no stop";
  } catch (error) {
    return error instanceof IngestStop ? [error.code, error.params] : "other error";
  }
}

const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);
/** UTF-16LE or UTF-16BE bytes of a text, without a byte-order mark. */
function utf16(s: string, le: boolean): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    out[2 * i + (le ? 0 : 1)] = u & 0xff;
    out[2 * i + (le ? 1 : 0)] = u >> 8;
  }
  return out;
}

describe("binaryKind: signatures and NUL bytes", () => {
  it("recognizes each signature exactly, even when the input is only the signature", () => {
    expect(binaryKind(bytes(0x50, 0x4b, 0x03, 0x04), false)).toBe("xlsx");
    expect(binaryKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1), false)).toBe("xls");
    expect(binaryKind(bytes(0x25, 0x50, 0x44, 0x46, 0x2d), false)).toBe("pdf");
    expect(binaryKind(bytes(0x1f, 0x8b), false)).toBe("gzip");
  });

  it("needs every byte of a signature", () => {
    expect(binaryKind(bytes(0x50, 0x4b, 0x03), false)).toBeUndefined();
    expect(binaryKind(bytes(0x50, 0x4b, 0x03, 0x05), false)).toBeUndefined();
    expect(binaryKind(bytes(0x51, 0x4b, 0x03, 0x04), false)).toBeUndefined();
    expect(binaryKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe2), false)).toBeUndefined();
    expect(binaryKind(bytes(0x25, 0x50, 0x44, 0x46, 0x2e), false)).toBeUndefined();
    expect(binaryKind(bytes(0x1f, 0x8c), false)).toBeUndefined();
    expect(binaryKind(bytes(0x1f), false)).toBeUndefined();
    expect(binaryKind(bytes(), false)).toBeUndefined();
  });

  it("looks for NUL bytes in the first kilobyte only, and not in UTF-16", () => {
    const late = new Uint8Array(2000).fill(0x41);
    late[1023] = 0;
    expect(binaryKind(late, false)).toBe("binary");
    late[1023] = 0x41;
    late[1024] = 0;
    expect(binaryKind(late, false)).toBeUndefined();
    expect(binaryKind(bytes(0, 0x41), false)).toBe("binary");
    expect(binaryKind(bytes(0x41, 0), true)).toBeUndefined();
    expect(binaryKind(bytes(0x41, 0x42), false)).toBeUndefined();
  });
});

describe("guessSingleByte: Arabic runs and French accents", () => {
  it("says windows-1252 for ASCII and for isolated accented letters", () => {
    expect(guessSingleByte(ascii("Nom,Ville"))).toBe("windows-1252");
    expect(guessSingleByte(bytes())).toBe("windows-1252");
    // "été à Fès": 0xE9, 0xE0 and 0xE8 each between ASCII letters.
    expect(guessSingleByte(bytes(0xe9, 0x74, 0xe9, 0x20, 0xe0, 0x20, 0x46, 0xe8, 0x73))).toBe("windows-1252");
  });

  it("says windows-1256 when more than half of the high bytes are in runs", () => {
    // Two of four high bytes in a run: exactly half is not more than half.
    expect(guessSingleByte(bytes(0x41, 0xe9, 0xe9, 0x41, 0xe8, 0x41, 0xe0, 0x41))).toBe("windows-1252");
    // Three of four.
    expect(guessSingleByte(bytes(0x41, 0xe9, 0xe9, 0xe9, 0x41, 0xe0, 0x41))).toBe("windows-1256");
    // A run at the very start and the very end of the sample.
    expect(guessSingleByte(bytes(0xe9, 0xe9, 0x41, 0xe0, 0xe0))).toBe("windows-1256");
  });

  it("counts a run through a high byte on either side", () => {
    // Each pair is a run: every high byte has a high neighbour on one side only.
    expect(guessSingleByte(bytes(0x41, 0xe9, 0xe9, 0x41))).toBe("windows-1256");
    expect(guessSingleByte(bytes(0x41, 0xe9, 0x41, 0xe9, 0x41, 0xe9, 0x41))).toBe("windows-1252");
  });

  it("says windows-1256 when most high bytes are 0xC1–0xDF (but 0xD7), even isolated", () => {
    expect(guessSingleByte(bytes(0x41, 0xc1, 0x41, 0xdf, 0x41, 0xc7, 0x41))).toBe("windows-1256");
    // 0xC0, 0xE0 and 0xD7 are not in the range.
    expect(guessSingleByte(bytes(0x41, 0xc0, 0x41, 0xe0, 0x41, 0xd7, 0x41))).toBe("windows-1252");
    // Exactly half in the range is not more than half.
    expect(guessSingleByte(bytes(0x41, 0xc7, 0x41, 0xe9, 0x41))).toBe("windows-1252");
    // 0x80 is a high byte (it counts in the total).
    expect(guessSingleByte(bytes(0x41, 0xc7, 0x41, 0xc7, 0x41, 0x80, 0x41))).toBe("windows-1256");
    expect(guessSingleByte(bytes(0x41, 0xc7, 0x41, 0x80, 0x41))).toBe("windows-1252");
    expect(guessSingleByte(bytes(0x41, 0xc7, 0x41, 0x7f, 0x41))).toBe("windows-1256");
  });
});

describe("decodeInput: text", () => {
  it("passes a string through and leaves the encoding unset", async () => {
    const r = await decode("Nom\nAmal");
    expect(r.chunks).toEqual(["Nom\nAmal"]);
    expect(r.info).toEqual({ encoding: undefined, guessed: false });
  });

  it("refuses text that is a workbook or a PDF read as a string", async () => {
    expect(await stopOf("PK\u0003\u0004rest")).toEqual(["ingest.binary_input", { kind: "xlsx" }]);
    expect(await stopOf("\u00D0\u00CF\u0011\u00E0rest")).toEqual(["ingest.binary_input", { kind: "xls" }]);
    expect(await stopOf("\uFFFD\uFFFD\u0011\uFFFDrest")).toEqual(["ingest.binary_input", { kind: "xls" }]);
    expect(await stopOf("%PDF-1.7")).toEqual(["ingest.binary_input", { kind: "pdf" }]);
    expect(await stopOf("PK\u0003")).toBe("no stop");
    expect(await stopOf("%PDF")).toBe("no stop");
  });

  it("checks only the first text chunk of a stream", async () => {
    expect(await stopOf(["%PDF-1.7"])).toEqual(["ingest.binary_input", { kind: "pdf" }]);
    expect(await stopOf(["PK\u0003\u0004"])).toEqual(["ingest.binary_input", { kind: "xlsx" }]);
    const later = await decode(["Nom\n", "%PDF-1.7\n"]);
    expect(later.chunks).toEqual(["Nom\n", "%PDF-1.7\n"]);
    // After bytes, a text chunk is not the start of the input.
    const afterBytes = await decode([ascii("Nom\n"), "%PDF-1.7\n"]);
    expect(afterBytes.text).toBe("Nom\n%PDF-1.7\n");
  });

  it("drops empty chunks, of text and of bytes", async () => {
    const r = await decode(["", "a", new Uint8Array(0), "", ascii("b"), new Uint8Array(0)]);
    expect(r.chunks).toEqual(["a", "b"]);
  });
});

describe("decodeInput: chunks that are not text", () => {
  it("stops on a chunk that is neither text nor bytes, naming its type", async () => {
    expect(await stopOf([42])).toEqual(["ingest.invalid_chunk", { type: "number" }]);
    expect(await stopOf(["a", null])).toEqual(["ingest.invalid_chunk", { type: "null" }]);
    expect(await stopOf([{}])).toEqual(["ingest.invalid_chunk", { type: "Object" }]);
    expect(await stopOf([[1, 2]])).toEqual(["ingest.invalid_chunk", { type: "Array" }]);
  });

  it("reads ArrayBuffer and views at their offset", async () => {
    const buffer = ascii("xxNom\nAmalyy").buffer;
    expect((await decode([new DataView(buffer, 2, 8)])).text).toBe("Nom\nAmal");
    expect((await decode([new Uint16Array(ascii("Nomx").buffer)])).text).toBe("Nomx");
    expect((await decode([ascii("Nom").buffer])).text).toBe("Nom");
  });
});

describe("typeName", () => {
  it("describes values for an issue", () => {
    expect(typeName(null)).toBe("null");
    expect(typeName(undefined)).toBe("undefined");
    expect(typeName(1n)).toBe("bigint");
    expect(typeName(new Map())).toBe("Map");
    expect(typeName(Object.create(null))).toBe("object");
    expect(typeName({ constructor: { name: "" } })).toBe("object");
    expect(typeName({ constructor: { name: 7 } })).toBe("object");
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error("no");
        },
      },
    );
    expect(typeName(hostile)).toBe("object");
  });
});

describe("decodeInput: encoding detection", () => {
  it("follows a byte-order mark and removes it", async () => {
    const utf8 = await decode([bytes(0xef, 0xbb, 0xbf, ...ascii("Nom é"))]);
    expect(utf8.text).toBe("Nom é");
    expect(utf8.info).toEqual({ encoding: "utf-8", guessed: false });
    const le = await decode([bytes(0xff, 0xfe, ...utf16("Nom", true))]);
    expect(le.text).toBe("Nom");
    expect(le.info).toEqual({ encoding: "utf-16le", guessed: false });
    const be = await decode([bytes(0xfe, 0xff, ...utf16("Nom", false))]);
    expect(be.text).toBe("Nom");
    expect(be.info).toEqual({ encoding: "utf-16be", guessed: false });
  });

  it("recognizes UTF-16 without a byte-order mark from 8 characters, half of them ASCII", async () => {
    const le = await decode([utf16("Nom,Vil\n", true)]);
    expect(le.text).toBe("Nom,Vil\n");
    expect(le.info).toEqual({ encoding: "utf-16le", guessed: true });
    const be = await decode([utf16("Nom,Vil\n", false)]);
    expect(be.text).toBe("Nom,Vil\n");
    expect(be.info).toEqual({ encoding: "utf-16be", guessed: true });
    // Half ASCII, half Arabic.
    const half = await decode([utf16("aاbاcاdا", true)]);
    expect(half.info).toEqual({ encoding: "utf-16le", guessed: true });
    expect(half.text).toBe("aاbاcاdا");
    // An odd byte at the end is not a pair.
    const odd = await decode([bytes(...utf16("Nom,Vil\n", true), 0x41)]);
    expect(odd.info.encoding).toBe("utf-16le");
    // Seven characters are too few: the NUL bytes make it binary.
    expect(await stopOf([utf16("Nom,Vil", true)])).toEqual(["ingest.binary_input", { kind: "binary" }]);
    // Fewer than half ASCII: not recognized, so binary.
    expect(await stopOf([utf16("aاbاcااا", true)])).toEqual(["ingest.binary_input", { kind: "binary" }]);
    // NUL bytes on both sides: not UTF-16.
    expect(await stopOf([bytes(...utf16("Nom,Vil\n", true), 0, 0)])).toEqual([
      "ingest.binary_input",
      { kind: "binary" },
    ]);
  });

  it("looks for the UTF-16 pattern in the first kilobyte only", async () => {
    // ASCII pairs up to byte 1024, then pairs with NUL on both sides: still UTF-16LE.
    const text = utf16("a".repeat(512), true);
    const tail = new Uint8Array(64);
    const le = await decode([bytes(...text, ...tail)]);
    expect(le.info).toEqual({ encoding: "utf-16le", guessed: true });
  });

  it("reads valid UTF-8 as UTF-8, not guessed", async () => {
    const r = await decode([ascii("Nom,Ville\nجمعية,Fès €😀\n")]);
    expect(r.text).toBe("Nom,Ville\nجمعية,Fès €😀\n");
    expect(r.info).toEqual({ encoding: "utf-8", guessed: false });
    const plain = await decode([ascii("Nom")]);
    expect(plain.info).toEqual({ encoding: "utf-8", guessed: false });
  });

  it("keeps UTF-8 with one bad byte among at least four multi-byte characters", async () => {
    const four = await decode([bytes(...ascii("éééé"), 0x41, 0xff, 0x41)]);
    expect(four.info).toEqual({ encoding: "utf-8", guessed: false });
    expect(four.text).toBe("ééééA\uFFFDA");
    const three = await decode([bytes(...ascii("ééé"), 0x41, 0xff, 0x41)]);
    expect(three.info.guessed).toBe(true);
    expect(three.text).not.toContain("é");
  });

  it("knows the lead bytes of UTF-8", async () => {
    // 0xC2–0xDF lead two bytes; 0xC0, 0xC1 and 0xF5 lead none.
    expect((await decode([bytes(0xc2, 0xa0, 0xdf, 0xbf)])).info.encoding).toBe("utf-8");
    expect((await decode([bytes(0xc1, 0xa9)])).info.guessed).toBe(true);
    expect((await decode([bytes(0xc0, 0x80)])).info.guessed).toBe(true);
    // 0xE0–0xEF lead three bytes, 0xF0–0xF4 four.
    expect((await decode([bytes(0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbd)])).info.encoding).toBe("utf-8");
    expect((await decode([bytes(0xf0, 0x9f, 0x98, 0x80, 0xf4, 0x8f, 0xbf, 0xbf)])).info.encoding).toBe("utf-8");
    expect((await decode([bytes(0xf5, 0x80, 0x80, 0x80)])).info.guessed).toBe(true);
    // A continuation byte missing, or a sequence cut by the end of the input.
    expect((await decode([bytes(0xe2, 0x82, 0x41)])).info.guessed).toBe(true);
    expect((await decode([bytes(0xf0, 0x9f, 0x98, 0x41)])).info.guessed).toBe(true);
    expect((await decode([bytes(0x41, 0xc3)])).info.guessed).toBe(true);
    expect((await decode([bytes(0x41, 0xe2, 0x82)])).info.guessed).toBe(true);
    expect((await decode([bytes(0xc3, 0x41)])).info.guessed).toBe(true);
  });

  it("guesses windows-1256 for Arabic words and decodes them", async () => {
    // الاسم,جمعية
    const r = await decode([bytes(0xc7, 0xe1, 0xc7, 0xd3, 0xe3, 0x2c, 0xcc, 0xe3, 0xda, 0xed, 0xc9)]);
    expect(r.info).toEqual({ encoding: "windows-1256", guessed: true });
    expect(r.text).toBe("الاسم,جمعية");
  });

  it("uses the encoding it is given, not guessed", async () => {
    const r = await decode([bytes(0xc7, 0xe1)], "windows-1252");
    expect(r.info).toEqual({ encoding: "windows-1252", guessed: false });
    expect(r.text).toBe("Çá");
    const le = await decode([utf16("Nom", true)], "utf-16le");
    expect(le.text).toBe("Nom");
    // Declared UTF-16: NUL bytes are text, not a sign of a binary file.
    expect(le.info.encoding).toBe("utf-16le");
  });

  it("decides on the first 64 KB, even when they end inside a character", async () => {
    const head = new Uint8Array(64 * 1024).fill(0x41);
    head[head.length - 1] = 0xc3;
    const r = await decode([head, bytes(0xa9, 0x0a)]);
    expect(r.info).toEqual({ encoding: "utf-8", guessed: false });
    expect(r.text.endsWith("Aé\n")).toBe(true);
    expect(r.text.length).toBe(64 * 1024 + 1);
    const three = new Uint8Array(64 * 1024).fill(0x41);
    three[three.length - 2] = 0xe2;
    three[three.length - 1] = 0x82;
    const euro = await decode([three, bytes(0xac)]);
    expect(euro.info).toEqual({ encoding: "utf-8", guessed: false });
    expect(euro.text.endsWith("A€")).toBe(true);
    const four = new Uint8Array(64 * 1024).fill(0x41);
    four.set([0xf0, 0x9f, 0x98], four.length - 3);
    const smile = await decode([four, bytes(0x80)]);
    expect(smile.info).toEqual({ encoding: "utf-8", guessed: false });
    expect(smile.text.endsWith("A😀")).toBe(true);
  });

  it("does not decide before 64 KB: later Arabic bytes are read with the guessed code page", async () => {
    const r = await decode([ascii("Nom,Ville\n"), bytes(0xc7, 0xe1, 0xc7, 0xd3, 0xe3, 0x2c, 0x41, 0x0a)]);
    expect(r.info).toEqual({ encoding: "windows-1256", guessed: true });
    expect(r.text).toBe("Nom,Ville\nالاسم,A\n");
  });

  it("decodes the bytes after the first 64 KB with the encoding decided, streaming characters across chunks", async () => {
    const head = new Uint8Array(64 * 1024).fill(0x41);
    const r = await decode([head, bytes(0xc3), bytes(0xa9), ascii("\n")]);
    expect(r.info.encoding).toBe("utf-8");
    expect(r.text.slice(-2)).toBe("é\n");
    expect(r.text.length).toBe(64 * 1024 + 2);
    // A character cut at the very end of the input becomes U+FFFD.
    const cut = await decode([head, bytes(0xc3)]);
    expect(cut.text.slice(-1)).toBe("\uFFFD");
  });

  it("flushes bytes before a text chunk that follows them", async () => {
    // Bytes not yet decided, then text: the bytes are decided at that point.
    const pending = await decode([bytes(0xc7, 0xe1, 0xc7), "x"]);
    expect(pending.chunks).toEqual(["الا", "x"]);
    expect(pending.info.encoding).toBe("windows-1256");
    // Bytes decoded, a character cut, then text: the cut character is flushed as U+FFFD.
    const head = new Uint8Array(64 * 1024).fill(0x41);
    const flushed = await decode([head, bytes(0xc3), "x"]);
    expect(flushed.chunks.slice(-2)).toEqual(["\uFFFD", "x"]);
  });

  it("refuses bytes that begin like a binary file", async () => {
    expect(await stopOf([bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31)])).toEqual(["ingest.binary_input", { kind: "pdf" }]);
    expect(await stopOf([bytes(0x41, 0x00, 0x42)])).toEqual(["ingest.binary_input", { kind: "binary" }]);
  });
});
